import type { OrgDoc } from '../model';
import { parseDocument, serializeDocument } from '../model';
import { addVersion, deleteVersions } from './history-store';
import { DOCS, inTransaction, KV, run, VERSIONS } from './idb';

export { listVersions, loadVersion, VERSION_LIMIT } from './history-store';
export type { VersionInfo } from './history-store';

/** One saved organogram, as listed in "My organograms". */
export interface SavedDocInfo {
  id: string;
  title: string;
  /** The French title, when the document has one (shown when the app is in French). */
  titleFr?: string;
  modified: string;
  units: number;
}

interface Row extends SavedDocInfo {
  text: string;
}

/**
 * A save refused because the stored row is not the one this tab last read or wrote: another tab
 * (or a rename in "My organograms") changed it meanwhile, and writing would overwrite that work.
 */
export class SaveConflictError extends Error {
  readonly docId: string;
  /** The modification time of the row that is stored now. */
  readonly stored: string;
  constructor(docId: string, stored: string) {
    super(`The saved copy of ${docId} was changed elsewhere`);
    this.name = 'SaveConflictError';
    this.docId = docId;
    this.stored = stored;
  }
}

export interface SaveOptions {
  /** Remember this document as the last one open (default true). */
  open?: boolean;
  /**
   * Write only if the stored row still has this modification time (or no row exists); otherwise
   * reject with SaveConflictError and write nothing. Omit it to write unconditionally.
   */
  ifModified?: string;
}

/**
 * Saves a document: the current row, a new version (unless the text equals the newest version)
 * and the pruning of old versions are written in ONE transaction, so a crash or a full disk leaves
 * the previous version current rather than half a save. Resolves with the stored modification
 * time once the transaction has committed.
 */
export async function saveDoc(
  doc: OrgDoc,
  { open = true, ifModified }: SaveOptions = {},
): Promise<string> {
  const text = serializeDocument(doc);
  const row: Row = {
    id: doc.id,
    title: doc.title,
    ...(doc.titleFr ? { titleFr: doc.titleFr } : {}),
    modified: doc.meta.modified ?? new Date().toISOString(),
    units: Object.keys(doc.units).length,
    text,
  };
  await inTransaction([DOCS, KV, VERSIONS], (tx, step, fail) => {
    const docs = tx.objectStore(DOCS);
    const write = () =>
      addVersion(
        tx.objectStore(VERSIONS),
        step,
        {
          docId: row.id,
          savedAt: new Date().toISOString(),
          title: row.title,
          ...(row.titleFr ? { titleFr: row.titleFr } : {}),
          units: row.units,
          text,
        },
        // The current row goes last: if it cannot be written, the version is rolled back with it.
        () => {
          docs.put(row);
          if (open) tx.objectStore(KV).put(doc.id, 'lastDocId');
        },
      );
    if (ifModified === undefined) return write();
    step(docs.get(doc.id), (stored: Row | undefined) => {
      if (stored && stored.modified !== ifModified)
        fail(new SaveConflictError(doc.id, stored.modified));
      else write();
    });
  });
  return row.modified;
}

/** A saved document with the modification time of its stored row (for SaveOptions.ifModified). */
export async function loadSaved(
  id: string,
): Promise<{ doc: OrgDoc; modified: string } | undefined> {
  const row = await run<Row>(DOCS, 'readonly', (s) => s.get(id));
  if (!row) return undefined;
  const r = parseDocument(row.text);
  return r.ok ? { doc: r.doc, modified: row.modified } : undefined;
}

/** Loads a saved document; undefined if it is missing or no longer parses. */
export async function loadDoc(id: string): Promise<OrgDoc | undefined> {
  return (await loadSaved(id))?.doc;
}

/** Every saved document, newest first. */
export async function listDocs(): Promise<SavedDocInfo[]> {
  const rows = (await run<Row[]>(DOCS, 'readonly', (s) => s.getAll())) ?? [];
  return rows
    .map(({ id, title, titleFr, modified, units }) => ({
      id,
      title,
      ...(titleFr ? { titleFr } : {}),
      modified,
      units,
    }))
    .sort((a, b) => b.modified.localeCompare(a.modified));
}

/** Deletes a document and all its versions, in one transaction. */
export async function deleteDoc(id: string): Promise<void> {
  await inTransaction([DOCS, VERSIONS], (tx, step) => {
    tx.objectStore(DOCS).delete(id);
    deleteVersions(tx.objectStore(VERSIONS), step, id);
  });
}

/** The id of the document that was open last. */
export async function lastDocId(): Promise<string | undefined> {
  return (await run<string>(KV, 'readonly', (s) => s.get('lastDocId'))) ?? undefined;
}
