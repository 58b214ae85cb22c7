import { useEffect, useState } from 'react';
import { Button, Modal, Table, Text } from '@mantine/core';
import { docTitleIn } from '../model';
import type { Lang } from '../model';
import { storage, useEditor, useEditorStore } from '../state';
import { fixedT, useT } from '../i18n';
import { localeOf } from './locale';

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

function versionDay(savedAt: string, lang: Lang): string {
  const d = new Date(savedAt);
  return d.toDateString() === new Date().toDateString()
    ? fixedT(lang)('app.versions.today')
    : d.toLocaleDateString(localeOf(lang));
}

/**
 * "History": the last saved versions of the open organogram. Restoring one is a single undoable
 * edit of the open document (Undo goes back), and autosave then stores it as the newest version,
 * so no version is ever lost by restoring another.
 */
export function HistoryDialog({ opened, onClose }: Props) {
  const store = useEditorStore();
  const { t, lang } = useT();
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

  const when = (savedAt: string) => `${versionDay(savedAt, lang)} ${versionTime(savedAt)}`;
  const restore = async (v: VersionInfo) => {
    const restored = await storage.loadVersion(v.id).catch(() => undefined);
    const { doc, edit, notify } = store.getState();
    if (!restored || restored.id !== doc.id) {
      notify('error', (l) => fixedT(l)('app.versions.unreadable'));
      return;
    }
    // Returning a value from an immer recipe replaces the whole document: one recorded step.
    edit(() => ({ ...restored, id: doc.id }));
    const time = versionTime(v.savedAt);
    notify('info', (l) => fixedT(l)('app.versions.restored', { time }));
    onClose();
  };

  return (
    <Modal opened={opened} onClose={onClose} title={t('app.versions.title')} size="lg">
      {versions?.length === 0 && <Text c="dimmed">{t('app.versions.empty')}</Text>}
      {!!versions?.length && (
        <Table striped highlightOnHover aria-label={t('app.versions.table')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('app.versions.saved')}</Table.Th>
              <Table.Th>{t('common.units')}</Table.Th>
              <Table.Th>{t('common.title')}</Table.Th>
              <Table.Th>{t('common.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {versions.map((v, i) => (
              <Table.Tr key={v.id}>
                <Table.Td title={new Date(v.savedAt).toLocaleString(localeOf(lang))}>
                  {i === 0 ? t('app.versions.latest', { when: when(v.savedAt) }) : when(v.savedAt)}
                </Table.Td>
                <Table.Td>{v.units}</Table.Td>
                <Table.Td>{docTitleIn(v, lang)}</Table.Td>
                <Table.Td>
                  <Button
                    size="compact-xs"
                    variant="default"
                    onClick={() => void restore(v)}
                    aria-label={t('app.versions.restoreNamed', { time: versionTime(v.savedAt) })}
                  >
                    {t('app.versions.restore')}
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
