import { useCallback } from 'react';
import type {
  Connection,
  EdgeChange,
  FinalConnectionState,
  NodeChange,
  OnConnectEnd,
} from '@xyflow/react';
import {
  absolutePosition,
  canConnect,
  commands,
  containerAt,
  defaultLinkKind,
  findKind,
  freshId,
  LINK_KIND_DEFS,
  relativeTo,
  sizeOf,
} from '../model';
import type { Lang, OrgDoc } from '../model';
import type { EditorStore } from '../state';
import type { LinkFlowEdge, UnitFlowNode } from './projection';
import { fixedT } from '../i18n';
import { linkKindText } from '../i18n';
import { connectReason } from '../i18n';

/**
 * Why a connection between two units cannot be drawn, for the message shown to the user, in any
 * language (the notice says it in the language on screen, even after a switch).
 */
export function refusalReason(doc: OrgDoc, source: string, target: string): (lang: Lang) => string {
  const tk = findKind(doc.units[target]?.kind ?? '');
  const natural = tk?.forum ? 'member-of' : 'coordinates-with';
  const v = canConnect(doc, source, target, natural);
  return (lang) => (v.ok ? fixedT(lang)('editor.link.noKind') : connectReason(v, lang));
}

/** Translates React Flow's events into document edits and selection changes. */
export function useFlowHandlers(store: EditorStore) {
  const onNodesChange = useCallback(
    (changes: NodeChange<UnitFlowNode>[]) => {
      const st = store.getState();
      const moves: { id: string; position: { x: number; y: number } }[] = [];
      const sizes: { id: string; size: { width: number; height: number } }[] = [];
      let selection: Set<string> | undefined;
      let keyboardMove = false;
      for (const c of changes) {
        if (c.type === 'position' && c.position) {
          moves.push({
            id: c.id,
            position: { x: Math.round(c.position.x), y: Math.round(c.position.y) },
          });
          if (!c.dragging && !st.gestureBase) keyboardMove = true;
        } else if (c.type === 'dimensions' && c.resizing && c.dimensions) {
          sizes.push({
            id: c.id,
            size: {
              width: Math.round(c.dimensions.width),
              height: Math.round(c.dimensions.height),
            },
          });
        } else if (c.type === 'select') {
          selection ??= new Set(st.view.selection.units);
          if (c.selected) selection.add(c.id);
          else selection.delete(c.id);
        }
      }
      if (sizes.length && !st.gestureBase) st.beginGesture();
      if (moves.length || sizes.length) {
        st.edit(
          (d) => {
            commands.moveUnits(d, moves);
            for (const s of sizes) commands.resizeUnit(d, s.id, s.size);
          },
          keyboardMove && sizes.length === 0 ? { merge: 'nudge' } : { transient: true },
        );
      }
      if (selection) st.select({ units: [...selection] });
    },
    [store],
  );

  const onEdgesChange = useCallback(
    (changes: EdgeChange<LinkFlowEdge>[]) => {
      const st = store.getState();
      let selection: Set<string> | undefined;
      for (const c of changes) {
        if (c.type !== 'select') continue;
        selection ??= new Set(st.view.selection.links);
        if (c.selected) selection.add(c.id);
        else selection.delete(c.id);
      }
      if (selection) st.select({ links: [...selection] });
    },
    [store],
  );

  const onNodeDragStart = useCallback(() => store.getState().beginGesture(), [store]);

  /** At the end of a drag, units dropped on a container move into it; units dragged out leave it. */
  const onNodeDragStop = useCallback(
    (_e: unknown, _node: UnitFlowNode, dragged: UnitFlowNode[]) => {
      const st = store.getState();
      const doc = st.doc;
      const ids = new Set(dragged.map((n) => n.id));
      for (const n of dragged) {
        const u = doc.units[n.id];
        if (!u || (u.parent && ids.has(u.parent))) continue;
        const abs = absolutePosition(doc, u.id);
        const size = sizeOf(u);
        const centre = { x: abs.x + size.width / 2, y: abs.y + size.height / 2 };
        const into = containerAt(doc, centre, u.id)?.id;
        if (into !== u.parent) {
          st.edit((d) => commands.reparent(d, u.id, into, relativeTo(doc, into, abs)));
        }
      }
      st.endGesture();
    },
    [store],
  );

  const isValidConnection = useCallback(
    (c: Connection | LinkFlowEdge) =>
      !!c.source &&
      !!c.target &&
      defaultLinkKind(store.getState().doc, c.source, c.target) !== undefined,
    [store],
  );

  const onConnect = useCallback(
    (c: Connection) => {
      const st = store.getState();
      const kind = defaultLinkKind(st.doc, c.source, c.target);
      if (!kind) {
        st.notify('error', refusalReason(st.doc, c.source, c.target));
        return;
      }
      const id = freshId(st.doc, `${c.source}->${c.target}`);
      st.edit((d) =>
        commands.addLink(d, {
          id,
          kind,
          source: c.source,
          target: c.target,
          provenance: { status: 'user' },
        }),
      );
      st.select({ units: [], links: [id] });
      st.notify('info', (lang) =>
        fixedT(lang)('editor.link.added', {
          kind: linkKindText(LINK_KIND_DEFS[kind], 'label', lang),
        }),
      );
    },
    [store],
  );

  /**
   * A drop that made no link: if it ended on another unit (or a container, which has no handles),
   * say why, so the user is never left guessing.
   */
  const onConnectEnd: OnConnectEnd = useCallback(
    (e: MouseEvent | TouchEvent, state: FinalConnectionState) => {
      if (state.isValid === true || !state.fromNode) return;
      const point = 'changedTouches' in e ? e.changedTouches[0] : e;
      const hit = point ? document.elementFromPoint(point.clientX, point.clientY) : null;
      const targetId =
        state.toNode?.id ?? hit?.closest<HTMLElement>('.react-flow__node')?.dataset.id ?? undefined;
      if (!targetId) return;
      const st = store.getState();
      if (targetId === state.fromNode.id) {
        st.notify('error', (lang) => fixedT(lang)('editor.link.notMadeSelf'));
        return;
      }
      const reason = refusalReason(st.doc, state.fromNode.id, targetId);
      st.notify('error', (lang) => fixedT(lang)('editor.link.notMade', { reason: reason(lang) }));
    },
    [store],
  );

  return {
    onNodesChange,
    onEdgesChange,
    onNodeDragStart,
    onNodeDragStop,
    isValidConnection,
    onConnect,
    onConnectEnd,
  };
}
