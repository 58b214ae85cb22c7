import type { InternalNode, Position } from '@xyflow/react';
import { floatingEnds as facingSides } from '../../export';

/**
 * Where a link meets its two units: the facing sides, so that a line to a unit above leaves from
 * the top and a line to a unit beside leaves from the side, wherever the units have been moved.
 * The geometry is the export's, so the canvas and every export draw the same line.
 */
export function floatingEnds(source: InternalNode, target: InternalNode) {
  const box = (n: InternalNode) => ({
    x: n.internals.positionAbsolute.x,
    y: n.internals.positionAbsolute.y,
    w: n.measured.width ?? n.width ?? 0,
    h: n.measured.height ?? n.height ?? 0,
  });
  const e = facingSides(box(source), box(target));
  // The export's side names are React Flow's Position values ('top', 'bottom', 'left', 'right').
  return { sx: e.s.x, sy: e.s.y, sp: e.sp as Position, tx: e.t.x, ty: e.t.y, tp: e.tp as Position };
}
