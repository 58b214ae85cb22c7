// The IndexedDB database behind "My organograms": opening, upgrading and small request helpers.

import { currentLanguage, fixedT } from '../i18n';

const ERROR_KEYS = {
  noIdb: 'app.storage.noIdb',
  blocked: 'app.storage.blocked',
  openFailed: 'app.storage.openFailed',
  txFailed: 'app.storage.txFailed',
  txAborted: 'app.storage.txAborted',
  saveAborted: 'app.storage.saveAborted',
} as const;

/**
 * An error of ours, worded in the app's language when it happens: its message is shown as the
 * storage warning's reason, which is set again at each failed save, so a language switch reaches
 * it at the next change.
 */
function storageError(what: keyof typeof ERROR_KEYS): Error {
  return new Error(fixedT(currentLanguage())(ERROR_KEYS[what]));
}

export const DB_NAME = 'poc-organogram-designer';
export const DB_VERSION = 2;
export const DOCS = 'documents';
export const KV = 'settings';
export const VERSIONS = 'versions';
/** Index of VERSIONS on docId; within one document its entries come in key (= save) order. */
export const BY_DOC = 'byDoc';

let dbPromise: Promise<IDBDatabase> | undefined;

/**
 * Creates whatever store is missing and never drops one, so an upgrade keeps every document.
 * v1: documents and settings. v2: versions (autoIncrement key, indexed by document id). Checking
 * by name, not by old version number, also mends a database some other code created empty.
 */
export function upgrade(d: IDBDatabase): void {
  const has = (name: string) => d.objectStoreNames.contains(name);
  if (!has(DOCS)) d.createObjectStore(DOCS, { keyPath: 'id' });
  if (!has(KV)) d.createObjectStore(KV);
  if (!has(VERSIONS)) {
    const versions = d.createObjectStore(VERSIONS, { keyPath: 'key', autoIncrement: true });
    versions.createIndex(BY_DOC, 'docId');
  }
}

/** The open database. A failed open is not cached, so the next save tries again. */
export function db(): Promise<IDBDatabase> {
  dbPromise ??= new Promise<IDBDatabase>((resolve, reject) => {
    if (typeof indexedDB === 'undefined' || !indexedDB) return reject(storageError('noIdb'));
    const req = indexedDB.open(DB_NAME, DB_VERSION);
    let refused = false;
    req.onupgradeneeded = () => upgrade(req.result);
    // A tab still running the previous version of the app keeps the old database open. Waiting
    // for it would stall every save without a word; failing shows the storage warning instead,
    // and the next change tries again.
    req.onblocked = () => {
      refused = true;
      reject(storageError('blocked'));
    };
    req.onsuccess = () => {
      const d = req.result;
      if (refused) return d.close();
      // A newer app in another tab wants to upgrade: step aside; the next call reopens.
      d.onversionchange = () => closeDb();
      resolve(d);
    };
    req.onerror = () => reject(req.error ?? storageError('openFailed'));
  }).catch((e: unknown) => {
    dbPromise = undefined;
    throw e;
  });
  return dbPromise;
}

/** Closes the database (another tab upgrades it, or a test starts afresh). */
export function closeDb(): void {
  const p = dbPromise;
  dbPromise = undefined;
  void p?.then((d) => d.close()).catch(() => undefined);
}

/** Runs one request in its own transaction and resolves once that transaction has committed. */
export async function run<T>(
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
    tx.onerror = () => reject(tx.error ?? storageError('txFailed'));
    tx.onabort = () => reject(tx.error ?? storageError('txAborted'));
  });
}

/**
 * Runs `body` in one transaction over several stores. `body` chains requests with `step`, whose
 * callbacks abort the whole transaction if they throw; `fail` aborts it with a reason. The promise
 * resolves on commit, so either every write of the body is stored or none is.
 */
export async function inTransaction(
  stores: string[],
  body: (tx: IDBTransaction, step: Step, fail: (e: Error) => void) => void,
): Promise<void> {
  const d = await db();
  await new Promise<void>((resolve, reject) => {
    const tx = d.transaction(stores, 'readwrite');
    let reason: unknown;
    const fail = (e: unknown) => {
      reason ??= e;
      try {
        tx.abort();
      } catch {
        // Already finished or aborting: the abort handler reports the reason.
      }
    };
    const step: Step = (req, then) => {
      req.onsuccess = () => {
        try {
          then?.(req.result);
        } catch (e) {
          fail(e);
        }
      };
    };
    tx.oncomplete = () => resolve();
    tx.onabort = () => reject(reason ?? tx.error ?? storageError('saveAborted'));
    try {
      body(tx, step, fail);
    } catch (e) {
      fail(e);
    }
  });
}

export type Step = <T>(req: IDBRequest<T>, then?: (result: T) => void) => void;
