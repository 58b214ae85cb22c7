import { findKind } from './catalogue';
import { childrenOf, isContainer, levelOf } from './doc';
import type { OrgDoc, Unit } from './schema';
import { LEVELS } from './vocabulary';

/** Default drawn size of a unit card and of a forum, in canvas pixels. */
export const UNIT_SIZE = { width: 168, height: 64 };
export const CONTAINER_HEADER = 36;
export const CONTAINER_PAD = 16;
const GAP_X = 24;
const GAP_Y = 40;
const PER_ROW = 5;

type Placed = { position: { x: number; y: number }; size?: { width: number; height: number } };

/**
 * A simple, deterministic placement for documents without positions: units in rows by level
 * (strategic on top), containers below, externals in a column on the right, and each container's
 * children in a grid inside it. Auto-layout replaces it with a proper layered layout.
 * Returns positions (relative to the parent) for every unit that had none, and sizes for containers.
 */
export function gridPlacement(doc: OrgDoc): Record<string, Placed> {
  const out: Record<string, Placed> = {};
  placeLevel(doc, undefined, out);
  return out;
}

function placeLevel(doc: OrgDoc, parent: string | undefined, out: Record<string, Placed>) {
  const kids = childrenOf(doc, parent);
  const containers = kids.filter(isContainer);
  const externals = kids.filter(
    (u) => !isContainer(u) && findKind(u.kind)?.location === 'external',
  );
  const plain = kids.filter((u) => !isContainer(u) && !externals.includes(u));
  const sizes = new Map(containers.map((c) => [c.id, placeLevel(doc, c.id, out)]));
  const top = parent ? CONTAINER_HEADER + CONTAINER_PAD : 0;
  const left = parent ? CONTAINER_PAD : 0;
  let y = top;
  let width = 0;
  for (const level of LEVELS) {
    const row = plain.filter((u) => levelOf(u) === level);
    if (row.length === 0) continue;
    const rows = Math.ceil(row.length / PER_ROW);
    row.forEach((u, i) => {
      const x = left + (i % PER_ROW) * (UNIT_SIZE.width + GAP_X);
      set(out, u, { x, y: y + Math.floor(i / PER_ROW) * (UNIT_SIZE.height + GAP_Y) });
    });
    width = Math.max(width, Math.min(row.length, PER_ROW) * (UNIT_SIZE.width + GAP_X));
    y += rows * (UNIT_SIZE.height + GAP_Y);
  }
  let x = left;
  let rowHeight = 0;
  for (const c of containers) {
    const size = sizes.get(c.id)!;
    set(out, c, { x, y });
    x += size.width + GAP_X;
    rowHeight = Math.max(rowHeight, size.height);
  }
  width = Math.max(width, x - left);
  if (containers.length) y += rowHeight + GAP_Y;
  externals.forEach((u, i) =>
    set(out, u, { x: left + width + GAP_X * 2, y: top + i * (UNIT_SIZE.height + GAP_Y / 2) }),
  );
  if (externals.length) width += GAP_X * 2 + UNIT_SIZE.width;
  y = Math.max(y, top + externals.length * (UNIT_SIZE.height + GAP_Y / 2));
  const size = { width: Math.max(width + CONTAINER_PAD, 240), height: Math.max(y, top + 60) };
  if (parent) {
    const p = doc.units[parent];
    if (p && !p.size) out[parent] = { ...(out[parent] ?? { position: { x: 0, y: 0 } }), size };
  }
  return doc.units[parent ?? '']?.size ?? size;
}

function set(out: Record<string, Placed>, u: Unit, position: { x: number; y: number }) {
  if (u.position) return;
  out[u.id] = { ...(out[u.id] ?? {}), position };
}

/** A copy of the document where every unit has a position and every container a size. */
export function withPlacement(doc: OrgDoc): OrgDoc {
  const placed = gridPlacement(doc);
  if (Object.keys(placed).length === 0) return doc;
  const units = { ...doc.units };
  for (const [id, p] of Object.entries(placed)) {
    const u = units[id];
    if (!u) continue;
    units[id] = {
      ...u,
      position: u.position ?? p.position,
      ...(p.size && !u.size ? { size: p.size } : {}),
    };
  }
  return { ...doc, units };
}
