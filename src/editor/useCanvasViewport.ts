import { useCallback, useEffect, useRef } from 'react';
import type { RefObject } from 'react';
import { getViewportForBounds, useReactFlow } from '@xyflow/react';
import { useEditor, useEditorStore } from '../state';
import { registerFitAll } from './view-centre';

/** How long after a document opens the view keeps refitting while the app shell settles. */
const SETTLE_MS = 3000;

/**
 * The canvas viewport's automatic moves: show the whole of a newly opened document, and bring
 * the selection into view when something (Find, the Outline) asks for it. Returns the handler
 * for React Flow's `onMoveStart`, which tells the view that the user has taken over.
 */
export function useCanvasViewport(paneRef: RefObject<HTMLDivElement | null>) {
  const store = useEditorStore();
  const rf = useReactFlow();
  const focusRequest = useEditor((s) => s.view.focusRequest);
  const docId = useEditor((s) => s.doc.id);
  // True while a newly opened document is still being fitted. Once the user pans or zooms, or
  // asks for a unit, a late refit would snatch the view away from what they chose to look at.
  const settling = useRef(false);

  const fitAll = useCallback(() => {
    const el = paneRef.current;
    const nodes = rf.getNodes();
    if (!el || nodes.length === 0) return;
    const r = el.getBoundingClientRect();
    if (r.width < 10 || r.height < 10) return;
    const vp = getViewportForBounds(rf.getNodesBounds(nodes), r.width, r.height, 0.05, 1, 0.08);
    void rf.setViewport(vp);
  }, [rf, paneRef]);

  useEffect(() => {
    registerFitAll(fitAll);
    return () => registerFitAll(null);
  }, [fitAll]);

  useEffect(() => {
    if (focusRequest === 0) return;
    settling.current = false;
    const ids = store.getState().view.selection.units;
    if (ids.length)
      void rf.fitView({
        nodes: ids.map((id) => ({ id })),
        padding: 0.6,
        duration: 250,
        maxZoom: 1.2,
      });
  }, [focusRequest, rf, store]);

  // A different document was opened: show all of it. The viewport is computed from the nodes'
  // bounds and the pane's real size, and again whenever the pane resizes in the first seconds
  // (the app shell adds its side panels after the canvas mounts).
  useEffect(() => {
    settling.current = true;
    const opened = Date.now();
    const settle = () => {
      if (settling.current) fitAll();
    };
    const timers = [0, 80, 250, 600].map((ms) => setTimeout(settle, ms));
    const ro = new ResizeObserver(() => {
      if (Date.now() - opened < SETTLE_MS) settle();
    });
    if (paneRef.current) ro.observe(paneRef.current);
    return () => {
      timers.forEach(clearTimeout);
      ro.disconnect();
    };
  }, [docId, fitAll, paneRef]);

  // React Flow passes the input event for a user's pan or zoom, and null for a programmatic move.
  return useCallback((event: MouseEvent | TouchEvent | null) => {
    if (event) settling.current = false;
  }, []);
}
