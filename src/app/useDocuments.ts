import { useCallback, useEffect, useRef, useState } from 'react';
import { commands, emptyDoc, SCHEMA_VERSION } from '../model';
import type { OrgDoc, Problem } from '../model';
import { openPreset, storage } from '../state';
import type { EditorStore } from '../state';
import { laidOut, needsLayout } from '../editor';
import { pickFile, readOrgFile, saveAsJson } from '../ui';

/** A document id that no saved document has: time plus randomness, never all digits. */
export function newDocId(prefix = 'doc'): string {
  return `${prefix}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 7)}`;
}

const AUTOSAVE_MS = 400;

/**
 * Owns the document lifecycle: restore the last document on start, autosave each change within a
 * second, open presets and files, and manage "My organograms". A file that fails to parse never
 * replaces the open document.
 */
export function useDocuments(store: EditorStore) {
  const [screen, setScreen] = useState<'loading' | 'start' | 'editor'>('loading');
  const [problems, setProblems] = useState<{ name: string; list: Problem[] }>();
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const flush = useCallback(() => {
    clearTimeout(timer.current);
    timer.current = undefined;
    const doc = store.getState().doc;
    return storage.saveDoc(doc).catch((e: unknown) => {
      store
        .getState()
        .notify(
          'error',
          `Could not save in this browser (${String(e)}). Use Save to download a copy.`,
        );
    });
  }, [store]);

  // Autosave: every document change schedules a write; leaving the page writes at once.
  useEffect(() => {
    const unsub = store.subscribe((s, prev) => {
      if (s.doc === prev.doc || screen !== 'editor') return;
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), AUTOSAVE_MS);
    });
    const onHide = () => {
      if (timer.current) void flush();
    };
    window.addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onHide);
    return () => {
      unsub();
      window.removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onHide);
    };
  }, [store, flush, screen]);

  // On start, reopen the last document exactly as it was.
  useEffect(() => {
    let live = true;
    (async () => {
      try {
        const id = await storage.lastDocId();
        const doc = id ? await storage.loadDoc(id) : undefined;
        if (!live) return;
        if (doc) {
          store.getState().load(doc);
          setScreen('editor');
          return;
        }
      } catch {
        // No storage: start from the gallery.
      }
      if (live) setScreen('start');
    })();
    return () => {
      live = false;
    };
  }, [store]);

  const open = useCallback(
    async (doc: OrgDoc) => {
      if (timer.current) await flush();
      // A preset or a file without positions is laid out before it is shown.
      if (needsLayout(doc)) {
        setScreen('loading');
        doc = await laidOut(doc);
      }
      store.getState().load(doc);
      setScreen('editor');
      await storage.saveDoc(doc).catch(() => undefined);
    },
    [store, flush],
  );

  const newDoc = useCallback(() => open(emptyDoc(newDocId())), [open]);

  const openPresetById = useCallback(
    (presetId: string) => {
      const doc = openPreset(presetId);
      if (!doc) return;
      const now = new Date().toISOString();
      return open({
        ...doc,
        id: newDocId(presetId),
        meta: { ...doc.meta, created: now, modified: now },
      });
    },
    [open],
  );

  const openFile = useCallback(
    async (file?: File) => {
      const f = file ?? (await pickFile());
      if (!f) return;
      const r = await readOrgFile(f);
      if (!r.ok) {
        setProblems({ name: f.name, list: r.problems });
        return;
      }
      // A file keeps its id, so saving it again updates the same entry; a clash with the open
      // document's id after edits elsewhere is resolved by the newer modification time.
      await open(r.doc);
      if (r.migratedFrom !== undefined)
        store
          .getState()
          .notify(
            'info',
            `Opened a schema ${r.migratedFrom} file and updated it to schema ${SCHEMA_VERSION}.`,
          );
    },
    [open, store],
  );

  const save = useCallback(() => saveAsJson(store.getState().doc), [store]);

  const openSaved = useCallback(
    async (id: string) => {
      const doc = await storage.loadDoc(id);
      if (doc) await open(doc);
      else store.getState().notify('error', 'That organogram could not be read.');
    },
    [open, store],
  );

  const rename = useCallback(
    async (id: string, title: string) => {
      if (id === store.getState().doc.id) {
        store.getState().edit((d) => commands.setDocInfo(d, { title }));
        await flush();
        return;
      }
      const doc = await storage.loadDoc(id);
      if (doc) await storage.saveDoc({ ...doc, title }, { open: false });
    },
    [store, flush],
  );

  const duplicate = useCallback(async (id: string) => {
    const doc = await storage.loadDoc(id);
    if (!doc) return;
    const copy = { ...doc, id: newDocId(), title: `${doc.title} (copy)` };
    await storage.saveDoc(
      { ...copy, meta: { ...doc.meta, modified: new Date().toISOString() } },
      { open: false },
    );
  }, []);

  const remove = useCallback(
    async (id: string) => {
      await storage.deleteDoc(id);
      if (id === store.getState().doc.id) setScreen('start');
    },
    [store],
  );

  return {
    screen,
    setScreen,
    problems,
    clearProblems: () => setProblems(undefined),
    newDoc,
    openPresetById,
    openFile,
    save,
    openSaved,
    rename,
    duplicate,
    remove,
  };
}
