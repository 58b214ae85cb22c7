import type { Point } from './types';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

const EPS = 0.01;

/** Drops repeated points, turns tiny diagonal steps into elbows and removes collinear bends. */
export function tidy(points: readonly Point[]): Point[] {
  const out: Point[] = [];
  for (const p of points) {
    const q = { x: p.x, y: p.y };
    const prev = out[out.length - 1];
    if (prev && Math.abs(prev.x - q.x) < EPS && Math.abs(prev.y - q.y) < EPS) continue;
    if (prev && Math.abs(prev.x - q.x) >= EPS && Math.abs(prev.y - q.y) >= EPS) {
      // Keep routes orthogonal: step along the longer axis first.
      const elbow =
        Math.abs(prev.x - q.x) >= Math.abs(prev.y - q.y)
          ? { x: q.x, y: prev.y }
          : { x: prev.x, y: q.y };
      out.push(elbow);
    }
    out.push(q);
  }
  // Remove middle points of straight runs (and of runs that double back on themselves).
  for (let i = out.length - 2; i >= 1; i--) {
    const a = out[i - 1] as Point;
    const b = out[i] as Point;
    const c = out[i + 1] as Point;
    const sameX = Math.abs(a.x - b.x) < EPS && Math.abs(b.x - c.x) < EPS;
    const sameY = Math.abs(a.y - b.y) < EPS && Math.abs(b.y - c.y) < EPS;
    if (sameX || sameY) out.splice(i, 1);
  }
  return out;
}

/** The point where the segment from inside `box` towards `to` leaves it. */
export function clipToBox(box: Box, from: Point, to: Point): Point {
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  let t = 1;
  if (dx > 0) t = Math.min(t, (box.x + box.width - from.x) / dx);
  if (dx < 0) t = Math.min(t, (box.x - from.x) / dx);
  if (dy > 0) t = Math.min(t, (box.y + box.height - from.y) / dy);
  if (dy < 0) t = Math.min(t, (box.y - from.y) / dy);
  return { x: from.x + dx * Math.max(0, t), y: from.y + dy * Math.max(0, t) };
}

/** A route for a link ELK did not route: a straight line between the two boxes' borders. */
export function straightRoute(a: Box, b: Box): Point[] {
  const ca = { x: a.x + a.width / 2, y: a.y + a.height / 2 };
  const cb = { x: b.x + b.width / 2, y: b.y + b.height / 2 };
  return [clipToBox(a, ca, cb), clipToBox(b, cb, ca)];
}
