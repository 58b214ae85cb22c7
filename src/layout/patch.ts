import type { OrgDoc } from '../model';
import type { LayoutResult, Point, Size } from './types';

/** One unit's new place (and, for a container, its new size). */
export interface LayoutMove {
  id: string;
  /** Relative to the unit's parent container, as the model stores it. */
  position: Point;
  size?: Size;
}

const same = (a: { x: number; y: number } | undefined, b: { x: number; y: number }) =>
  !!a && a.x === b.x && a.y === b.y;
const sameSize = (a: Size | undefined, b: Size) =>
  !!a && a.width === b.width && a.height === b.height;

/**
 * The moves that turn a document into its layout, in document order, leaving out units that do
 * not change (so they keep their identity). The editor applies them as one undoable command.
 */
export function layoutPatch(doc: OrgDoc, result: LayoutResult): LayoutMove[] {
  const moves: LayoutMove[] = [];
  for (const u of Object.values(doc.units)) {
    const position = result.positions[u.id];
    const size = result.sizes[u.id];
    if (!position && !size) continue;
    const pos = position ?? u.position ?? { x: 0, y: 0 };
    const moved = !same(u.position, pos);
    const resized = !!size && !sameSize(u.size, size);
    if (!moved && !resized) continue;
    moves.push(resized ? { id: u.id, position: pos, size } : { id: u.id, position: pos });
  }
  return moves;
}
