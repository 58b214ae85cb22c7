import type { OrgDoc } from '../model';

/**
 * Undo history as a stack of immutable document snapshots. Immer's structural sharing makes each
 * snapshot cheap: a snapshot shares every unit and link that did not change.
 */
export interface History {
  past: OrgDoc[];
  future: OrgDoc[];
  /** Merge key and time of the newest entry: edits with the same key close together merge into one step. */
  lastKey?: string;
  lastAt?: number;
}

/** Steps kept; older ones fall off the bottom. */
export const HISTORY_LIMIT = 500;
/** Edits with the same merge key closer together than this become one undo step. */
export const MERGE_WINDOW_MS = 1000;

export const emptyHistory = (): History => ({ past: [], future: [] });

/**
 * Records that the document went from `prev` to something new.
 * With a `key` (a burst of arrow-key nudges, typing in one field), an edit that follows another
 * with the same key within MERGE_WINDOW_MS joins its step instead of adding one.
 */
export function record(h: History, prev: OrgDoc, key?: string, now = Date.now()): History {
  const merges =
    key !== undefined &&
    h.lastKey === key &&
    h.lastAt !== undefined &&
    now - h.lastAt < MERGE_WINDOW_MS;
  if (merges) return { ...h, future: [], lastAt: now };
  const past = h.past.length >= HISTORY_LIMIT ? h.past.slice(1) : h.past.slice();
  past.push(prev);
  return { past, future: [], lastKey: key, lastAt: now };
}

/** Steps back: returns the document to show and the new history, or undefined at the start. */
export function undo(h: History, current: OrgDoc): { doc: OrgDoc; history: History } | undefined {
  const doc = h.past[h.past.length - 1];
  if (!doc) return undefined;
  return { doc, history: { past: h.past.slice(0, -1), future: [current, ...h.future] } };
}

/** Steps forward again after an undo. */
export function redo(h: History, current: OrgDoc): { doc: OrgDoc; history: History } | undefined {
  const doc = h.future[0];
  if (!doc) return undefined;
  return { doc, history: { past: [...h.past, current], future: h.future.slice(1) } };
}
