import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  absolutePosition,
  findKind,
  isContainer,
  LEVELS,
  levelOf,
  parseDocument,
  sizeOf,
} from '../../src/model';
import type { OrgDoc } from '../../src/model';
import type { LayoutResult, Point, Size } from '../../src/layout/types';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

const TOL = 0.5;

/** The presets shipped with the app (the blank template included). */
export function loadPresets(): { name: string; doc: OrgDoc }[] {
  const dir = join(__dirname, '../../presets');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json'))
    .sort()
    .map((f) => {
      const r = parseDocument(readFileSync(join(dir, f), 'utf8'));
      if (!r.ok) throw new Error(`${f}: ${r.problems.map((p) => p.message).join('; ')}`);
      return { name: f.replace(/\.json$/, ''), doc: r.doc };
    });
}

/** The document with the layout's positions and sizes written in. */
export function applyResult(doc: OrgDoc, r: LayoutResult): OrgDoc {
  const units = { ...doc.units };
  for (const [id, position] of Object.entries(r.positions)) units[id] = { ...units[id]!, position };
  for (const [id, size] of Object.entries(r.sizes)) units[id] = { ...units[id]!, size };
  return { ...doc, units };
}

export const isSideColumn = (doc: OrgDoc, id: string) => {
  const u = doc.units[id]!;
  return u.parent === undefined && !isContainer(u) && findKind(u.kind)?.location === 'external';
};

const overlap = (a: Box, b: Box) =>
  a.x < b.x + b.width - TOL &&
  b.x < a.x + a.width - TOL &&
  a.y < b.y + b.height - TOL &&
  b.y < a.y + a.height - TOL;

function distanceToBorder(b: Box, p: Point): number {
  const inside = p.x >= b.x && p.x <= b.x + b.width && p.y >= b.y && p.y <= b.y + b.height;
  const dx = Math.max(b.x - p.x, 0, p.x - (b.x + b.width));
  const dy = Math.max(b.y - p.y, 0, p.y - (b.y + b.height));
  if (!inside) return Math.hypot(dx, dy);
  return Math.min(p.x - b.x, b.x + b.width - p.x, p.y - b.y, b.y + b.height - p.y);
}

/**
 * Everything a laid-out document must satisfy: returns the problems found, in words, so a failing
 * test says what went wrong. Bands run top-down for DOWN and left to right for RIGHT.
 */
export function layoutProblems(
  doc: OrgDoc,
  r: LayoutResult,
  opts: { sideColumn?: boolean; direction?: 'DOWN' | 'RIGHT'; sizes?: Record<string, Size> } = {},
): string[] {
  const sideColumn = opts.sideColumn ?? true;
  const down = (opts.direction ?? 'DOWN') === 'DOWN';
  const out: string[] = [];
  const d = applyResult(doc, r);
  const box = new Map<string, Box>();
  for (const u of Object.values(d.units)) {
    if (!u.position) {
      out.push(`${u.id} has no position`);
      continue;
    }
    const size = !isContainer(u) && opts.sizes?.[u.id] ? opts.sizes[u.id]! : sizeOf(u);
    box.set(u.id, { ...absolutePosition(d, u.id), ...size });
  }
  const kids = new Map<string | undefined, string[]>();
  for (const u of Object.values(d.units)) kids.set(u.parent, [...(kids.get(u.parent) ?? []), u.id]);

  for (const [parent, ids] of kids) {
    // No two sibling boxes overlap (units with units, containers with units and containers).
    for (let i = 0; i < ids.length; i++)
      for (let j = i + 1; j < ids.length; j++) {
        const a = box.get(ids[i]!);
        const b = box.get(ids[j]!);
        if (a && b && overlap(a, b)) out.push(`${ids[i]} overlaps ${ids[j]}`);
      }
    // Every child lies inside its container.
    if (parent !== undefined) {
      const p = box.get(parent);
      for (const id of ids) {
        const c = box.get(id);
        if (!p || !c) continue;
        if (
          c.x < p.x - TOL ||
          c.y < p.y - TOL ||
          c.x + c.width > p.x + p.width + TOL ||
          c.y + c.height > p.y + p.height + TOL
        )
          out.push(`${id} is not inside ${parent}`);
      }
    }
    // Level bands: strategic above operational above tactical, within the same container.
    const banded = ids.filter((id) => !(sideColumn && isSideColumn(d, id)));
    for (const a of banded)
      for (const b of banded) {
        const la = LEVELS.indexOf(levelOf(d.units[a]!));
        const lb = LEVELS.indexOf(levelOf(d.units[b]!));
        if (la >= lb) continue;
        const ba = box.get(a);
        const bb = box.get(b);
        const before = down
          ? ba && bb && ba.y + ba.height <= bb.y + TOL
          : ba && bb && ba.x + ba.width <= bb.x + TOL;
        if (ba && bb && !before)
          out.push(
            `${a} (${levelOf(d.units[a]!)}) is not before ${b} (${levelOf(d.units[b]!)}) in ${parent ?? 'the canvas'}`,
          );
      }
  }
  // External partners at the top level stand to the right of every mission unit.
  if (sideColumn) {
    const mission = [...box.entries()]
      .filter(([id]) => !isSideColumn(d, id))
      .map(([, b]) => b.x + b.width);
    const right = Math.max(-Infinity, ...mission);
    for (const id of Object.keys(d.units))
      if (isSideColumn(d, id) && box.get(id)!.x < right - TOL)
        out.push(`external ${id} is not right of the structure`);
  }
  // Every link has an orthogonal route from the source box to the target box.
  for (const l of Object.values(d.links)) {
    const pts = r.routes[l.id];
    if (!pts || pts.length < 2) {
      out.push(`link ${l.id} has no route`);
      continue;
    }
    const s = box.get(l.source);
    const t = box.get(l.target);
    if (s && distanceToBorder(s, pts[0]!) > 3)
      out.push(`link ${l.id} does not start at ${l.source}`);
    if (t && distanceToBorder(t, pts[pts.length - 1]!) > 3)
      out.push(`link ${l.id} does not end at ${l.target}`);
    for (let i = 1; i < pts.length; i++) {
      const a = pts[i - 1]!;
      const b = pts[i]!;
      if (Math.abs(a.x - b.x) > 0.01 && Math.abs(a.y - b.y) > 0.01) {
        out.push(`link ${l.id} has a diagonal segment`);
        break;
      }
    }
    if (pts.some((p) => !Number.isFinite(p.x) || !Number.isFinite(p.y)))
      out.push(`link ${l.id} has a non-finite point`);
  }
  return out;
}
