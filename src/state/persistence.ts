import type { OrgDoc } from '../model';
import { parseDocument, serializeDocument } from '../model';

/** One saved organogram, as listed in "My organograms". */
export interface SavedDocInfo {
  id: string;
  title: string;
  modified: string;
  units: number;
}

interface Row extends SavedDocInfo {
  text: string;
}

const DB_NAME = 'poc-organogram-designer';
const DOCS = 'documents';
const KV = 'settings';

let dbPromise: Promise<IDBDatabase> | undefined;

function db(): Promise<IDBDatabase> {
  dbPromise ??= new Promise((resolve, reject) => {
    if (typeof indexedDB === 'undefined') return reject(new Error('IndexedDB is not available'));
    const req = indexedDB.open(DB_NAME, 1);
    req.onupgradeneeded = () => {
      req.result.createObjectStore(DOCS, { keyPath: 'id' });
      req.result.createObjectStore(KV);
    };
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB failed to open'));
  });
  return dbPromise;
}

async function run<T>(
  store: string,
  mode: IDBTransactionMode,
  fn: (s: IDBObjectStore) => IDBRequest<T> | void,
): Promise<T | undefined> {
  const d = await db();
  return new Promise((resolve, reject) => {
    const tx = d.transaction(store, mode);
    const req = fn(tx.objectStore(store));
    // Resolve on commit, not on the request: a write is only safe once its transaction is durable.
    tx.oncomplete = () => resolve(req ? req.result : undefined);
    tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
    tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
  });
}

/**
 * Saves a document (the whole record is written in one transaction). The open document is also
 * remembered as the last one open; `{ open: false }` saves another one without changing that.
 */
export async function saveDoc(
  doc: OrgDoc,
  { open = true }: { open?: boolean } = {},
): Promise<void> {
  const row: Row = {
    id: doc.id,
    title: doc.title,
    modified: doc.meta.modified ?? new Date().toISOString(),
    units: Object.keys(doc.units).length,
    text: serializeDocument(doc),
  };
  const d = await db();
  await new Promise<void>((resolve, reject) => {
    const tx = d.transaction([DOCS, KV], 'readwrite');
    tx.objectStore(DOCS).put(row);
    if (open) tx.objectStore(KV).put(doc.id, 'lastDocId');
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error('Saving failed'));
    tx.onabort = () => reject(tx.error ?? new Error('Saving was aborted'));
  });
}

/** Loads a saved document; undefined if it is missing or no longer parses. */
export async function loadDoc(id: string): Promise<OrgDoc | undefined> {
  const row = (await run<Row>(DOCS, 'readonly', (s) => s.get(id))) as Row | undefined;
  if (!row) return undefined;
  const r = parseDocument(row.text);
  return r.ok ? r.doc : undefined;
}

/** Every saved document, newest first. */
export async function listDocs(): Promise<SavedDocInfo[]> {
  const rows = ((await run<Row[]>(DOCS, 'readonly', (s) => s.getAll())) ?? []) as Row[];
  return rows
    .map(({ id, title, modified, units }) => ({ id, title, modified, units }))
    .sort((a, b) => b.modified.localeCompare(a.modified));
}

export async function deleteDoc(id: string): Promise<void> {
  await run(DOCS, 'readwrite', (s) => s.delete(id));
}

/** The id of the document that was open last. */
export async function lastDocId(): Promise<string | undefined> {
  return (await run<string>(KV, 'readonly', (s) => s.get('lastDocId'))) as string | undefined;
}
