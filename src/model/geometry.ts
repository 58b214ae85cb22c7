import { ancestors, descendantIds, isContainer } from './doc';
import { UNIT_SIZE } from './placement';
import type { OrgDoc, Unit } from './schema';

type Point = { x: number; y: number };
type Size = { width: number; height: number };

/** A unit's drawn size: containers carry their own, every other unit has the card size. */
export function sizeOf(unit: Unit): Size {
  return unit.size ?? (isContainer(unit) ? { width: 320, height: 200 } : UNIT_SIZE);
}

/** A unit's top-left corner in canvas coordinates (positions are stored relative to the parent). */
export function absolutePosition(doc: OrgDoc, id: string): Point {
  const u = doc.units[id];
  if (!u) return { x: 0, y: 0 };
  let x = u.position?.x ?? 0;
  let y = u.position?.y ?? 0;
  for (const a of ancestors(doc, id)) {
    x += a.position?.x ?? 0;
    y += a.position?.y ?? 0;
  }
  return { x, y };
}

/**
 * The innermost container whose box holds `point` (canvas coordinates), ignoring `exclude`
 * and everything inside it (a container cannot be dropped into itself).
 */
export function containerAt(doc: OrgDoc, point: Point, exclude?: string): Unit | undefined {
  const banned = new Set(exclude ? [exclude, ...descendantIds(doc, exclude)] : []);
  let best: Unit | undefined;
  let bestDepth = -1;
  for (const u of Object.values(doc.units)) {
    if (!isContainer(u) || banned.has(u.id)) continue;
    const p = absolutePosition(doc, u.id);
    const s = sizeOf(u);
    if (point.x < p.x || point.y < p.y || point.x > p.x + s.width || point.y > p.y + s.height)
      continue;
    const depth = ancestors(doc, u.id).length;
    if (depth > bestDepth) {
      best = u;
      bestDepth = depth;
    }
  }
  return best;
}

/** Converts a canvas point to a position relative to `parent` (or the canvas for undefined). */
export function relativeTo(doc: OrgDoc, parent: string | undefined, point: Point): Point {
  if (!parent) return { x: point.x, y: point.y };
  const p = absolutePosition(doc, parent);
  return { x: point.x - p.x, y: point.y - p.y };
}
