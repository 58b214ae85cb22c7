import { useEffect } from 'react';
import type { RefObject } from 'react';
import { useReactFlow } from '@xyflow/react';
import type { EditorStore } from '../state';
import { useAutoLayout } from './useAutoLayout';
import {
  copySelection,
  deleteSelection,
  duplicateSelection,
  nudgeSelection,
  pasteClipboard,
} from './actions';
import { fixedT } from '../i18n';

function typingInField(t: EventTarget | null): boolean {
  const el = t as HTMLElement | null;
  if (!el || !el.tagName) return false;
  return el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName);
}

const ARROWS: Record<string, [number, number]> = {
  ArrowLeft: [-1, 0],
  ArrowRight: [1, 0],
  ArrowUp: [0, -1],
  ArrowDown: [0, 1],
};

/** Editing shortcuts; they stay out of the way while the user types in a field. */
export function useShortcuts(store: EditorStore, findRef: RefObject<HTMLInputElement | null>) {
  const rf = useReactFlow();
  const autoLayout = useAutoLayout();
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const mod = e.ctrlKey || e.metaKey;
      const key = e.key.toLowerCase();
      if (mod && key === 'f') {
        e.preventDefault();
        findRef.current?.focus();
        findRef.current?.select();
        return;
      }
      if (typingInField(e.target)) return;
      const st = store.getState();
      if (mod && key === 'z') {
        e.preventDefault();
        if (e.shiftKey) st.redo();
        else st.undo();
      } else if (mod && key === 'y') {
        e.preventDefault();
        st.redo();
      } else if (mod && key === 'a') {
        e.preventDefault();
        st.select({ units: Object.keys(st.doc.units), links: Object.keys(st.doc.links) });
      } else if (mod && key === 'c') {
        const n = copySelection(store);
        if (n) st.notify('info', (lang) => fixedT(lang)('editor.copied', { count: n }));
      } else if (mod && key === 'v') {
        e.preventDefault();
        pasteClipboard(store);
      } else if (mod && key === 'd') {
        e.preventDefault();
        duplicateSelection(store);
      } else if (!mod && (e.key === 'Delete' || e.key === 'Backspace')) {
        e.preventDefault();
        deleteSelection(store);
      } else if (!mod && !e.altKey && key === 'l') {
        if (!st.view.layout.busy) void autoLayout();
      } else if (!mod && !e.altKey && key === 'f') {
        const ids = st.view.selection.units;
        void rf.fitView(
          ids.length
            ? { nodes: ids.map((id) => ({ id })), padding: 0.3, duration: 200 }
            : { padding: 0.1, duration: 200 },
        );
      } else if (
        ARROWS[e.key] &&
        !(e.target as HTMLElement | null)?.closest?.('.react-flow__node')
      ) {
        // React Flow moves a focused node itself; we move the selection when focus is elsewhere.
        const [dx, dy] = ARROWS[e.key]!;
        const step = e.shiftKey ? 40 : 8;
        if (st.view.selection.units.length) {
          e.preventDefault();
          nudgeSelection(store, dx * step, dy * step);
        }
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [store, rf, findRef, autoLayout]);
}
