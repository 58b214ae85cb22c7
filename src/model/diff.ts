/**
 * Structural diff of two organograms, for the Compare view and its Markdown change list.
 * Every step works over maps keyed once, so two 1,000-unit documents diff in a few milliseconds.
 */
import { levelOf } from './doc';
import { LINK_KINDS } from './link-kinds';
import type { LinkKind } from './link-kinds';
import { SYMMETRIC_KINDS } from './rules/graph';
import type { Link, OrgDoc, Unit } from './schema';

/** How a unit of the first document found its counterpart in the second. */
export type MatchReason = 'id' | 'label' | 'kind';
/** The unit fields the diff compares; `level` is the effective level (own, else the kind's). */
export type UnitField = 'kind' | 'label' | 'parent' | 'level';

/** One changed field. For `parent`, `before` is a unit id of a and `after` one of b. */
export interface FieldChange {
  field: UnitField;
  before: string | null;
  after: string | null;
}

export interface UnitChange {
  /** The unit's id in a and in b. */
  a: string;
  b: string;
  by: MatchReason;
  changes: FieldChange[];
}

/** A link kept with one end moved: `before` is a unit id of a, `after` one of b. */
export interface RepointedLink {
  a: string;
  b: string;
  kind: LinkKind;
  end: 'source' | 'target';
  before: string;
  after: string;
}

export interface DiffSummary {
  unitsAdded: number;
  unitsRemoved: number;
  unitsChanged: number;
  unitsUnchanged: number;
  linksAdded: number;
  linksRemoved: number;
  linksRepointed: number;
  linksUnchanged: number;
  /** Nothing added, removed, changed or re-pointed. */
  identical: boolean;
}

export interface StructuralDiff {
  /** Unit ids of b with no counterpart in a, in b's order. */
  addedUnits: string[];
  /** Unit ids of a with no counterpart in b, in a's order. */
  removedUnits: string[];
  /** Matched units whose kind, label, container or effective level differ, in a's order. */
  changedUnits: UnitChange[];
  /** Link ids of b (added) and of a (removed). */
  addedLinks: string[];
  removedLinks: string[];
  repointedLinks: RepointedLink[];
  /** Unit counterparts both ways (a id → b id, b id → a id) and how each pair was matched. */
  aToB: ReadonlyMap<string, string>;
  bToA: ReadonlyMap<string, string>;
  matchedBy: ReadonlyMap<string, MatchReason>;
  summary: DiffSummary;
}

/** The counterpart in b of a unit of a, if it has one. */
export function counterpartInB(diff: StructuralDiff, aId: string): string | undefined {
  return diff.aToB.get(aId);
}

/** The counterpart in a of a unit of b, if it has one. */
export function counterpartInA(diff: StructuralDiff, bId: string): string | undefined {
  return diff.bToA.get(bId);
}

const KIND_NO = new Map<LinkKind, number>(LINK_KINDS.map((k, i) => [k, i]));

/** Labels match regardless of case and whitespace ("Field Office  north" = "Field office North"). */
export function normaliseLabel(s: string): string {
  return s.normalize('NFC').toLowerCase().replace(/\s+/g, '');
}

/** Pairs the units: same id, then same kind and label, then the last one of a kind on each side. */
function matchUnits(a: OrgDoc, b: OrgDoc) {
  const aToB = new Map<string, string>();
  const bToA = new Map<string, string>();
  const matchedBy = new Map<string, MatchReason>();
  const pair = (x: string, y: string, by: MatchReason) => {
    aToB.set(x, y);
    bToA.set(y, x);
    matchedBy.set(x, by);
  };
  for (const id of Object.keys(a.units)) if (Object.hasOwn(b.units, id)) pair(id, id, 'id');
  const freeB = Object.values(b.units).filter((u) => !bToA.has(u.id));
  const byLabel = queues(freeB, (u) => `${u.kind}\u0000${normaliseLabel(u.label)}`);
  for (const u of Object.values(a.units)) {
    if (aToB.has(u.id)) continue;
    const hit = next(byLabel, `${u.kind}\u0000${normaliseLabel(u.label)}`);
    if (hit) pair(u.id, hit.id, 'label');
  }
  const byKind = (u: Unit) => u.kind;
  const restA = Object.values(a.units).filter((u) => !aToB.has(u.id));
  const leftA = queues(restA, byKind);
  const leftB = queues(
    freeB.filter((u) => !bToA.has(u.id)),
    byKind,
  );
  for (const [kind, { items: us }] of leftA) {
    const vs = leftB.get(kind)?.items;
    if (us.length === 1 && vs?.length === 1) pair(us[0]!.id, vs[0]!.id, 'kind');
  }
  return { aToB, bToA, matchedBy };
}

function unitChanges(x: Unit, y: Unit, aToB: ReadonlyMap<string, string>): FieldChange[] {
  const out: FieldChange[] = [];
  if (x.kind !== y.kind) out.push({ field: 'kind', before: x.kind, after: y.kind });
  if (x.label !== y.label) out.push({ field: 'label', before: x.label, after: y.label });
  // Containers are compared through the match: "moved" means the counterpart differs.
  const [px, py] = [x.parent ?? null, y.parent ?? null];
  if ((px === null ? null : (aToB.get(px) ?? `\u0000${px}`)) !== py)
    out.push({ field: 'parent', before: px, after: py });
  const [lx, ly] = [levelOf(x), levelOf(y)];
  if (lx !== ly) out.push({ field: 'level', before: lx, after: ly });
  return out;
}

/**
 * Compares two documents: which units were added, removed or changed, and which links were added,
 * removed or re-pointed (same kind, one end the same, the other moved). Pure; O(n + m).
 */
export function diffDocuments(a: OrgDoc, b: OrgDoc): StructuralDiff {
  const { aToB, bToA, matchedBy } = matchUnits(a, b);
  const changedUnits: UnitChange[] = [];
  for (const x of Object.keys(a.units)) {
    const y = aToB.get(x);
    if (y === undefined) continue;
    const changes = unitChanges(a.units[x]!, b.units[y]!, aToB);
    if (changes.length) changedUnits.push({ a: x, b: y, by: matchedBy.get(x)!, changes });
  }
  const addedUnits = Object.keys(b.units).filter((id) => !bToA.has(id));
  const removedUnits = Object.keys(a.units).filter((id) => !aToB.has(id));
  const { linksUnchanged, ...links } = matchLinks(a, b, aToB);
  const { addedLinks, removedLinks, repointedLinks } = links;
  const changes = addedUnits.length + removedUnits.length + changedUnits.length;
  const summary: DiffSummary = {
    unitsAdded: addedUnits.length,
    unitsRemoved: removedUnits.length,
    unitsChanged: changedUnits.length,
    unitsUnchanged: aToB.size - changedUnits.length,
    linksAdded: addedLinks.length,
    linksRemoved: removedLinks.length,
    linksRepointed: repointedLinks.length,
    linksUnchanged,
    identical: changes + addedLinks.length + removedLinks.length + repointedLinks.length === 0,
  };
  return { addedUnits, removedUnits, changedUnits, ...links, aToB, bToA, matchedBy, summary };
}

/** Pairs the links: same kind between counterparts, else same kind and one end (re-pointed). */
function matchLinks(a: OrgDoc, b: OrgDoc, aToB: ReadonlyMap<string, string>) {
  const linksB = Object.values(b.links);
  // Links are keyed by numbers (kind, then ends numbered in b): a numeric Map key costs far less
  // than building and hashing a string per link.
  const bNo = new Map<string, number>(Object.keys(b.units).map((id, i) => [id, i]));
  const nb = bNo.size;
  const inB = (aId: string) => {
    const y = aToB.get(aId);
    return y === undefined ? -1 : (bNo.get(y) ?? -1);
  };
  const exactKey = (kind: LinkKind, s: number, t: number) => {
    const k = KIND_NO.get(kind)!;
    return SYMMETRIC_KINDS.has(kind) && t < s ? (k * nb + t) * nb + s : (k * nb + s) * nb + t;
  };
  // Re-pointing files a link under its kind and each end; a symmetric link under both ends with
  // one tag, since either end may be the one that stayed.
  const endKey = (kind: LinkKind, end: 0 | 1, u: number) =>
    (KIND_NO.get(kind)! * 3 + (SYMMETRIC_KINDS.has(kind) ? 2 : end)) * nb + u;
  const exact: Queues<Link> = new Map();
  const ends: Queues<Link> = new Map();
  for (const l of linksB) {
    const s = bNo.get(l.source);
    const t = bNo.get(l.target);
    if (s === undefined || t === undefined) continue; // dangling: can only be "added"
    push(exact, exactKey(l.kind, s, t), l);
    push(ends, endKey(l.kind, 0, s), l);
    push(ends, endKey(l.kind, 1, t), l);
  }
  const used = new Set<string>();
  const take = (qs: Queues<Link>, key: number): Link | undefined => {
    for (let l = next(qs, key); l; l = next(qs, key)) if (!used.has(l.id)) return l;
    return undefined;
  };
  const leftA: Link[] = [];
  let linksUnchanged = 0;
  for (const l of Object.values(a.links)) {
    const s = inB(l.source);
    const t = inB(l.target);
    const hit = s >= 0 && t >= 0 ? take(exact, exactKey(l.kind, s, t)) : undefined;
    if (hit) {
      used.add(hit.id);
      linksUnchanged++;
    } else leftA.push(l);
  }
  const repointedLinks: RepointedLink[] = [];
  const removedLinks: string[] = [];
  for (const l of leftA) {
    const s = inB(l.source);
    const t = inB(l.target);
    const bySource = s >= 0 ? take(ends, endKey(l.kind, 0, s)) : undefined;
    const hit = bySource ?? (t >= 0 ? take(ends, endKey(l.kind, 1, t)) : undefined);
    if (!hit) {
      removedLinks.push(l.id);
      continue;
    }
    used.add(hit.id);
    const stay = aToB.get(bySource ? l.source : l.target);
    const other = hit.source === stay ? hit.target : hit.source;
    repointedLinks.push(
      bySource
        ? { a: l.id, b: hit.id, kind: l.kind, end: 'target', before: l.target, after: other }
        : { a: l.id, b: hit.id, kind: l.kind, end: 'source', before: l.source, after: other },
    );
  }
  const addedLinks = linksB.filter((l) => !used.has(l.id)).map((l) => l.id);
  return { addedLinks, removedLinks, repointedLinks, linksUnchanged };
}

/** Lists by key, each read front to back through a cursor (Array.shift would make this quadratic). */
type Queues<T, K = number> = Map<K, { items: T[]; at: number }>;

function push<T, K>(qs: Queues<T, K>, key: K, x: T): void {
  const q = qs.get(key);
  if (q) q.items.push(x);
  else qs.set(key, { items: [x], at: 0 });
}

function queues<T>(xs: readonly T[], key: (x: T) => string): Queues<T, string> {
  const out: Queues<T, string> = new Map();
  for (const x of xs) push(out, key(x), x);
  return out;
}

/** The next item under a key, consumed. */
function next<T, K>(qs: Queues<T, K>, key: K): T | undefined {
  const q = qs.get(key);
  return q && q.at < q.items.length ? q.items[q.at++] : undefined;
}
