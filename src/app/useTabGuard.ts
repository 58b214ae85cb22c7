import { useEffect, useMemo, useRef, useState } from 'react';
import { storage } from '../state';
import type { EditorStore } from '../state';
import { fixedT } from '../i18n';

/** The channel every tab of the app shares (same origin). */
export const TAB_CHANNEL = 'poc-organogram';
/** This page's own id, to ignore its own messages whatever else shares the channel. */
const tab = `tab-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;

type Message =
  /** A tab opened this document. Tabs that have it open answer "here". */
  | { type: 'open'; from: string; docId: string }
  | { type: 'here'; from: string; docId: string }
  /** A tab stored this document; `modified` is the stored row's modification time. */
  | { type: 'saved'; from: string; docId: string; modified: string };

/** Stable for the life of the tab, so effects that use them do not re-run. */
export interface TabGuardActions {
  /**
   * The stored row's modification time as this tab last read or wrote it. Saves pass it as
   * `ifModified`, so a row another tab changed meanwhile is never overwritten.
   */
  known: (docId: string) => string | undefined;
  remember: (docId: string, modified: string) => void;
  isPaused: (docId: string) => boolean;
  pause: (docId: string) => void;
  announceOpen: (docId: string) => void;
  announceSaved: (docId: string, modified: string) => void;
  /** Ends the conflict by loading the stored version; false (still resumed) if it is unreadable. */
  loadTheirs: () => Promise<boolean>;
  /** Ends the conflict without loading anything (the caller saves under a new id). */
  resume: () => void;
}

/**
 * Keeps two tabs from silently overwriting each other's work on one document. Each tab announces
 * the document it opens and each save it makes on a BroadcastChannel. A tab that hears a save of
 * the document it has open, with a modification time it did not write itself, pauses its autosave
 * of that document until the user chooses (TabConflictDialog). The same pause follows a save
 * refused by storage.saveDoc's `ifModified` check, which also covers a missed message or a
 * browser without BroadcastChannel.
 */
export function useTabGuard(
  store: EditorStore,
  /** The id of the document being edited in this tab, or undefined on the start screen. */
  openDocId: () => string | undefined,
): { conflict: string | undefined; actions: TabGuardActions } {
  const [conflict, setConflict] = useState<string>();
  const paused = useRef<string | undefined>(undefined);
  const base = useRef<{ id: string; modified: string } | undefined>(undefined);
  const channel = useRef<BroadcastChannel | undefined>(undefined);
  const openId = useRef(openDocId);
  useEffect(() => {
    openId.current = openDocId;
  });

  const actions = useMemo<TabGuardActions>(() => {
    const post = (m: Message) => {
      try {
        channel.current?.postMessage(m);
      } catch {
        // A closed channel (the page is going away): nothing to tell.
      }
    };
    const resume = () => {
      paused.current = undefined;
      setConflict(undefined);
    };
    return {
      known: (docId) => (base.current?.id === docId ? base.current.modified : undefined),
      remember: (docId, modified) => {
        base.current = { id: docId, modified };
      },
      isPaused: (docId) => paused.current === docId,
      pause: (docId) => {
        paused.current = docId;
        setConflict(docId);
      },
      announceOpen: (docId) => post({ type: 'open', from: tab, docId }),
      announceSaved: (docId, modified) => post({ type: 'saved', from: tab, docId, modified }),
      loadTheirs: async () => {
        const id = paused.current;
        const saved = id ? await storage.loadSaved(id).catch(() => undefined) : undefined;
        resume();
        if (!saved) return false;
        base.current = { id: saved.doc.id, modified: saved.modified };
        store.getState().load(saved.doc);
        return true;
      },
      resume,
    };
  }, [store]);

  useEffect(() => {
    if (typeof BroadcastChannel === 'undefined') return;
    const ch = new BroadcastChannel(TAB_CHANNEL);
    channel.current = ch;
    ch.onmessage = (e: MessageEvent<Message>) => {
      const m = e.data;
      const open = openId.current();
      if (!m || m.from === tab || !open || m.docId !== open) return;
      const notify = store.getState().notify;
      if (m.type === 'open') {
        ch.postMessage({ type: 'here', from: tab, docId: open } satisfies Message);
        notify('info', (lang) => fixedT(lang)('app.notice.alsoOpened'));
      } else if (m.type === 'here') {
        notify('info', (lang) => fixedT(lang)('app.notice.alreadyOpen'));
      } else if (m.type === 'saved' && m.modified !== actions.known(open)) {
        actions.pause(open);
      }
    };
    return () => {
      channel.current = undefined;
      ch.close();
    };
  }, [store, actions]);

  return { conflict, actions };
}
