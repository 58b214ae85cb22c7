import { produce } from 'immer';
import { layoutDocument, layoutPatch, LayoutCancelledError } from '../layout';
import type { LayoutOptions } from '../layout';
import { commands, withPlacement } from '../model';
import type { OrgDoc } from '../model';
import type { EditorStore } from '../state';
import { layoutEngine } from './layout-engine';
import { fitAllUnits } from './view-centre';

const ANIMATION_MS = 380;

function linksAmong(doc: OrgDoc, only?: ReadonlySet<string>): string[] {
  return Object.values(doc.links)
    .filter((l) => !only || (only.has(l.source) && only.has(l.target)))
    .map((l) => l.id);
}

/**
 * Lays out the document (or, with two or more units selected, only those) in the ELK worker and
 * applies the result as one undoable step. A failure or a cancel leaves every unit where it was.
 */
export async function runAutoLayout(
  store: EditorStore,
  sizes?: LayoutOptions['sizes'],
): Promise<void> {
  const st = store.getState();
  const { direction, spacing } = st.view.layout;
  const selected = st.view.selection.units;
  const only = selected.length >= 2 ? selected : undefined;
  const units = only ? only.length : Object.keys(st.doc.units).length;
  if (units === 0) return;
  st.setView({ layout: { ...st.view.layout, busy: true, units } });
  // Marks let the browser benchmark tell the time in the worker from the time to apply the result.
  performance.mark('poc-layout-start');
  try {
    const result = await layoutDocument(layoutEngine(), st.doc, {
      direction,
      spacing,
      sizes,
      only,
    });
    performance.mark('poc-layout-result');
    const cur = store.getState().doc;
    const moves = layoutPatch(cur, result);
    const laidOut = linksAmong(cur, only ? new Set(only) : undefined);
    store.getState().setView({ animating: true });
    store.getState().edit((d) => commands.applyLayout(d, moves, result.routes, laidOut));
    setTimeout(() => {
      store.getState().setView({ animating: false });
      // A whole-document layout changes the chart's extent: show all of it.
      if (!only) fitAllUnits();
    }, ANIMATION_MS);
  } catch (e) {
    if (!(e instanceof LayoutCancelledError)) {
      store
        .getState()
        .notify('error', e instanceof Error ? e.message : `Auto layout failed: ${String(e)}`);
    }
  } finally {
    const v = store.getState().view;
    store.getState().setView({ layout: { ...v.layout, busy: false } });
  }
}

/** Whether a document has units that were never placed (a preset or a file without positions). */
export function needsLayout(doc: OrgDoc): boolean {
  return Object.values(doc.units).some((u) => !u.position);
}

/**
 * A copy of a document laid out by ELK, for documents opened without positions. Falls back to a
 * plain grid placement if the layout fails, so a document always opens.
 */
export async function laidOut(doc: OrgDoc): Promise<OrgDoc> {
  try {
    const result = await layoutDocument(layoutEngine(), doc, {
      direction: 'DOWN',
      spacing: 'normal',
    });
    return produce(doc, (d) =>
      commands.applyLayout(d, layoutPatch(doc, result), result.routes, linksAmong(doc)),
    );
  } catch {
    return withPlacement(doc);
  }
}
