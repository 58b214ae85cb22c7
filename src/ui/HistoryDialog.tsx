import { useEffect, useState } from 'react';
import { Button, Modal, Table, Text } from '@mantine/core';
import { storage, useEditor, useEditorStore } from '../state';

type VersionInfo = storage.VersionInfo;

interface Props {
  opened: boolean;
  onClose: () => void;
}

/** "14:03:22": the time of a save, to the second, as the row's name. */
export function versionTime(savedAt: string): string {
  return new Date(savedAt).toLocaleTimeString([], {
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  });
}

function versionDay(savedAt: string): string {
  const d = new Date(savedAt);
  return d.toDateString() === new Date().toDateString() ? 'Today' : d.toLocaleDateString();
}

/**
 * "History": the last saved versions of the open organogram. Restoring one is a single undoable
 * edit of the open document (Undo goes back), and autosave then stores it as the newest version,
 * so no version is ever lost by restoring another.
 */
export function HistoryDialog({ opened, onClose }: Props) {
  const store = useEditorStore();
  const docId = useEditor((s) => s.doc.id);
  const [versions, setVersions] = useState<VersionInfo[]>();
  useEffect(() => {
    if (!opened) return;
    let live = true;
    storage.listVersions(docId).then(
      (list) => live && setVersions(list),
      () => live && setVersions([]),
    );
    return () => {
      live = false;
    };
  }, [opened, docId]);

  const restore = async (v: VersionInfo) => {
    const restored = await storage.loadVersion(v.id).catch(() => undefined);
    const { doc, edit, notify } = store.getState();
    if (!restored || restored.id !== doc.id) {
      notify('error', 'That version could not be read.');
      return;
    }
    // Returning a value from an immer recipe replaces the whole document: one recorded step.
    edit(() => ({ ...restored, id: doc.id }));
    notify('info', `Restored the version of ${versionTime(v.savedAt)}. Undo goes back.`);
    onClose();
  };

  return (
    <Modal opened={opened} onClose={onClose} title="History" size="lg">
      {versions?.length === 0 && (
        <Text c="dimmed">No saved versions of this organogram in this browser yet.</Text>
      )}
      {!!versions?.length && (
        <Table striped highlightOnHover aria-label="Saved versions">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Saved</Table.Th>
              <Table.Th>Units</Table.Th>
              <Table.Th>Title</Table.Th>
              <Table.Th>Actions</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {versions.map((v, i) => (
              <Table.Tr key={v.id}>
                <Table.Td title={new Date(v.savedAt).toLocaleString()}>
                  {versionDay(v.savedAt)} {versionTime(v.savedAt)}
                  {i === 0 ? ' (latest)' : ''}
                </Table.Td>
                <Table.Td>{v.units}</Table.Td>
                <Table.Td>{v.title}</Table.Td>
                <Table.Td>
                  <Button
                    size="compact-xs"
                    variant="default"
                    onClick={() => void restore(v)}
                    aria-label={`Restore version of ${versionTime(v.savedAt)}`}
                  >
                    Restore
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Modal>
  );
}
