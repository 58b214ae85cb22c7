import { Position } from '@xyflow/react';
import type { InternalNode } from '@xyflow/react';

type Box = { x: number; y: number; w: number; h: number };

function box(n: InternalNode): Box {
  const p = n.internals.positionAbsolute;
  return {
    x: p.x,
    y: p.y,
    w: n.measured.width ?? n.width ?? 0,
    h: n.measured.height ?? n.height ?? 0,
  };
}

/**
 * Where a link meets its two units: the facing sides, so that a line to a unit above leaves from
 * the top and a line to a unit beside leaves from the side, wherever the units have been moved.
 */
export function floatingEnds(source: InternalNode, target: InternalNode) {
  const a = box(source);
  const b = box(target);
  const gapBelow = b.y - (a.y + a.h);
  const gapAbove = a.y - (b.y + b.h);
  if (gapBelow > 8 || gapAbove > 8) {
    const down = gapBelow > 8;
    return {
      sx: a.x + a.w / 2,
      sy: down ? a.y + a.h : a.y,
      sp: down ? Position.Bottom : Position.Top,
      tx: b.x + b.w / 2,
      ty: down ? b.y : b.y + b.h,
      tp: down ? Position.Top : Position.Bottom,
    };
  }
  const right = b.x + b.w / 2 > a.x + a.w / 2;
  return {
    sx: right ? a.x + a.w : a.x,
    sy: a.y + a.h / 2,
    sp: right ? Position.Right : Position.Left,
    tx: right ? b.x : b.x + b.w,
    ty: b.y + b.h / 2,
    tp: right ? Position.Left : Position.Right,
  };
}
