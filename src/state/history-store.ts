import type { OrgDoc } from '../model';
import { parseDocument } from '../model';
import { BY_DOC, run, VERSIONS } from './idb';
import type { Step } from './idb';

/** How many saved versions each document keeps; older ones are pruned as new ones are written. */
export const VERSION_LIMIT = 20;

/** One saved version of a document, as listed in "History". */
export interface VersionInfo {
  /** The version's key, for loadVersion. */
  id: number;
  docId: string;
  /** When it was saved (ISO time). */
  savedAt: string;
  title: string;
  titleFr?: string;
  units: number;
}

interface VersionRow {
  key?: number;
  docId: string;
  savedAt: string;
  title: string;
  titleFr?: string;
  units: number;
  text: string;
}

/**
 * Inside a save's transaction: adds a version row unless the newest one already holds the same
 * text, then prunes the document's versions beyond VERSION_LIMIT. `done` runs after the last of
 * these requests was issued, so the caller can chain its own writes behind them.
 */
export function addVersion(
  store: IDBObjectStore,
  step: Step,
  row: Omit<VersionRow, 'key'>,
  done: () => void,
): void {
  const range = IDBKeyRange.only(row.docId);
  // The newest version is the last one in key order: a reverse cursor finds it in one step.
  step(store.index(BY_DOC).openCursor(range, 'prev'), (cursor) => {
    const newest = cursor?.value as VersionRow | undefined;
    if (newest?.text === row.text) return done();
    step(store.add(row), () => {
      step(store.index(BY_DOC).getAllKeys(range), (keys) => {
        for (const key of keys.slice(0, Math.max(0, keys.length - VERSION_LIMIT)))
          store.delete(key);
        done();
      });
    });
  });
}

/** Inside a delete's transaction: removes every version of a document. */
export function deleteVersions(store: IDBObjectStore, step: Step, docId: string): void {
  step(store.index(BY_DOC).getAllKeys(IDBKeyRange.only(docId)), (keys) => {
    for (const key of keys) store.delete(key);
  });
}

/** The saved versions of a document, newest first. */
export async function listVersions(docId: string): Promise<VersionInfo[]> {
  const rows =
    (await run<VersionRow[]>(VERSIONS, 'readonly', (s) =>
      s.index(BY_DOC).getAll(IDBKeyRange.only(docId)),
    )) ?? [];
  return rows
    .map(({ key, docId, savedAt, title, titleFr, units }) => ({
      id: key!,
      docId,
      savedAt,
      title,
      ...(titleFr ? { titleFr } : {}),
      units,
    }))
    .reverse();
}

/** One saved version as a document; undefined if it is gone or no longer parses. */
export async function loadVersion(versionKey: number): Promise<OrgDoc | undefined> {
  const row = await run<VersionRow>(VERSIONS, 'readonly', (s) => s.get(versionKey));
  if (!row) return undefined;
  const r = parseDocument(row.text);
  return r.ok ? r.doc : undefined;
}
