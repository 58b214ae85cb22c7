import { createContext, useContext } from 'react';
import type { ReactNode } from 'react';
import { useStore } from 'zustand';
import type { EditorState, EditorStore } from './store';
import { checklistOf } from './checklist';
import type { Checklist } from './checklist';

const StoreContext = createContext<EditorStore | null>(null);

/** Provides one editor store to the components below it. */
export function StoreProvider({ store, children }: { store: EditorStore; children: ReactNode }) {
  return <StoreContext.Provider value={store}>{children}</StoreContext.Provider>;
}

/** The editor store itself, for event handlers that read state without subscribing. */
export function useEditorStore(): EditorStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useEditorStore needs a StoreProvider');
  return store;
}

/** Subscribes to a slice of the editor state; re-renders only when that slice changes. */
export function useEditor<T>(selector: (s: EditorState) => T): T {
  return useStore(useEditorStore(), selector);
}

/**
 * The checklist for the open document. During a drag it keeps answering for the document as it
 * was when the gesture began, so validation never runs on drag frames.
 */
export function useChecklist(): Checklist {
  const doc = useEditor((s) => s.gestureBase ?? s.doc);
  const rules = useEditor((s) => s.rules);
  return checklistOf(doc, rules);
}
