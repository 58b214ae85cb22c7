import { useState } from 'react';
import { Button, Group, Menu, Modal, SegmentedControl, Stack, Switch, Text } from '@mantine/core';
import { useChecklist, useEditor, useEditorStore } from '../../state';
import { runExport } from './run-export';
import type { ExportKind, ExportSettings } from './run-export';

type DialogKind = 'png' | 'svg' | 'pdf' | 'checklist' | 'pack';
const TITLES: Record<DialogKind, string> = {
  png: 'Export PNG',
  svg: 'Export SVG',
  pdf: 'Export PDF',
  checklist: 'Checklist report',
  pack: 'Briefing pack',
};

/** The Export menu: images and documents for briefings, named after the title and the date. */
export function ExportMenu() {
  const store = useEditorStore();
  const checklist = useChecklist();
  const selected = useEditor((s) => s.view.selection.units.length);
  const [dialog, setDialog] = useState<DialogKind | null>(null);
  const [busy, setBusy] = useState(false);
  const [s, setS] = useState<ExportSettings>({
    selectionOnly: false,
    scale: 2,
    background: 'white',
    whatYouSee: false,
    format: 'a4',
    orientation: 'landscape',
  });
  const go = async (kind: ExportKind) => {
    setBusy(true);
    try {
      const { doc, view } = store.getState();
      const notice = await runExport(kind, doc, view.selection.units, checklist, s);
      store.getState().notify('info', notice ?? 'Export ready: see your downloads.');
      setDialog(null);
    } catch (e) {
      store
        .getState()
        .notify('error', `Export failed: ${e instanceof Error ? e.message : String(e)}`);
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
            Export
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item onClick={() => setDialog('png')}>PNG</Menu.Item>
          <Menu.Item onClick={() => setDialog('svg')}>SVG</Menu.Item>
          <Menu.Item onClick={() => setDialog('pdf')}>PDF</Menu.Item>
          <Menu.Item onClick={() => void go('json')}>JSON</Menu.Item>
          <Menu.Divider />
          <Menu.Item onClick={() => void go('tor')}>Terms of reference</Menu.Item>
          <Menu.Item onClick={() => setDialog('checklist')}>Checklist report</Menu.Item>
          <Menu.Item onClick={() => setDialog('pack')}>Briefing pack</Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <Modal
        opened={dialog !== null}
        onClose={() => setDialog(null)}
        title={dialog ? TITLES[dialog] : ''}
        size="md"
      >
        <Stack gap="sm">
          {(dialog === 'png' || dialog === 'svg' || dialog === 'pdf') && (
            <SegmentedControl
              aria-label="Scope"
              value={s.selectionOnly ? 'selection' : 'all'}
              onChange={(v) => set({ selectionOnly: v === 'selection' })}
              data={[
                { value: 'all', label: 'Whole organogram' },
                { value: 'selection', label: `Selection (${selected})`, disabled: selected === 0 },
              ]}
            />
          )}
          {dialog === 'png' && (
            <>
              <SegmentedControl
                aria-label="Scale"
                value={String(s.scale)}
                onChange={(v) => set({ scale: Number(v) as 1 | 2 | 3 })}
                data={['1', '2', '3'].map((v) => ({ value: v, label: `${v}×` }))}
              />
              <SegmentedControl
                aria-label="Background"
                value={s.background}
                onChange={(v) => set({ background: v as 'white' | 'transparent' })}
                data={[
                  { value: 'white', label: 'White' },
                  { value: 'transparent', label: 'Transparent' },
                ]}
              />
              <Switch
                label="What you see: a snapshot of the visible canvas"
                checked={s.whatYouSee}
                onChange={(e) => set({ whatYouSee: e.currentTarget.checked })}
              />
            </>
          )}
          {(dialog === 'pdf' || dialog === 'pack') && (
            <>
              <SegmentedControl
                aria-label="Page size"
                value={s.format}
                onChange={(v) => set({ format: v as 'a4' | 'a3' })}
                data={[
                  { value: 'a4', label: 'A4' },
                  { value: 'a3', label: 'A3' },
                ]}
              />
              <SegmentedControl
                aria-label="Orientation"
                value={s.orientation}
                onChange={(v) => set({ orientation: v as 'portrait' | 'landscape' })}
                data={[
                  { value: 'landscape', label: 'Landscape' },
                  { value: 'portrait', label: 'Portrait' },
                ]}
              />
            </>
          )}
          {dialog === 'pack' && (
            <Text size="sm" c="dimmed">
              One PDF: the organogram, the checklist summary with remedies and answers, and the
              forums’ terms of reference.
            </Text>
          )}
          {dialog === 'checklist' ? (
            <Group justify="flex-end">
              <Button variant="default" loading={busy} onClick={() => void go('checklist-md')}>
                Markdown
              </Button>
              <Button loading={busy} onClick={() => void go('checklist-html')}>
                Printable page
              </Button>
            </Group>
          ) : (
            <Group justify="flex-end">
              <Button loading={busy} onClick={() => dialog && void go(dialog)}>
                Download
              </Button>
            </Group>
          )}
        </Stack>
      </Modal>
    </>
  );
}
