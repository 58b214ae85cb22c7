import { useCallback, useEffect, useState } from 'react';
import { ActionIcon, Button, Group, Modal, Stack, Table, Text, TextInput } from '@mantine/core';
import { storage } from '../state';
import type { SavedDocInfo } from '../state';
import { useT } from '../i18n';
import { localeOf } from './locale';
import { docTitleIn, titleFieldIn } from '../model';

type TitleField = 'title' | 'titleFr';

interface Props {
  opened: boolean;
  currentId: string;
  onClose: () => void;
  onOpen: (id: string) => void;
  /** Renames a saved document: its title, or its French title (`field`). */
  onRename: (id: string, title: string, field: TitleField) => Promise<void>;
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
  const { t, lang } = useT();
  const [docs, setDocs] = useState<SavedDocInfo[]>([]);
  const [renaming, setRenaming] = useState<{ id: string; title: string; field: TitleField }>();
  // Each organogram is listed by its title in the app's language; renaming edits that title.
  const name = (d: SavedDocInfo) => docTitleIn(d, lang);
  const [confirm, setConfirm] = useState<SavedDocInfo>();
  const refresh = useCallback(() => storage.listDocs().then(setDocs, () => setDocs([])), []);
  useEffect(() => {
    if (opened) void refresh();
  }, [opened, refresh]);

  return (
    <Modal opened={opened} onClose={onClose} title={t('app.documents.title')} size="xl">
      {docs.length === 0 && <Text c="dimmed">{t('app.documents.empty')}</Text>}
      {docs.length > 0 && (
        <Table striped highlightOnHover aria-label={t('app.documents.table')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('common.title')}</Table.Th>
              <Table.Th>{t('common.units')}</Table.Th>
              <Table.Th>{t('app.documents.modified')}</Table.Th>
              <Table.Th>{t('common.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {docs.map((d) => (
              <Table.Tr key={d.id}>
                <Table.Td>
                  {renaming?.id === d.id ? (
                    <TextInput
                      size="xs"
                      aria-label={t('app.documents.newTitle')}
                      value={renaming.title}
                      autoFocus
                      onChange={(e) => setRenaming({ ...renaming, title: e.currentTarget.value })}
                      onKeyDown={async (e) => {
                        if (e.key === 'Enter') {
                          await onRename(d.id, renaming.title, renaming.field);
                          setRenaming(undefined);
                          void refresh();
                        }
                        if (e.key === 'Escape') setRenaming(undefined);
                      }}
                    />
                  ) : (
                    <Text size="sm" fw={d.id === currentId ? 700 : 400}>
                      {d.id === currentId
                        ? t('app.documents.openTitle', { title: name(d) })
                        : name(d)}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{d.units}</Table.Td>
                <Table.Td>{new Date(d.modified).toLocaleString(localeOf(lang))}</Table.Td>
                <Table.Td>
                  <Group gap={4} wrap="nowrap">
                    <Button
                      size="compact-xs"
                      onClick={() => onOpen(d.id)}
                      aria-label={t('app.openNamed', { title: name(d) })}
                    >
                      {t('common.open')}
                    </Button>
                    <Button
                      size="compact-xs"
                      variant="default"
                      onClick={() =>
                        setRenaming({ id: d.id, title: name(d), field: titleFieldIn(d, lang) })
                      }
                      aria-label={t('app.documents.renameNamed', { title: name(d) })}
                    >
                      {t('app.documents.rename')}
                    </Button>
                    <Button
                      size="compact-xs"
                      variant="default"
                      onClick={async () => {
                        await onDuplicate(d.id);
                        void refresh();
                      }}
                      aria-label={t('app.documents.duplicateNamed', { title: name(d) })}
                    >
                      {t('app.documents.duplicate')}
                    </Button>
                    <ActionIcon
                      size="sm"
                      color="red"
                      variant="subtle"
                      onClick={() => setConfirm(d)}
                      aria-label={t('app.documents.deleteNamed', { title: name(d) })}
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
        title={t('app.documents.deleteTitle')}
        size="sm"
      >
        <Stack>
          <Text size="sm">
            {t('app.documents.deleteWarning', { title: confirm ? name(confirm) : '' })}
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirm(undefined)}>
              {t('common.cancel')}
            </Button>
            <Button
              color="red"
              onClick={async () => {
                if (confirm) await onDelete(confirm.id);
                setConfirm(undefined);
                void refresh();
              }}
            >
              {t('common.delete')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Modal>
  );
}
