import { useCallback, useEffect, useRef, useState } from 'react';
import { produce } from 'immer';
import { commands, docTitleIn, emptyDoc, SCHEMA_VERSION } from '../model';
import type { OrgDoc, Problem } from '../model';
import { openPreset, storage } from '../state';
import type { EditorStore } from '../state';
import { laidOut, needsLayout } from '../editor';
import { pickFile, readOrgFile, saveAsJson } from '../ui';
import { useTabGuard } from './useTabGuard';
import { copyOf, newDocId } from './copy';
import { currentLanguage, fixedT } from '../i18n';

const AUTOSAVE_MS = 400;

/**
 * Owns the document lifecycle: restore the last document on start, autosave each change within a
 * second, open presets and files, and manage "My organograms". A file that fails to parse never
 * replaces the open document. A failed save keeps the work in memory, shows `fault` and is retried
 * at the next change; another tab's save of the document pauses autosave until `conflict` is
 * resolved.
 */
export function useDocuments(store: EditorStore) {
  const [screen, setScreen] = useState<'loading' | 'start' | 'editor'>('loading');
  const [problems, setProblems] = useState<{ name: string; list: Problem[] }>();
  const [fault, setFault] = useState<string>();
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const editing = useRef(false);
  // Saves run one after another, so each one's `ifModified` is what the previous one wrote.
  const queue = useRef<Promise<void>>(Promise.resolve());
  const { conflict, actions: guard } = useTabGuard(store, () =>
    editing.current ? store.getState().doc.id : undefined,
  );
  useEffect(() => {
    editing.current = screen === 'editor';
  }, [screen]);

  /** Stores a document; `fresh` writes it whatever is stored (a file or copy the user opened). */
  const persist = useCallback(
    (doc: OrgDoc, fresh = false) => {
      const job = queue.current.then(async () => {
        if (guard.isPaused(doc.id)) return;
        try {
          const ifModified = fresh ? undefined : guard.known(doc.id);
          const modified = await storage.saveDoc(doc, { ifModified });
          guard.remember(doc.id, modified);
          setFault(undefined);
          guard.announceSaved(doc.id, modified);
        } catch (e) {
          if (e instanceof storage.SaveConflictError) guard.pause(doc.id);
          else setFault(e instanceof Error ? e.message : String(e));
        }
      });
      queue.current = job;
      return job;
    },
    [guard],
  );

  const flush = useCallback(() => {
    clearTimeout(timer.current);
    timer.current = undefined;
    // Only recorded steps are saved: never a drag frame or a layout preview still on screen.
    const { doc, gestureBase } = store.getState();
    return persist(gestureBase ?? doc);
  }, [store, persist]);

  // Autosave: every document change schedules a write; leaving the page writes at once.
  useEffect(() => {
    const unsub = store.subscribe((s, prev) => {
      if (s.doc === prev.doc || screen !== 'editor' || guard.isPaused(s.doc.id)) return;
      // A gesture (drag, layout preview) saves when it ends, as one step.
      if (s.gestureBase) return;
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
  }, [store, flush, screen, guard]);

  // On start, reopen the last document exactly as it was.
  useEffect(() => {
    let live = true;
    (async () => {
      try {
        const id = await storage.lastDocId();
        const saved = id ? await storage.loadSaved(id) : undefined;
        if (!live) return;
        if (saved) {
          guard.remember(saved.doc.id, saved.modified);
          store.getState().load(saved.doc);
          editing.current = true;
          setScreen('editor');
          guard.announceOpen(saved.doc.id);
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
  }, [store, guard]);

  const open = useCallback(
    async (doc: OrgDoc, { fresh = false }: { fresh?: boolean } = {}) => {
      if (timer.current) await flush();
      // A preset or a file without positions is laid out before it is shown.
      if (needsLayout(doc)) {
        setScreen('loading');
        doc = await laidOut(doc);
      }
      store.getState().load(doc);
      editing.current = true; // now, not after the render: replies to the announcement may be quick
      setScreen('editor');
      guard.announceOpen(doc.id);
      await persist(doc, fresh);
    },
    [store, flush, persist, guard],
  );

  // A new organogram is titled in the language the planner works in.
  const newDoc = useCallback(
    () => open(emptyDoc(newDocId(), fixedT(currentLanguage())('app.untitled'))),
    [open],
  );

  const openPresetById = useCallback(
    (presetId: string) => {
      const doc = openPreset(presetId);
      if (!doc) return;
      const now = new Date().toISOString();
      const meta = { ...doc.meta, created: now, modified: now };
      return open({ ...doc, id: newDocId(presetId), meta });
    },
    [open],
  );

  const openFile = useCallback(
    async (file?: File) => {
      const f = file ?? (await pickFile());
      if (!f) return;
      const r = await readOrgFile(f);
      if (!r.ok) return setProblems({ name: f.name, list: r.problems });
      // A file keeps its id, so saving it again updates the same entry: the user chose to open
      // it, so it replaces what is stored under that id (still kept in its version history).
      await open(r.doc, { fresh: true });
      const from = r.migratedFrom;
      if (from !== undefined)
        store
          .getState()
          .notify('info', (lang) =>
            fixedT(lang)('app.notice.migrated', { from, to: SCHEMA_VERSION }),
          );
    },
    [open, store],
  );

  const save = useCallback(() => saveAsJson(store.getState().doc), [store]);

  const openSaved = useCallback(
    async (id: string) => {
      if (timer.current) await flush(); // first, in case it is the document open here
      const saved = await storage.loadSaved(id).catch(() => undefined);
      if (!saved)
        return store.getState().notify('error', (lang) => fixedT(lang)('app.notice.unreadable'));
      guard.remember(id, saved.modified);
      await open(saved.doc);
    },
    [open, store, flush, guard],
  );

  const rename = useCallback(
    async (id: string, title: string, field: 'title' | 'titleFr' = 'title') => {
      const info = { [field]: title };
      if (id === store.getState().doc.id) {
        store.getState().edit((d) => commands.setDocInfo(d, info));
        await flush();
        return;
      }
      const doc = await storage.loadDoc(id);
      if (!doc) return;
      // Tell a tab that has it open, which then asks its user before saving over this.
      const renamed = produce(doc, (d) => commands.setDocInfo(d, info));
      const modified = await storage.saveDoc(renamed, { open: false });
      guard.announceSaved(id, modified);
    },
    [store, flush, guard],
  );

  const duplicate = useCallback(async (id: string) => {
    const doc = await storage.loadDoc(id);
    if (doc) await storage.saveDoc(copyOf(doc), { open: false });
  }, []);

  const remove = useCallback(
    async (id: string) => {
      // A pending autosave would write the deleted document back.
      if (id === store.getState().doc.id) clearTimeout(timer.current);
      await storage.deleteDoc(id);
      if (id === store.getState().doc.id) setScreen('start');
    },
    [store],
  );

  /** The other tab's save wins; if it cannot be read, this tab's work is kept and saved. */
  const loadTheirs = useCallback(async () => {
    if (await guard.loadTheirs()) return;
    store.getState().notify('error', (lang) => fixedT(lang)('app.notice.theirsUnreadable'));
    await persist(store.getState().doc, true);
  }, [guard, store, persist]);

  /** This tab's work becomes a new document "<title> (copy)"; theirs stays as stored. */
  const keepMine = useCallback(async () => {
    const copy = copyOf(store.getState().doc);
    guard.resume();
    // load, not edit: undoing into the old id would write over the other tab's document again.
    store.getState().load(copy);
    guard.announceOpen(copy.id);
    await persist(copy, true);
    store
      .getState()
      .notify('info', (lang) =>
        fixedT(lang)('app.notice.keptAs', { title: docTitleIn(copy, lang) }),
      );
  }, [guard, store, persist]);

  return {
    screen,
    setScreen,
    problems,
    clearProblems: () => setProblems(undefined),
    fault,
    conflict,
    loadTheirs,
    keepMine,
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
