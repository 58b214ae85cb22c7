/**
 * Link routes for the exports, drawn as the canvas draws them: the link meets the facing sides of
 * its two units (editor/edges/floating.ts) and runs as a right-angled path with rounded corners
 * (React Flow's smooth-step edge). Pure geometry.
 */

export interface Point {
  x: number;
  y: number;
}

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

type Side = 'top' | 'bottom' | 'left' | 'right';

/** Where a link meets its two boxes: the facing sides, exactly as the canvas decides. */
export function floatingEnds(a: Box, b: Box): { s: Point; t: Point; sp: Side; tp: Side } {
  const gapBelow = b.y - (a.y + a.h);
  const gapAbove = a.y - (b.y + b.h);
  if (gapBelow > 8 || gapAbove > 8) {
    const down = gapBelow > 8;
    return {
      s: { x: a.x + a.w / 2, y: down ? a.y + a.h : a.y },
      sp: down ? 'bottom' : 'top',
      t: { x: b.x + b.w / 2, y: down ? b.y : b.y + b.h },
      tp: down ? 'top' : 'bottom',
    };
  }
  const right = b.x + b.w / 2 > a.x + a.w / 2;
  return {
    s: { x: right ? a.x + a.w : a.x, y: a.y + a.h / 2 },
    sp: right ? 'right' : 'left',
    t: { x: right ? b.x : b.x + b.w, y: b.y + b.h / 2 },
    tp: right ? 'left' : 'right',
  };
}

const OFFSET = 20;

/**
 * The corner points of a smooth-step route between two boxes: down (or up) to the middle, across,
 * and on to the target; or sideways, with a detour when the two sides do not face each other.
 */
export function floatingRoute(a: Box, b: Box): Point[] {
  const { s, t, sp } = floatingEnds(a, b);
  if (sp === 'top' || sp === 'bottom') {
    if (Math.abs(s.x - t.x) < 0.5) return [s, t];
    const my = (s.y + t.y) / 2;
    return [s, { x: s.x, y: my }, { x: t.x, y: my }, t];
  }
  const dir = sp === 'right' ? 1 : -1;
  if ((t.x - s.x) * dir >= 2 * OFFSET || ((t.x - s.x) * dir > 0 && Math.abs(s.y - t.y) < 0.5)) {
    if (Math.abs(s.y - t.y) < 0.5) return [s, t];
    const mx = (s.x + t.x) / 2;
    return [s, { x: mx, y: s.y }, { x: mx, y: t.y }, t];
  }
  // The target's near side is behind the source's: step out, across and back in.
  const my = (s.y + t.y) / 2;
  const sx = s.x + dir * OFFSET;
  const tx = t.x - dir * OFFSET;
  return [s, { x: sx, y: s.y }, { x: sx, y: my }, { x: tx, y: my }, { x: tx, y: t.y }, t];
}

const r2 = (v: number) => Math.round(v * 100) / 100;

/** An SVG path through the points with rounded corners of at most `radius`. */
export function roundedPath(points: readonly Point[], radius = 10): string {
  const pts = dedupe(points);
  if (pts.length === 0) return '';
  const first = pts[0] as Point;
  let d = `M${r2(first.x)} ${r2(first.y)}`;
  for (let i = 1; i < pts.length; i++) {
    const b = pts[i] as Point;
    const c = pts[i + 1];
    if (!c) {
      d += `L${r2(b.x)} ${r2(b.y)}`;
      break;
    }
    const a = pts[i - 1] as Point;
    const lab = Math.hypot(b.x - a.x, b.y - a.y);
    const lbc = Math.hypot(c.x - b.x, c.y - b.y);
    const r = Math.min(radius, lab / 2, lbc / 2);
    if (r < 0.5) {
      d += `L${r2(b.x)} ${r2(b.y)}`;
      continue;
    }
    const p1 = { x: b.x + ((a.x - b.x) / lab) * r, y: b.y + ((a.y - b.y) / lab) * r };
    const p2 = { x: b.x + ((c.x - b.x) / lbc) * r, y: b.y + ((c.y - b.y) / lbc) * r };
    d += `L${r2(p1.x)} ${r2(p1.y)}Q${r2(b.x)} ${r2(b.y)} ${r2(p2.x)} ${r2(p2.y)}`;
  }
  return d;
}

function dedupe(points: readonly Point[]): Point[] {
  const out: Point[] = [];
  for (const p of points) {
    const q = out[out.length - 1];
    if (q && Math.abs(q.x - p.x) < 0.01 && Math.abs(q.y - p.y) < 0.01) continue;
    out.push(p);
  }
  return out;
}

/** The length of a polyline. */
export function routeLength(points: readonly Point[]): number {
  let len = 0;
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1] as Point;
    const b = points[i] as Point;
    len += Math.hypot(b.x - a.x, b.y - a.y);
  }
  return len;
}

/** The point a fraction of the way along a polyline (pass its length when it is known). */
export function pointAlong(
  points: readonly Point[],
  fraction: number,
  total = routeLength(points),
): Point {
  let left = total * Math.min(1, Math.max(0, fraction));
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1] as Point;
    const b = points[i] as Point;
    const seg = Math.hypot(b.x - a.x, b.y - a.y);
    if (left <= seg && seg > 0) {
      return { x: a.x + ((b.x - a.x) * left) / seg, y: a.y + ((b.y - a.y) * left) / seg };
    }
    left -= seg;
  }
  const last = points[points.length - 1];
  return last ? { x: last.x, y: last.y } : { x: 0, y: 0 };
}
