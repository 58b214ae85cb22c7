/**
 * The structure metrics read per area (metrics.ts): the centralisation index, hops per field
 * container and field coverage. Each is linear in the document, times the nesting depth of
 * field containers.
 */
import { levelOf } from './doc';
import type { LinkKind } from './link-kinds';
import { MEMBERSHIP_KINDS } from './rules';
import type { Graph } from './rules';
import type { Unit } from './schema';

/** Field tools that raise community alerts (as the checklist's W4 and W5 read them). */
export const ALERT_KINDS = ['cla', 'can'];
const FOCAL_KIND = 'poc-focal-point';
/** Links by which a unit takes part in a forum (feeding a forum is not taking part in it). */
const FORUM_TIES = new Set<LinkKind>([...MEMBERSHIP_KINDS, 'secretariat-of']);

export const share = (part: number, whole: number) => (whole === 0 ? null : part / whole);

/** Hops from one place to the JOC and to the HoM; null when no path exists. */
export interface Hops {
  id: string;
  toJoc: number | null;
  toHom: number | null;
}

export interface Centralisation {
  index: number | null;
  hqWeight: number;
  totalWeight: number;
  /** Forums and tasking bodies counted. */
  bodies: number;
}

export interface FieldCoverage {
  /** Field containers (field offices, sectors, county support bases). */
  offices: number;
  forum: number | null;
  focalPoint: number | null;
  communityMechanism: number | null;
  all: number | null;
}

/** The centralisation index as StructureMetrics.centralisation defines it. */
export function centralisationOf(g: Graph, taskers: ReadonlySet<string>): Centralisation {
  let hqWeight = 0;
  let totalWeight = 0;
  let bodies = 0;
  for (const u of g.units) {
    const k = g.kindOf(u);
    if (!k || k.container || g.isExternal(u) || !(k.forum || taskers.has(u.id))) continue;
    const rights = u.tor?.decisionRights;
    const w = rights === 'tasking' || taskers.has(u.id) ? 3 : rights === 'decision' ? 2 : 1;
    bodies++;
    totalWeight += w;
    if (g.isHq(u) && levelOf(u) !== 'tactical') hqWeight += w;
  }
  return { index: share(hqWeight, totalWeight), hqWeight, totalWeight, bodies };
}

/** Per field container: the fewest hops from any unit inside it (at any depth). */
export function officeHops(
  g: Graph,
  index: ReadonlyMap<string, number>,
  toJoc: Int32Array,
  toHom: Int32Array,
): Hops[] {
  const best = new Map<string, { j: number; h: number }>(
    g.fieldOffices.map((o) => [o.id, { j: -1, h: -1 }]),
  );
  const better = (cur: number, d: number) => (d >= 0 && (cur < 0 || d < cur) ? d : cur);
  for (const u of g.units) {
    const office = g.fieldOf(u);
    if (!office) continue;
    const i = index.get(u.id)!;
    for (const o of g.fieldChain(office.id)) {
      const b = best.get(o);
      if (!b) continue;
      b.j = better(b.j, toJoc[i]!);
      b.h = better(b.h, toHom[i]!);
    }
  }
  return [...best].map(([id, b]) => ({
    id,
    toJoc: b.j < 0 ? null : b.j,
    toHom: b.h < 0 ? null : b.h,
  }));
}

/** Field coverage as StructureMetrics.fieldCoverage defines it. */
export function fieldCoverage(g: Graph): FieldCoverage {
  const offices = g.fieldOffices.length;
  const serving = (has: (u: Unit) => boolean, ties?: ReadonlySet<LinkKind>): Set<string> => {
    // The units that make an office count: the qualifying units, and the units linked to them.
    const at: Unit[] = g.units.filter(has);
    for (const l of g.links) {
      if (ties && !ties.has(l.kind)) continue;
      const s = g.unit(l.source);
      const t = g.unit(l.target);
      if (!s || !t) continue;
      if (has(s)) at.push(t);
      if (has(t)) at.push(s);
    }
    return g.coveredOffices(at);
  };
  const forum = serving((u) => g.kindOf(u)?.forum ?? false, FORUM_TIES);
  const focal = serving((u) => u.kind === FOCAL_KIND || u.focalPoint === true);
  const community = serving((u) => ALERT_KINDS.includes(u.kind));
  const all = g.fieldOffices.filter(
    (o) => forum.has(o.id) && focal.has(o.id) && community.has(o.id),
  ).length;
  return {
    offices,
    forum: share(forum.size, offices),
    focalPoint: share(focal.size, offices),
    communityMechanism: share(community.size, offices),
    all: share(all, offices),
  };
}
