import { useCallback, useEffect, useState } from 'react';
import { ActionIcon, Button, Group, Modal, Stack, Table, Text, TextInput } from '@mantine/core';
import { storage } from '../state';
import type { SavedDocInfo } from '../state';

interface Props {
  opened: boolean;
  currentId: string;
  onClose: () => void;
  onOpen: (id: string) => void;
  onRename: (id: string, title: string) => Promise<void>;
  onDuplicate: (id: string) => Promise<void>;
  onDelete: (id: string) => Promise<void>;
}

/** "My organograms": every document saved in this browser. */
export function DocumentsDialog({
  opened,
  currentId,
  onClose,
  onOpen,
  onRename,
  onDuplicate,
  onDelete,
}: Props) {
  const [docs, setDocs] = useState<SavedDocInfo[]>([]);
  const [renaming, setRenaming] = useState<{ id: string; title: string }>();
  const [confirm, setConfirm] = useState<SavedDocInfo>();
  const refresh = useCallback(() => storage.listDocs().then(setDocs, () => setDocs([])), []);
  useEffect(() => {
    if (opened) void refresh();
  }, [opened, refresh]);

  return (
    <Modal opened={opened} onClose={onClose} title="My organograms" size="xl">
      {docs.length === 0 && <Text c="dimmed">Nothing saved in this browser yet.</Text>}
      {docs.length > 0 && (
        <Table striped highlightOnHover aria-label="Saved organograms">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Title</Table.Th>
              <Table.Th>Units</Table.Th>
              <Table.Th>Modified</Table.Th>
              <Table.Th>Actions</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {docs.map((d) => (
              <Table.Tr key={d.id}>
                <Table.Td>
                  {renaming?.id === d.id ? (
                    <TextInput
                      size="xs"
                      aria-label="New title"
                      value={renaming.title}
                      autoFocus
                      onChange={(e) => setRenaming({ id: d.id, title: e.currentTarget.value })}
                      onKeyDown={async (e) => {
                        if (e.key === 'Enter') {
                          await onRename(d.id, renaming.title);
                          setRenaming(undefined);
                          void refresh();
                        }
                        if (e.key === 'Escape') setRenaming(undefined);
                      }}
                    />
                  ) : (
                    <Text size="sm" fw={d.id === currentId ? 700 : 400}>
                      {d.title}
                      {d.id === currentId ? ' (open)' : ''}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{d.units}</Table.Td>
                <Table.Td>{new Date(d.modified).toLocaleString()}</Table.Td>
                <Table.Td>
                  <Group gap={4} wrap="nowrap">
                    <Button
                      size="compact-xs"
                      onClick={() => onOpen(d.id)}
                      aria-label={`Open ${d.title}`}
                    >
                      Open
                    </Button>
                    <Button
                      size="compact-xs"
                      variant="default"
                      onClick={() => setRenaming({ id: d.id, title: d.title })}
                      aria-label={`Rename ${d.title}`}
                    >
                      Rename
                    </Button>
                    <Button
                      size="compact-xs"
                      variant="default"
                      onClick={async () => {
                        await onDuplicate(d.id);
                        void refresh();
                      }}
                      aria-label={`Duplicate ${d.title}`}
                    >
                      Duplicate
                    </Button>
                    <ActionIcon
                      size="sm"
                      color="red"
                      variant="subtle"
                      onClick={() => setConfirm(d)}
                      aria-label={`Delete ${d.title}`}
                    >
                      ✕
                    </ActionIcon>
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Modal
        opened={!!confirm}
        onClose={() => setConfirm(undefined)}
        title="Delete organogram?"
        size="sm"
      >
        <Stack>
          <Text size="sm">
            “{confirm?.title}” will be deleted from this browser. This cannot be undone.
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirm(undefined)}>
              Cancel
            </Button>
            <Button
              color="red"
              onClick={async () => {
                if (confirm) await onDelete(confirm.id);
                setConfirm(undefined);
                void refresh();
              }}
            >
              Delete
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Modal>
  );
}
