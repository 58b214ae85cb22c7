import { produce } from 'immer';
import type { Draft } from 'immer';
import { createStore } from 'zustand/vanilla';
import { BUILT_IN_RULES } from '../model';
import type { Lang, OrgDoc, Rule } from '../model';
import { currentLanguage, fixedT } from '../i18n';
import { emptyHistory, record, redo, undo } from './history';
import type { History } from './history';

/** What is selected on the canvas. Not part of the document, not part of history. */
export interface Selection {
  units: string[];
  links: string[];
}

/** Session state: neither saved nor undoable. */
export interface ViewState {
  selection: Selection;
  snapToGrid: boolean;
  /** Bumped to ask the canvas to bring the selection into view. */
  focusRequest: number;
  /** Auto-layout options and progress. */
  layout: {
    direction: 'DOWN' | 'RIGHT';
    spacing: 'compact' | 'normal' | 'roomy';
    busy: boolean;
    units: number;
    /** A quick tree preview is on the canvas while ELK works (very large documents). */
    preview?: boolean;
    /** When the running layout started (for the elapsed time shown beside Cancel). */
    startedAt?: number;
  };
  /** Set for a moment after auto-layout so units glide to their new places. */
  animating: boolean;
  /** Whether units with findings carry a badge on the canvas. */
  showBadges: boolean;
  /** A short message for the user (a refused connection, a failed open). */
  notice?: Notice;
}

/**
 * A message for the user: plain text, or a function that says it in a given language. The
 * function form is the one to use: the Notices component calls it with the language on screen,
 * so a notice still visible when the user switches language is re-said in the new language
 * (text frozen when the message was made would stay in the old one).
 */
export type NoticeText = string | ((lang: Lang) => string);

export interface Notice {
  kind: 'info' | 'error';
  /** The message in the language the app was in when it was made (for tests and plain readers). */
  text: string;
  /** The message in any language, when it was given as a function. */
  textIn?: (lang: Lang) => string;
  at: number;
}

export interface EditOptions {
  /** Merge with the previous edit of the same key if it was less than a second ago. */
  merge?: string;
  /** Part of a gesture (a drag): replace the document without recording; endGesture records once. */
  transient?: boolean;
}

export interface EditorState {
  doc: OrgDoc;
  history: History;
  /** The document as it was when the running gesture began. */
  gestureBase?: OrgDoc;
  view: ViewState;
  /** The checklist in force: the built-in rules plus any loaded custom packs. */
  rules: readonly Rule[];
  setRules: (rules: readonly Rule[]) => void;
  /** Applies an immer recipe to the document as one undoable step. */
  edit: (recipe: (d: Draft<OrgDoc>) => void, opts?: EditOptions) => void;
  beginGesture: () => void;
  endGesture: () => void;
  /** Ends the running gesture by putting the document back as it was when the gesture began. */
  cancelGesture: () => void;
  undo: () => void;
  redo: () => void;
  /** Replaces the document (open, new, preset): clears history and selection. */
  load: (doc: OrgDoc) => void;
  select: (selection: Partial<Selection>) => void;
  setView: (patch: Partial<ViewState>) => void;
  notify: (kind: 'info' | 'error', text: NoticeText) => void;
}

const emptySelection: Selection = { units: [], links: [] };

/** Creates one editor store; the app makes one, every test makes its own. */
export function createEditorStore(initial: OrgDoc) {
  return createStore<EditorState>()((set, get) => {
    /** Moves through history one step (undo or redo), ending any gesture. */
    const step = (move: typeof undo) => {
      if (refuseWhilePreview()) return;
      const r = move(get().history, get().doc);
      if (r)
        set({
          doc: r.doc,
          history: r.history,
          gestureBase: undefined,
          view: pruneSelection(get().view, r.doc),
        });
    };
    /** While a layout preview is on screen the document is frozen: an edit would be lost. */
    const refuseWhilePreview = () => {
      if (!get().view.layout.preview) return false;
      get().notify('info', (lang) => fixedT(lang)('editor.layoutFrozen'));
      return true;
    };
    return {
      doc: initial,
      history: emptyHistory(),
      view: {
        selection: emptySelection,
        snapToGrid: true,
        focusRequest: 0,
        showBadges: true,
        layout: { direction: 'DOWN', spacing: 'normal', busy: false, units: 0 },
        animating: false,
      },
      rules: BUILT_IN_RULES,
      setRules: (rules) => set({ rules }),
      edit: (recipe, opts = {}) => {
        if (!opts.transient && refuseWhilePreview()) return;
        const { doc, history, gestureBase } = get();
        const next = produce(doc, recipe);
        if (next === doc) return;
        // Drag frames replace the document as they come; the gesture's end stamps and records it.
        if (opts.transient || gestureBase) {
          set({ doc: next, ...(gestureBase ? {} : { gestureBase: doc }) });
          return;
        }
        const stamped = stampModified(next);
        set({
          doc: stamped,
          history: record(history, doc, opts.merge),
          view: pruneSelection(get().view, stamped),
        });
      },
      beginGesture: () => {
        if (!get().gestureBase) set({ gestureBase: get().doc });
      },
      endGesture: () => {
        const { gestureBase, doc, history } = get();
        if (!gestureBase) return;
        if (gestureBase === doc) set({ gestureBase: undefined });
        else
          set({
            doc: stampModified(doc),
            gestureBase: undefined,
            history: record(history, gestureBase),
          });
      },
      cancelGesture: () => {
        const { gestureBase } = get();
        if (!gestureBase) return;
        set({
          doc: gestureBase,
          gestureBase: undefined,
          view: pruneSelection(get().view, gestureBase),
        });
      },
      undo: () => step(undo),
      redo: () => step(redo),
      load: (doc) =>
        set({
          doc,
          history: emptyHistory(),
          gestureBase: undefined,
          view: { ...get().view, selection: emptySelection },
        }),
      select: (s) => {
        const cur = get().view.selection;
        const next = { units: s.units ?? cur.units, links: s.links ?? cur.links };
        if (sameIds(next.units, cur.units) && sameIds(next.links, cur.links)) return;
        set({ view: { ...get().view, selection: next } });
      },
      setView: (patch) => set({ view: { ...get().view, ...patch } }),
      notify: (kind, text) => {
        const notice: Notice =
          typeof text === 'string'
            ? { kind, text, at: Date.now() }
            : { kind, text: text(currentLanguage()), textIn: text, at: Date.now() };
        set({ view: { ...get().view, notice } });
      },
    };
  });
}

export type EditorStore = ReturnType<typeof createEditorStore>;

function sameIds(a: string[], b: string[]) {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** The document with its modification time set to now (one small new meta object). */
function stampModified(doc: OrgDoc): OrgDoc {
  return produce(doc, (d) => {
    d.meta.modified = new Date().toISOString();
  });
}

/** Drops selected ids that no longer exist (after delete or undo). */
function pruneSelection(view: ViewState, doc: OrgDoc): ViewState {
  const { units, links } = view.selection;
  const u = units.filter((id) => doc.units[id]);
  const l = links.filter((id) => doc.links[id]);
  if (u.length === units.length && l.length === links.length) return view;
  return { ...view, selection: { units: u, links: l } };
}
