import { produce } from 'immer';
import {
  layoutPatch,
  LayoutCancelledError,
  LayoutTimeoutError,
  LayoutWorkerError,
  PREVIEW_UNITS,
  treePreview,
} from '../layout';
import type { LayoutOptions } from '../layout';
import { commands, withPlacement } from '../model';
import type { OrgDoc } from '../model';
import type { EditorStore, NoticeText } from '../state';
import { layoutEngine } from './layout-engine';
import { fitAllUnits } from './view-centre';
import { fixedT } from '../i18n';

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
  const preview = !only && units > PREVIEW_UNITS;
  st.setView({ layout: { ...st.view.layout, busy: true, units, preview, startedAt: Date.now() } });
  // Marks let the browser benchmark tell the time in the worker from the time to apply the result.
  performance.mark('poc-layout-start');
  try {
    const graphOf = st.doc;
    // A very large chart gets a tree preview at once, as a gesture: it is never recorded and is
    // put back exactly if ELK fails or the planner cancels.
    if (preview) showPreview(store, sizes);
    const result = await layoutEngine().layout(
      { units: graphOf.units, links: graphOf.links },
      { direction, spacing, sizes, only },
    );
    performance.mark('poc-layout-result');
    if (preview) endPreview(store);
    const cur = store.getState().doc;
    const moves = layoutPatch(cur, result);
    const laidOut = linksAmong(cur, only ? new Set(only) : undefined);
    store.getState().setView({ animating: !preview });
    store.getState().edit((d) => commands.applyLayout(d, moves, result.routes, laidOut));
    setTimeout(() => {
      store.getState().setView({ animating: false });
      // A whole-document layout changes the chart's extent: show all of it.
      if (!only) fitAllUnits();
    }, ANIMATION_MS);
  } catch (e) {
    if (preview) endPreview(store);
    if (!(e instanceof LayoutCancelledError)) {
      store.getState().notify('error', layoutFailure(e));
    }
  } finally {
    const v = store.getState().view;
    store.getState().setView({ layout: { ...v.layout, busy: false, preview: false } });
  }
}

/**
 * What to tell the planner when a layout fails. The layout layer words its errors in English
 * (it knows no languages); the two it gives the planner, a timeout and a failed worker, are said
 * again in the language on screen, with the same English. Anything else shows as it came.
 */
function layoutFailure(e: unknown): NoticeText {
  if (!(e instanceof Error))
    return (lang) => fixedT(lang)('editor.layout.failed', { error: String(e) });
  const seconds = e instanceof LayoutTimeoutError ? e.seconds : undefined;
  if (seconds !== undefined) return (lang) => fixedT(lang)('editor.layout.timeout', { seconds });
  if (e instanceof LayoutWorkerError)
    return (lang) => fixedT(lang)('editor.layout.failed', { error: e.detail });
  return e.message;
}

/** Puts the document back as it was before the preview, and unfreezes it. */
function endPreview(store: EditorStore) {
  const st = store.getState();
  st.cancelGesture();
  st.setView({ layout: { ...st.view.layout, preview: false } });
  setTimeout(fitAllUnits, 60);
}

/** Draws the quick tree preview of the whole document without recording it. */
function showPreview(store: EditorStore, sizes?: LayoutOptions['sizes']) {
  const st = store.getState();
  const { direction, spacing } = st.view.layout;
  const doc = st.doc;
  const r = treePreview(doc, { direction, spacing, sizes });
  st.beginGesture();
  st.edit((d) => commands.applyLayout(d, layoutPatch(doc, r), {}, linksAmong(doc)), {
    transient: true,
  });
  // Fit once React Flow has the preview's nodes, not the ones it had a moment ago.
  setTimeout(fitAllUnits, 60);
}

/** Whether a document has units that were never placed (a preset or a file without positions). */
export function needsLayout(doc: OrgDoc): boolean {
  return Object.values(doc.units).some((u) => !u.position);
}

/**
 * A copy of a document laid out, for documents opened without positions. A very large one opens at
 * once in the quick tree placement (Auto layout then refines it, with progress and Cancel); a
 * failed layout falls back to a plain grid, so a document always opens.
 */
export async function laidOut(doc: OrgDoc): Promise<OrgDoc> {
  try {
    const result =
      Object.keys(doc.units).length > PREVIEW_UNITS
        ? treePreview(doc)
        : await layoutEngine().layout(
            { units: doc.units, links: doc.links },
            { direction: 'DOWN', spacing: 'normal' },
          );
    return produce(doc, (d) =>
      commands.applyLayout(d, layoutPatch(doc, result), result.routes, linksAmong(doc)),
    );
  } catch {
    return withPlacement(doc);
  }
}
