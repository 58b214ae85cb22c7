/**
 * Boxes on the drawing: a grid index for quick overlap tests when placing link badges, and the
 * running bounds of everything drawn.
 */
import type { Box } from './route';

/** A grid of boxes for quick overlap tests when placing badges. */
export class BoxIndex {
  private cells = new Map<number, Box[]>();
  private static readonly CELL = 128;
  private static key(i: number, j: number): number {
    return (i + 50_000) * 100_000 + (j + 50_000);
  }
  add(b: Box): void {
    const c = BoxIndex.CELL;
    for (let i = Math.floor(b.x / c); i <= Math.floor((b.x + b.w) / c); i++)
      for (let j = Math.floor(b.y / c); j <= Math.floor((b.y + b.h) / c); j++) {
        const k = BoxIndex.key(i, j);
        const list = this.cells.get(k);
        if (list) list.push(b);
        else this.cells.set(k, [b]);
      }
  }
  /** The area of `b` covered by the boxes in the index (a box in two cells counts twice: fine for ranking). */
  overlap(b: Box): number {
    const c = BoxIndex.CELL;
    let area = 0;
    for (let i = Math.floor(b.x / c); i <= Math.floor((b.x + b.w) / c); i++)
      for (let j = Math.floor(b.y / c); j <= Math.floor((b.y + b.h) / c); j++) {
        const list = this.cells.get(BoxIndex.key(i, j));
        if (!list) continue;
        for (const o of list) {
          const w = Math.min(b.x + b.w, o.x + o.w) - Math.max(b.x, o.x);
          const h = Math.min(b.y + b.h, o.y + o.h) - Math.max(b.y, o.y);
          if (w > 0 && h > 0) area += w * h;
        }
      }
    return area;
  }
}

/** The extent of the drawing so far. */
export interface Bounds {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export function grow(bd: Bounds, b: Box): void {
  bd.x0 = Math.min(bd.x0, b.x);
  bd.y0 = Math.min(bd.y0, b.y);
  bd.x1 = Math.max(bd.x1, b.x + b.w);
  bd.y1 = Math.max(bd.y1, b.y + b.h);
}
