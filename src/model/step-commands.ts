import type { Draft } from 'immer';
import type { OrgDoc, Step } from './schema';

/**
 * Presentation-step edits, as immer recipes like those in commands.ts (and re-exported there, so
 * they are reached as `commands.addStep` and so on). Steps are an ordered array, not an id map:
 * their order is the order of the presentation.
 */

/** The fields of a step that `updateStep` may change. */
export type StepPatch = Partial<Omit<Step, 'id'>>;

function indexOfStep(d: Draft<OrgDoc>, id: string): number {
  return d.steps.findIndex((s) => s.id === id);
}

/**
 * Inserts a step (its id must be fresh among the steps) at `index`, or at the end. The index is
 * clamped to the list, so "after the last step" needs no special case.
 */
export function addStep(d: Draft<OrgDoc>, step: Step, index: number = d.steps.length): void {
  if (indexOfStep(d, step.id) >= 0) throw new Error(`Step "${step.id}" already exists`);
  const at = Number.isNaN(index) ? d.steps.length : clamp(Math.trunc(index), 0, d.steps.length);
  d.steps.splice(at, 0, step);
}

/**
 * Changes a step's fields. `undefined` clears an optional field (view, provenance); for the
 * required ones (title, caption, highlight) it means "leave as is". Unknown ids are ignored.
 */
export function updateStep(d: Draft<OrgDoc>, id: string, patch: StepPatch): void {
  const i = indexOfStep(d, id);
  if (i < 0) return;
  const s = d.steps[i]!;
  if (patch.title !== undefined) s.title = patch.title;
  if (patch.caption !== undefined) s.caption = patch.caption;
  // The French twins are optional: empty text removes them, so the English shows instead.
  if (patch.titleFr) s.titleFr = patch.titleFr;
  else if ('titleFr' in patch) delete s.titleFr;
  if (patch.captionFr) s.captionFr = patch.captionFr;
  else if ('captionFr' in patch) delete s.captionFr;
  if (patch.highlight !== undefined) s.highlight = patch.highlight;
  // Delete rather than store undefined: a saved file has no such key, and a reopened one must equal it.
  if (patch.view) s.view = patch.view;
  else if ('view' in patch) delete s.view;
  if (patch.provenance) s.provenance = patch.provenance;
  else if ('provenance' in patch) delete s.provenance;
}

/** Removes a step; an unknown id is a no-op. */
export function removeStep(d: Draft<OrgDoc>, id: string): void {
  const i = indexOfStep(d, id);
  if (i >= 0) d.steps.splice(i, 1);
}

/**
 * Moves a step to `toIndex` in the final order, clamped to the list (so -1 means first and a
 * large number last). An unknown id, a NaN index or a move to the same place is a no-op.
 */
export function moveStep(d: Draft<OrgDoc>, id: string, toIndex: number): void {
  const from = indexOfStep(d, id);
  if (from < 0 || Number.isNaN(toIndex)) return;
  const to = clamp(Math.trunc(toIndex), 0, d.steps.length - 1);
  if (to === from) return;
  const [step] = d.steps.splice(from, 1);
  d.steps.splice(to, 0, step!);
}

/**
 * Removes deleted units from every step's highlight, so the document stays valid (integrity
 * rejects a step that highlights a missing unit). Only steps that highlight one of them are
 * written to, so every other step keeps its identity. There are at most 200 steps, so reading
 * them all through the draft costs nothing worth avoiding.
 */
export function pruneHighlights(d: Draft<OrgDoc>, removed: ReadonlySet<string>): void {
  if (removed.size === 0) return;
  for (const s of d.steps) {
    if (s.highlight.some((h) => removed.has(h)))
      s.highlight = s.highlight.filter((h) => !removed.has(h));
  }
}

function clamp(n: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, n));
}
