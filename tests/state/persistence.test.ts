import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { serializeDocument } from '../../src/model';
import type { OrgDoc } from '../../src/model';
import { storage } from '../../src/state';
import { closeDb, DB_NAME, DOCS, KV } from '../../src/state/idb';
import { doc, unit } from '../fixtures/builders';

/** A document with a title and modification time of its own, so each save differs. */
function version(title: string, n = 0, id = 'test-doc'): OrgDoc {
  const d = doc([unit('hom')]);
  return {
    ...d,
    id,
    title,
    meta: { ...d.meta, modified: new Date(Date.UTC(2024, 0, 1, 0, 0, n)).toISOString() },
  };
}

// Every test gets an empty IndexedDB, and the module's cached connection is dropped.
beforeEach(() => {
  closeDb();
  globalThis.indexedDB = new IDBFactory();
});
afterEach(() => vi.restoreAllMocks());

describe('version history', () => {
  it('keeps the last 20 versions of a document, newest first', async () => {
    for (let i = 0; i < 25; i++) await storage.saveDoc(version(`Title ${i}`, i));
    const list = await storage.listVersions('test-doc');
    expect(list).toHaveLength(storage.VERSION_LIMIT);
    expect(list.map((v) => v.title)).toEqual(
      Array.from({ length: 20 }, (_, i) => `Title ${24 - i}`),
    );
    expect(list[0]).toMatchObject({ docId: 'test-doc', units: 1 });
    const oldest = await storage.loadVersion(list[19]!.id);
    expect(oldest?.title).toBe('Title 5');
  });

  it('writes no version when the text equals the newest version', async () => {
    await storage.saveDoc(version('Same'));
    await storage.saveDoc(version('Same'));
    await storage.saveDoc(version('Same'));
    expect(await storage.listVersions('test-doc')).toHaveLength(1);
    await storage.saveDoc(version('Other', 1));
    await storage.saveDoc(version('Same'));
    expect((await storage.listVersions('test-doc')).map((v) => v.title)).toEqual([
      'Same',
      'Other',
      'Same',
    ]);
  });

  it('keeps the versions of each document apart, and deleting one removes only its own', async () => {
    await storage.saveDoc(version('A1', 1, 'doc-a'));
    await storage.saveDoc(version('A2', 2, 'doc-a'));
    await storage.saveDoc(version('B1', 1, 'doc-b'));
    await storage.deleteDoc('doc-a');
    expect(await storage.listVersions('doc-a')).toEqual([]);
    expect(await storage.loadDoc('doc-a')).toBeUndefined();
    expect((await storage.listVersions('doc-b')).map((v) => v.title)).toEqual(['B1']);
  });
});

describe('French titles', () => {
  it('lists a French title beside the title in saved documents and versions, and none when absent', async () => {
    await storage.saveDoc({ ...version('Sector plan', 1, 'doc-a'), titleFr: 'Plan du secteur' });
    await storage.saveDoc(version('Field plan', 1, 'doc-b'));
    const docs = await storage.listDocs();
    expect(docs.find((d) => d.id === 'doc-a')).toMatchObject({
      title: 'Sector plan',
      titleFr: 'Plan du secteur',
    });
    expect(docs.find((d) => d.id === 'doc-b')).not.toHaveProperty('titleFr');
    const [v] = await storage.listVersions('doc-a');
    expect(v).toMatchObject({ title: 'Sector plan', titleFr: 'Plan du secteur' });
    expect((await storage.listVersions('doc-b'))[0]).not.toHaveProperty('titleFr');
  });
});

describe('one transaction per save', () => {
  it('rolls the new version back when the current row cannot be written', async () => {
    await storage.saveDoc(version('Good', 1));
    // The first put of the next save is the current row (versions are added, settings come after).
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementationOnce(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    await expect(storage.saveDoc(version('Lost', 2))).rejects.toThrow(/quota/);
    expect((await storage.loadDoc('test-doc'))?.title).toBe('Good');
    expect((await storage.listVersions('test-doc')).map((v) => v.title)).toEqual(['Good']);
    // The next save goes through again.
    await storage.saveDoc(version('Later', 3));
    expect((await storage.loadDoc('test-doc'))?.title).toBe('Later');
  });

  it('refuses to overwrite a row that changed since this tab read it, and writes nothing', async () => {
    const first = await storage.saveDoc(version('Mine', 1));
    expect(first).toBe(version('Mine', 1).meta.modified);
    await storage.saveDoc(version('Theirs', 2));
    const refused = storage.saveDoc(version('Mine again', 3), { ifModified: first });
    await expect(refused).rejects.toBeInstanceOf(storage.SaveConflictError);
    expect((await storage.loadDoc('test-doc'))?.title).toBe('Theirs');
    expect(await storage.listVersions('test-doc')).toHaveLength(2);
    const current = await storage.loadSaved('test-doc');
    await storage.saveDoc(version('Mine again', 3), { ifModified: current!.modified });
    expect((await storage.loadDoc('test-doc'))?.title).toBe('Mine again');
  });

  it('fails while IndexedDB is missing and works again once it is back', async () => {
    const factory = globalThis.indexedDB;
    (globalThis as { indexedDB?: IDBFactory }).indexedDB = undefined;
    await expect(storage.saveDoc(version('No storage'))).rejects.toThrow(/not available/);
    globalThis.indexedDB = factory;
    await storage.saveDoc(version('Storage back'));
    expect((await storage.loadDoc('test-doc'))?.title).toBe('Storage back');
  });
});

/** Opens the database at version 1, as the previous app did; resolves with the connection. */
function openV1(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(DB_NAME, 1);
    req.onupgradeneeded = () => {
      req.result.createObjectStore(DOCS, { keyPath: 'id' });
      req.result.createObjectStore(KV);
    };
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

describe('upgrade', () => {
  it('fails a save, rather than waiting for ever, while an old tab holds version 1 open', async () => {
    const old = await openV1(); // never closes on versionchange, like the previous app
    await expect(storage.saveDoc(version('Blocked'))).rejects.toThrow(/older copy/);
    old.close();
    await storage.saveDoc(version('After the old tab closed'));
    expect((await storage.loadDoc('test-doc'))?.title).toBe('After the old tab closed');
  });

  it('opens a version 1 database and keeps its documents and last-open id', async () => {
    const old = version('Saved before versions', 4, 'old-doc');
    const d = await openV1();
    await new Promise<void>((resolve, reject) => {
      const tx = d.transaction([DOCS, KV], 'readwrite');
      tx.objectStore(DOCS).put({
        id: old.id,
        title: old.title,
        modified: old.meta.modified,
        units: 1,
        text: serializeDocument(old),
      });
      tx.objectStore(KV).put(old.id, 'lastDocId');
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    d.close();
    expect(await storage.lastDocId()).toBe('old-doc');
    expect((await storage.loadDoc('old-doc'))?.title).toBe('Saved before versions');
    expect(await storage.listDocs()).toHaveLength(1);
    expect(await storage.listVersions('old-doc')).toEqual([]);
    await storage.saveDoc({ ...old, title: 'Edited after the upgrade' });
    expect((await storage.listVersions('old-doc')).map((v) => v.title)).toEqual([
      'Edited after the upgrade',
    ]);
  });
});
