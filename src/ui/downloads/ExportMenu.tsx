import { useState } from 'react';
import { Button, Group, Menu, Modal, SegmentedControl, Stack, Switch, Text } from '@mantine/core';
import { fixedT, useT } from '../../i18n';
import { useChecklist, useEditor, useEditorStore } from '../../state';
import { DEFAULT_EXPORT_SETTINGS, runExport } from './run-export';
import type { ExportKind, ExportSettings } from './run-export';

type DialogKind = 'png' | 'svg' | 'pdf' | 'checklist' | 'pack';
const TITLES = {
  png: 'exportMenu.titlePng',
  svg: 'exportMenu.titleSvg',
  pdf: 'exportMenu.titlePdf',
  checklist: 'exportMenu.checklist',
  pack: 'exportMenu.pack',
} as const satisfies Record<DialogKind, string>;

/** The Export menu: images and documents for briefings, named after the title and the date. */
export function ExportMenu() {
  const { t, lang } = useT();
  const store = useEditorStore();
  const checklist = useChecklist();
  const selected = useEditor((s) => s.view.selection.units.length);
  const [dialog, setDialog] = useState<DialogKind | null>(null);
  const [busy, setBusy] = useState(false);
  const [s, setS] = useState<ExportSettings>(DEFAULT_EXPORT_SETTINGS);
  const go = async (kind: ExportKind) => {
    setBusy(true);
    try {
      const { doc, view } = store.getState();
      const notice = await runExport(kind, doc, view.selection.units, checklist, s, lang);
      store.getState().notify('info', notice ?? ((l) => fixedT(l)('exportMenu.ready')));
      setDialog(null);
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      store.getState().notify('error', (l) => fixedT(l)('exportMenu.failed', { message }));
    } finally {
      setBusy(false);
    }
  };
  const set = (p: Partial<ExportSettings>) => setS({ ...s, ...p });
  return (
    <>
      {/* No focus placeholder: Mantine's is a role="presentation" child, which a menu may not
          have (axe, aria-required-children); opening by keyboard focuses the menu itself. */}
      <Menu position="bottom-end" withinPortal withInitialFocusPlaceholder={false}>
        <Menu.Target>
          <Button size="compact-sm" variant="default">
            {t('exportMenu.export')}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item onClick={() => setDialog('png')}>PNG</Menu.Item>
          <Menu.Item onClick={() => setDialog('svg')}>SVG</Menu.Item>
          <Menu.Item onClick={() => setDialog('pdf')}>PDF</Menu.Item>
          <Menu.Item onClick={() => void go('json')}>JSON</Menu.Item>
          <Menu.Divider />
          <Menu.Item onClick={() => void go('tor')}>{t('exportMenu.tor')}</Menu.Item>
          <Menu.Item onClick={() => setDialog('checklist')}>{t('exportMenu.checklist')}</Menu.Item>
          <Menu.Item onClick={() => setDialog('pack')}>{t('exportMenu.pack')}</Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <Modal
        opened={dialog !== null}
        onClose={() => setDialog(null)}
        title={dialog ? t(TITLES[dialog]) : ''}
        size="md"
      >
        <Stack gap="sm">
          {(dialog === 'png' || dialog === 'svg' || dialog === 'pdf') && (
            <SegmentedControl
              aria-label={t('exportMenu.scope')}
              value={s.selectionOnly ? 'selection' : 'all'}
              onChange={(v) => set({ selectionOnly: v === 'selection' })}
              data={[
                { value: 'all', label: t('exportMenu.whole') },
                {
                  value: 'selection',
                  label: t('exportMenu.selection', { n: selected }),
                  disabled: selected === 0,
                },
              ]}
            />
          )}
          {dialog === 'png' && (
            <>
              <SegmentedControl
                aria-label={t('exportMenu.scale')}
                value={String(s.scale)}
                onChange={(v) => set({ scale: Number(v) as 1 | 2 | 3 })}
                data={['1', '2', '3'].map((v) => ({ value: v, label: `${v}×` }))}
              />
              <SegmentedControl
                aria-label={t('exportMenu.background')}
                value={s.background}
                onChange={(v) => set({ background: v as 'white' | 'transparent' })}
                data={[
                  { value: 'white', label: t('exportMenu.white') },
                  { value: 'transparent', label: t('exportMenu.transparent') },
                ]}
              />
              <Switch
                label={t('exportMenu.whatYouSee')}
                checked={s.whatYouSee}
                onChange={(e) => set({ whatYouSee: e.currentTarget.checked })}
              />
            </>
          )}
          {(dialog === 'pdf' || dialog === 'pack') && (
            <>
              <SegmentedControl
                aria-label={t('exportMenu.pageSize')}
                value={s.format}
                onChange={(v) => set({ format: v as 'a4' | 'a3' })}
                data={[
                  { value: 'a4', label: 'A4' },
                  { value: 'a3', label: 'A3' },
                ]}
              />
              <SegmentedControl
                aria-label={t('exportMenu.orientation')}
                value={s.orientation}
                onChange={(v) => set({ orientation: v as 'portrait' | 'landscape' })}
                data={[
                  { value: 'landscape', label: t('exportMenu.landscape') },
                  { value: 'portrait', label: t('exportMenu.portrait') },
                ]}
              />
            </>
          )}
          {dialog === 'pack' && (
            <Text size="sm" c="dimmed">
              {t('exportMenu.packNote')}
            </Text>
          )}
          {dialog === 'checklist' ? (
            <Group justify="flex-end">
              <Button variant="default" loading={busy} onClick={() => void go('checklist-md')}>
                {t('exportMenu.markdown')}
              </Button>
              <Button loading={busy} onClick={() => void go('checklist-html')}>
                {t('exportMenu.printable')}
              </Button>
            </Group>
          ) : (
            <Group justify="flex-end">
              <Button loading={busy} onClick={() => dialog && void go(dialog)}>
                {t('exportMenu.download')}
              </Button>
            </Group>
          )}
        </Stack>
      </Modal>
    </>
  );
}
