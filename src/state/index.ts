// The public surface of the state layer.
export { createEditorStore } from './store';
export type {
  EditorState,
  EditorStore,
  EditOptions,
  Notice,
  NoticeText,
  Selection,
  ViewState,
} from './store';
export { HISTORY_LIMIT, MERGE_WINDOW_MS, emptyHistory, record, redo, undo } from './history';
export type { History } from './history';
export { StoreProvider, useEditor, useEditorStore } from './react';
export { presets, openPreset } from './presets';
export type { Preset } from './presets';
export * as storage from './persistence';
export type { SavedDocInfo } from './persistence';
export { checklistOf } from './checklist';
export type { Checklist } from './checklist';
export { useChecklist } from './react';
