import { useState } from 'react';
import { Button, Group, Popover, Stack, Switch, TextInput, Tooltip } from '@mantine/core';
import { commands, titleFieldIn } from '../model';
import { useEditor, useEditorStore } from '../state';
import { ExportMenu } from './downloads/ExportMenu';
import { LayoutControls } from './LayoutControls';
import { ThemeControl, useThemeChoice } from './ThemeChoice';
import { LanguageChoice } from './LanguageChoice';
import { useT } from '../i18n';

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

/**
 * The document title, kept editable in place; typing a word is one undo step. In French it shows
 * and edits the French title when the document has one (as the canvas shows French labels), else
 * the title itself. The field being edited holds still while the box has focus, so clearing the
 * French title does not switch the box to the English one mid-word.
 */
export function TitleField() {
  const store = useEditorStore();
  const { t, lang } = useT();
  const [held, setHeld] = useState<'title' | 'titleFr'>();
  const shown = useEditor((s) => titleFieldIn(s.doc, lang));
  const field = held ?? shown;
  // Bound straight to the document: the store updates synchronously, so the caret stays put.
  const value = useEditor((s) => s.doc[field] ?? '');
  return (
    <TextInput
      aria-label={t('app.title')}
      value={value}
      className="header__title"
      variant="unstyled"
      size="md"
      onFocus={() => setHeld(field)}
      onBlur={() => setHeld(undefined)}
      onChange={(e) => {
        const v = e.currentTarget.value;
        store
          .getState()
          .edit((d) => commands.setDocInfo(d, { [field]: v }), { merge: `edit:doc:${field}` });
      }}
    />
  );
}

/** Undo and redo are drawn as arrows (named for screen readers and in their tooltips), which
 *  keeps the header within a 1280-pixel screen in French as well as English. */
function ArrowIcon({ d }: { d: string }) {
  return (
    <svg width="16" height="16" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path
        d={d}
        fill="none"
        stroke="currentColor"
        strokeWidth="2.2"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
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
  const { t } = useT();
  return (
    <Group className="header" h="100%" px="sm" gap="xs" wrap="nowrap" justify="space-between">
      <Group gap="xs" wrap="nowrap" style={{ flex: 1, minWidth: 0 }}>
        <span className="header__brand" aria-hidden="true">
          {t('app.brand')}
        </span>
        <TitleField />
      </Group>
      <Group gap={6} wrap="nowrap" component="nav" aria-label={t('app.documentNav')}>
        <Button size="compact-sm" variant="default" onClick={onNew}>
          {t('app.new')}
        </Button>
        <Button size="compact-sm" variant="default" onClick={onPresets}>
          {t('app.presets')}
        </Button>
        <Button size="compact-sm" variant="default" onClick={onDocuments}>
          {t('app.myOrganograms')}
        </Button>
        <Button size="compact-sm" variant="default" onClick={onHistory} disabled={!onHistory}>
          {t('app.history')}
        </Button>
        <Button size="compact-sm" variant="default" onClick={onOpen}>
          {t('app.open')}
        </Button>
        <Button size="compact-sm" variant="default" onClick={onSave}>
          {t('app.save')}
        </Button>
        <ExportMenu />
        <LayoutControls />
        <Tooltip label={t('app.presentTip')}>
          <Button
            id="present-button"
            size="compact-sm"
            variant="default"
            onClick={onPresent}
            disabled={!onPresent}
          >
            {t('app.present')}
          </Button>
        </Tooltip>
        <Button size="compact-sm" variant="default" onClick={onCompare} disabled={!onCompare}>
          {t('app.compare')}
        </Button>
        <Tooltip label={t('app.undoTip')}>
          <Button
            size="compact-sm"
            variant="default"
            onClick={() => store.getState().undo()}
            disabled={!canUndo}
            aria-label={t('app.undo')}
          >
            <ArrowIcon d="M9 14 4 9l5-5M4 9h10.5a5.5 5.5 0 0 1 0 11H11" />
          </Button>
        </Tooltip>
        <Tooltip label={t('app.redoTip')}>
          <Button
            size="compact-sm"
            variant="default"
            onClick={() => store.getState().redo()}
            disabled={!canRedo}
            aria-label={t('app.redo')}
          >
            <ArrowIcon d="m15 14 5-5-5-5M20 9H9.5a5.5 5.5 0 0 0 0 11H13" />
          </Button>
        </Tooltip>
        <Popover position="bottom-end" withArrow shadow="md">
          <Popover.Target>
            <Button size="compact-sm" variant="default">
              {t('app.view')}
            </Button>
          </Popover.Target>
          <Popover.Dropdown>
            <Stack gap="xs">
              <Switch
                size="xs"
                label={t('app.snapToGrid')}
                checked={snap}
                onChange={(e) => store.getState().setView({ snapToGrid: e.currentTarget.checked })}
              />
              <ThemeControl value={theme} onChange={setTheme} />
            </Stack>
          </Popover.Dropdown>
        </Popover>
        <LanguageChoice />
      </Group>
    </Group>
  );
}
