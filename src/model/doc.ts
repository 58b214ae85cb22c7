import { findKind, unitKind } from './catalogue';
import type { UnitKind } from './catalogue';
import { SCHEMA_VERSION } from './schema';
import type { OrgDoc, Unit } from './schema';
import type { Level, Location } from './vocabulary';

/** The catalogue entry of a unit. */
export function kindOf(unit: Unit): UnitKind {
  return unitKind(unit.kind);
}

/** A unit's level: its own override, else its kind's default. */
export function levelOf(unit: Unit): Level {
  return unit.level ?? findKind(unit.kind)?.level ?? 'operational';
}

/** HQ, field or external: externals stay external; otherwise a unit inside a field container is in the field. */
export function locationOf(doc: OrgDoc, unit: Unit): Location {
  const k = findKind(unit.kind);
  if (k?.location === 'external') return 'external';
  for (const c of ancestors(doc, unit.id)) {
    const ck = findKind(c.kind);
    if (ck?.container) return ck.location === 'field' ? 'field' : 'hq';
  }
  return k?.location ?? 'hq';
}

export function isContainer(unit: Unit): boolean {
  return findKind(unit.kind)?.container ?? false;
}

export function isForum(unit: Unit): boolean {
  return findKind(unit.kind)?.forum ?? false;
}

/** Containers enclosing a unit, nearest first. Stops on a containment cycle. */
export function ancestors(doc: OrgDoc, id: string): Unit[] {
  const out: Unit[] = [];
  const seen = new Set<string>([id]);
  let p = doc.units[id]?.parent;
  while (p && !seen.has(p)) {
    const u = doc.units[p];
    if (!u) break;
    out.push(u);
    seen.add(p);
    p = u.parent;
  }
  return out;
}

/** Direct children of a container (or the top-level units for `undefined`). */
export function childrenOf(doc: OrgDoc, parent: string | undefined): Unit[] {
  return Object.values(doc.units).filter((u) => u.parent === parent);
}

/** The ids of everything inside a unit, at any depth (not the unit itself). */
export function descendantIds(doc: OrgDoc, id: string): string[] {
  const out: string[] = [];
  const stack = [id];
  while (stack.length) {
    const cur = stack.pop() as string;
    for (const u of Object.values(doc.units)) {
      if (u.parent === cur && !out.includes(u.id)) {
        out.push(u.id);
        stack.push(u.id);
      }
    }
  }
  return out;
}

/** The nearest field container of a unit (its field office, sector or base), if any. */
export function fieldContainerOf(doc: OrgDoc, unit: Unit): Unit | undefined {
  return ancestors(doc, unit.id).find((c) => findKind(c.kind)?.location === 'field');
}

/**
 * A fresh id that is unused in the document and valid in a file (a letter first, not a built-in
 * property name), so maps keep insertion order, and
 * short enough (at most 200 characters, the schema's limit) for the saved file to open again.
 */
export function freshId(doc: OrgDoc, base: string): string {
  const clean = (s: string) => s.replace(/^-+|-+$/g, '');
  const stem = clean(clean(base.replace(/[^A-Za-z0-9_.:>-]+/g, '-')).slice(0, 180)) || 'unit';
  // Same rules as the schema's ids: a letter or _ first, and never a built-in property name.
  const safe = /^[A-Za-z_]/.test(stem) && !(stem in Object.prototype) ? stem : `u-${stem}`;
  const taken = (id: string) => Object.hasOwn(doc.units, id) || Object.hasOwn(doc.links, id);
  if (!taken(safe)) return safe;
  for (let i = 2; ; i++) {
    const cand = `${safe}-${i}`;
    if (!taken(cand)) return cand;
  }
}

/** A new, empty organogram. */
export function emptyDoc(id: string, title = 'Untitled organogram', now = new Date()): OrgDoc {
  const stamp = now.toISOString();
  return {
    schemaVersion: SCHEMA_VERSION,
    id,
    title,
    description: '',
    model: 'custom',
    references: [],
    units: {},
    links: {},
    answers: {},
    meta: { created: stamp, modified: stamp },
    steps: [],
  };
}
