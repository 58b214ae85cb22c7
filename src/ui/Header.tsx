import { Button, Group, Popover, Stack, Switch, TextInput, Tooltip } from '@mantine/core';
import { commands } from '../model';
import { useEditor, useEditorStore } from '../state';
import { ExportMenu } from './downloads/ExportMenu';
import { LayoutControls } from './LayoutControls';
import { ThemeControl, useThemeChoice } from './ThemeChoice';

export interface HeaderActions {
  onNew: () => void;
  onPresets: () => void;
  onOpen: () => void;
  onSave: () => void;
  onDocuments: () => void;
  /** Opens the saved versions of the open organogram; the button is disabled without it. */
  onHistory?: () => void;
  /** Opens the Compare view (trainer mode). */
  onCompare?: () => void;
  /** Presents the open organogram full screen; the button is disabled without it. */
  onPresent?: () => void;
}

/** The document title, kept editable in place; typing a word is one undo step. */
function TitleField() {
  const store = useEditorStore();
  // Bound straight to the document: the store updates synchronously, so the caret stays put.
  const title = useEditor((s) => s.doc.title);
  return (
    <TextInput
      aria-label="Title"
      value={title}
      className="header__title"
      variant="unstyled"
      size="md"
      onChange={(e) => {
        const v = e.currentTarget.value;
        store
          .getState()
          .edit((d) => commands.setDocInfo(d, { title: v }), { merge: 'edit:doc:title' });
      }}
    />
  );
}

/** The editor's header: title, document commands, undo / redo, snapping and the colour scheme. */
export function Header({
  onNew,
  onPresets,
  onOpen,
  onSave,
  onDocuments,
  onHistory,
  onCompare,
  onPresent,
}: HeaderActions) {
  const store = useEditorStore();
  const canUndo = useEditor((s) => s.history.past.length > 0);
  const canRedo = useEditor((s) => s.history.future.length > 0);
  const snap = useEditor((s) => s.view.snapToGrid);
  const [theme, setTheme] = useThemeChoice();
  return (
    <Group className="header" h="100%" px="sm" gap="xs" wrap="nowrap" justify="space-between">
      <Group gap="xs" wrap="nowrap" style={{ flex: 1, minWidth: 0 }}>
        <span className="header__brand" aria-hidden="true">
          POC
        </span>
        <TitleField />
      </Group>
      <Group gap={6} wrap="nowrap" component="nav" aria-label="Document">
        <Button size="compact-sm" variant="default" onClick={onNew}>
          New
        </Button>
        <Button size="compact-sm" variant="default" onClick={onPresets}>
          Presets
        </Button>
        <Button size="compact-sm" variant="default" onClick={onDocuments}>
          My organograms
        </Button>
        <Button size="compact-sm" variant="default" onClick={onHistory} disabled={!onHistory}>
          History
        </Button>
        <Button size="compact-sm" variant="default" onClick={onOpen}>
          Open
        </Button>
        <Button size="compact-sm" variant="default" onClick={onSave}>
          Save
        </Button>
        <ExportMenu />
        <LayoutControls />
        <Tooltip label="Present full screen, step by step">
          <Button
            id="present-button"
            size="compact-sm"
            variant="default"
            onClick={onPresent}
            disabled={!onPresent}
          >
            Present
          </Button>
        </Tooltip>
        <Button size="compact-sm" variant="default" onClick={onCompare} disabled={!onCompare}>
          Compare
        </Button>
        <Tooltip label="Undo (Ctrl+Z)">
          <Button
            size="compact-sm"
            variant="default"
            onClick={() => store.getState().undo()}
            disabled={!canUndo}
          >
            Undo
          </Button>
        </Tooltip>
        <Tooltip label="Redo (Ctrl+Shift+Z)">
          <Button
            size="compact-sm"
            variant="default"
            onClick={() => store.getState().redo()}
            disabled={!canRedo}
          >
            Redo
          </Button>
        </Tooltip>
        <Popover position="bottom-end" withArrow shadow="md">
          <Popover.Target>
            <Button size="compact-sm" variant="default">
              View
            </Button>
          </Popover.Target>
          <Popover.Dropdown>
            <Stack gap="xs">
              <Switch
                size="xs"
                label="Snap to grid"
                checked={snap}
                onChange={(e) => store.getState().setView({ snapToGrid: e.currentTarget.checked })}
              />
              <ThemeControl value={theme} onChange={setTheme} />
            </Stack>
          </Popover.Dropdown>
        </Popover>
      </Group>
    </Group>
  );
}
