import { parseDocument, serializeDocument } from '../model';
import type { EditorStore } from '../state';

declare global {
  interface Window {
    __organogram?: {
      docText: () => string;
      unitCount: () => number;
      linkCount: () => number;
      load: (text: string) => boolean;
    };
  }
}

/**
 * A small read-mostly handle for browser tests and for support: read the open document as file
 * text, or load file text through the same parser as "Open". It can do nothing a user cannot.
 */
export function exposeTestHook(store: EditorStore) {
  window.__organogram = {
    docText: () => serializeDocument(store.getState().doc),
    unitCount: () => Object.keys(store.getState().doc.units).length,
    linkCount: () => Object.keys(store.getState().doc.links).length,
    load: (text) => {
      const r = parseDocument(text);
      if (r.ok) store.getState().load(r.doc);
      return r.ok;
    },
  };
  return () => {
    delete window.__organogram;
  };
}
