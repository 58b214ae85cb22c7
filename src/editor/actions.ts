import {
  commands,
  containerAt,
  copyUnits,
  findKind,
  freshId,
  pasteClip,
  relativeTo,
  UNIT_SIZE,
} from '../model';
import type { Clip, Unit } from '../model';
import type { EditorStore } from '../state';
import { currentLanguage } from '../i18n';
import { kindText } from '../i18n';

/** Adds a unit of `kindId` centred on a canvas point, inside the container under that point. */
export function addUnitAt(
  store: EditorStore,
  kindId: string,
  point: { x: number; y: number },
): string | undefined {
  const kind = findKind(kindId);
  if (!kind) return undefined;
  const { doc, edit, select } = store.getState();
  const id = freshId(doc, kind.id);
  const size = kind.container ? { width: 360, height: 220 } : UNIT_SIZE;
  const topLeft = {
    x: Math.round(point.x - size.width / 2),
    y: Math.round(point.y - size.height / 2),
  };
  const parent = containerAt(doc, point)?.id;
  // Added while the app is in French, a unit is also named in French, so the planner sees the
  // kind's French name on the card rather than the English one.
  const lang = currentLanguage();
  const labelFr = lang === 'fr' ? kindText(kind, 'name', lang) : undefined;
  const unit: Unit = {
    id,
    kind: kind.id,
    label: kind.name,
    ...(labelFr && labelFr !== kind.name ? { labelFr } : {}),
    position: relativeTo(doc, parent, topLeft),
    provenance: { status: 'user' },
    ...(parent ? { parent } : {}),
    ...(kind.container ? { size } : {}),
  };
  edit((d) => commands.addUnit(d, unit));
  select({ units: [id], links: [] });
  return id;
}

/** Deletes the selected units (with their contents and links) and links as one step. */
export function deleteSelection(store: EditorStore): void {
  const { view, edit, select } = store.getState();
  const { units, links } = view.selection;
  if (units.length === 0 && links.length === 0) return;
  edit((d) => {
    commands.removeLinks(d, links);
    commands.removeUnits(d, units);
  });
  select({ units: [], links: [] });
}

const CLIP_KEY = 'poc-organogram.clipboard';
let memoryClip: Clip | undefined;

/** Copies the selected units; the clip survives switching documents (and reaches other tabs). */
export function copySelection(store: EditorStore): number {
  const { doc, view } = store.getState();
  if (view.selection.units.length === 0) return 0;
  memoryClip = copyUnits(doc, view.selection.units);
  pasteCount = 0;
  try {
    localStorage.setItem(CLIP_KEY, JSON.stringify(memoryClip));
  } catch {
    // Storage may be full or blocked; the in-memory clip still works in this tab.
  }
  return memoryClip.units.length;
}

let pasteCount = 0;

function readClip(): Clip | undefined {
  try {
    const text = localStorage.getItem(CLIP_KEY);
    if (text) {
      const clip = JSON.parse(text) as Clip;
      if (Array.isArray(clip.units) && Array.isArray(clip.links)) return clip;
    }
  } catch {
    // Fall back to this tab's clip.
  }
  return memoryClip;
}

/** Pastes the clip, offset a little more each time, and selects what was pasted. */
export function pasteClipboard(store: EditorStore): number {
  const clip = readClip();
  if (!clip || clip.units.length === 0) return 0;
  pasteCount += 1;
  const offset = { x: 32 * pasteCount, y: 32 * pasteCount };
  let ids: string[] = [];
  store.getState().edit((d) => {
    ids = pasteClip(d, clip, offset);
  });
  store.getState().select({ units: ids, links: [] });
  return ids.length;
}

/** Duplicates the selection in place (offset), leaving the clipboard as it was. */
export function duplicateSelection(store: EditorStore): number {
  const { doc, view } = store.getState();
  if (view.selection.units.length === 0) return 0;
  const clip = copyUnits(doc, view.selection.units);
  let ids: string[] = [];
  store.getState().edit((d) => {
    ids = pasteClip(d, clip, { x: 32, y: 32 });
  });
  store.getState().select({ units: ids, links: [] });
  return ids.length;
}

/** Moves the selected units by a step; a burst of nudges is one undo step. */
export function nudgeSelection(store: EditorStore, dx: number, dy: number): void {
  const { doc, view, edit } = store.getState();
  const sel = new Set(view.selection.units);
  // Move only the outermost selected units: children travel with their container.
  const moves = view.selection.units
    .map((id) => doc.units[id])
    .filter((u): u is Unit => !!u && !(u.parent && sel.has(u.parent)))
    .map((u) => ({
      id: u.id,
      position: { x: (u.position?.x ?? 0) + dx, y: (u.position?.y ?? 0) + dy },
    }));
  if (moves.length) edit((d) => commands.moveUnits(d, moves), { merge: 'nudge' });
}
