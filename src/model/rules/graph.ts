import { findKind } from '../catalogue';
import type { UnitKind } from '../catalogue';
import { levelOf } from '../doc';
import { LINK_KINDS } from '../link-kinds';
import type { LinkKind } from '../link-kinds';
import type { Link, OrgDoc, Unit } from '../schema';
import type { Category, Level } from '../vocabulary';

/** Link kinds drawn either way round: a path may follow them in both directions. */
export const SYMMETRIC_KINDS: ReadonlySet<LinkKind> = new Set<LinkKind>([
  'coordinates-with',
  'liaises-with',
]);
/** The links that make a unit part of a forum (domain reference §6.0 members(f)). */
export const MEMBERSHIP_KINDS: readonly LinkKind[] = ['member-of', 'chairs', 'co-chairs'];

/** Where a forum sits: at headquarters, in the field, or in one field container (by id). */
export type Where = 'hq' | 'field' | { office: string };

const EMPTY: readonly never[] = [];
/** Shared empty result; frozen, never handed out for writing. */
const NO_LINKS = Object.freeze([]) as unknown as Link[];

/**
 * The graph index of one document: the §6.0 vocabulary of the checklist (K, E, path, forums,
 * members, repOf, fieldOffices, coord) over maps built once, so that every rule runs in time
 * linear in the size of the document. Build one per validation; never keep it across edits.
 */
export class Graph {
  readonly doc: OrgDoc;
  readonly units: readonly Unit[];
  readonly links: readonly Link[];
  private readonly unitMap = new Map<string, Unit>();
  private readonly byKind = new Map<string, Unit[]>();
  private readonly byCategory = new Map<Category, Unit[]>();
  /** Per unit: links leaving and arriving, bucketed by link kind index. */
  private readonly outAdj = new Map<string, (Link[] | undefined)[]>();
  private readonly inAdj = new Map<string, (Link[] | undefined)[]>();
  private readonly childMap = new Map<string, Unit[]>();
  private readonly memos = new Map<string, unknown>();
  private readonly fieldMemo = new Map<string, Unit | null>();
  private readonly chainMemo = new Map<string, string[]>();
  private readonly reachMemo = new Map<string, Set<string>>();
  private readonly subMemo = new Map<string, Set<string>>();
  private readonly memberMemo = new Map<string, Unit[]>();
  private cache: {
    forums?: Unit[];
    strategicHq?: Unit[];
    operationalHq?: Unit[];
    fieldForums?: Unit[];
    fieldOffices?: Unit[];
    coord?: Unit[];
  } = {};

  constructor(doc: OrgDoc) {
    this.doc = doc;
    this.units = Object.values(doc.units);
    this.links = Object.values(doc.links);
    for (const u of this.units) {
      this.unitMap.set(u.id, u);
      push(this.byKind, u.kind, u);
      const k = findKind(u.kind);
      if (k) push(this.byCategory, k.category, u);
      if (u.parent !== undefined) push(this.childMap, u.parent, u);
    }
    for (const l of this.links) {
      const k = KIND_INDEX.get(l.kind);
      if (k === undefined) continue;
      bucket(this.outAdj, l.source, k, l);
      bucket(this.inAdj, l.target, k, l);
    }
  }

  /** A value computed once per graph (helpers shared by several rules use it). */
  memo<T>(name: string, compute: () => T): T {
    if (this.memos.has(name)) return this.memos.get(name) as T;
    const v = compute();
    this.memos.set(name, v);
    return v;
  }

  unit(id: string): Unit | undefined {
    return this.unitMap.get(id);
  }

  kindOf(u: Unit): UnitKind | undefined {
    return findKind(u.kind);
  }

  category(u: Unit): Category | undefined {
    return findKind(u.kind)?.category;
  }

  level(u: Unit): Level {
    return levelOf(u);
  }

  /** Units of any of the given catalogue kinds, e.g. K('joc'). */
  K(...kinds: string[]): Unit[] {
    if (kinds.length === 1) return (this.byKind.get(kinds[0] as string) ?? EMPTY) as Unit[];
    return kinds.flatMap((k) => this.byKind.get(k) ?? []);
  }

  /** Units of any of the given categories. */
  ofCategory(...cats: Category[]): Unit[] {
    return cats.flatMap((c) => this.byCategory.get(c) ?? []);
  }

  /** Whether a link of this kind runs from a to b (either way round for the symmetric kinds). */
  E(a: string, b: string, kind: LinkKind): boolean {
    return (
      this.out(a, kind).some((l) => l.target === b) ||
      (SYMMETRIC_KINDS.has(kind) && this.out(b, kind).some((l) => l.target === a))
    );
  }

  /** Links of the given kinds leaving a unit. */
  out(id: string, ...kinds: LinkKind[]): Link[] {
    return pick(this.outAdj.get(id), kinds);
  }

  /** Links of the given kinds arriving at a unit. */
  in(id: string, ...kinds: LinkKind[]): Link[] {
    return pick(this.inAdj.get(id), kinds);
  }

  /** Units at the other end of the given kinds of link, either direction for symmetric kinds. */
  linkedTo(id: string, ...kinds: LinkKind[]): Unit[] {
    const ids = new Set(this.next(id, kinds));
    const out: Unit[] = [];
    for (const n of ids) {
      const u = this.unit(n);
      if (u) out.push(u);
    }
    return out;
  }

  /**
   * Pushes the neighbours of a unit along the given kinds onto `into`: successors (forward) or
   * predecessors, and both ways for the symmetric kinds. Allocates nothing of its own.
   */
  private step(
    id: string,
    kinds: readonly LinkKind[],
    forward: boolean,
    into: string[],
    skip?: Set<string>,
  ): void {
    const ahead = (forward ? this.outAdj : this.inAdj).get(id);
    const behind = (forward ? this.inAdj : this.outAdj).get(id);
    for (const k of kinds) {
      const i = KIND_INDEX.get(k) as number;
      const list = ahead?.[i];
      if (list)
        for (const l of list) {
          const n = forward ? l.target : l.source;
          if (!skip?.has(n)) into.push(n);
        }
      if (!SYMMETRIC_KINDS.has(k)) continue;
      const back = behind?.[i];
      if (back)
        for (const l of back) {
          const n = forward ? l.source : l.target;
          if (!skip?.has(n)) into.push(n);
        }
    }
  }

  /** Successors of a unit along the given kinds (symmetric kinds both ways). */
  private next(id: string, kinds: readonly LinkKind[]): string[] {
    const out: string[] = [];
    this.step(id, kinds, true, out);
    return out;
  }

  /** Every unit reachable from a along the given kinds (a itself excluded unless on a cycle). Memoised. */
  reachableFrom(a: string, kinds: readonly LinkKind[]): Set<string> {
    const memoKey = `${a}\u0000${kinds.join(',')}`;
    const hit = this.reachMemo.get(memoKey);
    if (hit) return hit;
    const seen = new Set<string>();
    const queue = this.next(a, kinds);
    for (let i = 0; i < queue.length; i++) {
      const cur = queue[i] as string;
      if (seen.has(cur)) continue;
      seen.add(cur);
      this.step(cur, kinds, true, queue, seen);
    }
    this.reachMemo.set(memoKey, seen);
    return seen;
  }

  /** Whether a directed path runs from a to b using only the given link kinds. */
  path(a: string, b: string, kinds: readonly LinkKind[]): boolean {
    return this.reachableFrom(a, kinds).has(b);
  }

  /** Every unit from which some target can be reached along the given kinds (targets included). One reverse search. */
  canReach(targets: Iterable<string>, kinds: readonly LinkKind[]): Set<string> {
    const seen = new Set<string>();
    const queue = [...targets];
    for (let i = 0; i < queue.length; i++) {
      const cur = queue[i] as string;
      if (seen.has(cur)) continue;
      seen.add(cur);
      this.step(cur, kinds, false, queue, seen);
    }
    return seen;
  }

  /** Length of the shortest path from a to any unit satisfying `isGoal`, or undefined. */
  distance(
    a: string,
    isGoal: (u: Unit) => boolean,
    kinds: readonly LinkKind[],
  ): number | undefined {
    const seen = new Set<string>([a]);
    let frontier = [a];
    for (let d = 1; frontier.length > 0; d++) {
      const nextFrontier: string[] = [];
      for (const id of frontier) {
        for (const n of this.next(id, kinds)) {
          if (seen.has(n)) continue;
          seen.add(n);
          const u = this.unit(n);
          if (u && isGoal(u)) return d;
          nextFrontier.push(n);
        }
      }
      frontier = nextFrontier;
    }
    return undefined;
  }

  /** Direct children of a container. */
  children(id: string): Unit[] {
    return (this.childMap.get(id) ?? EMPTY) as Unit[];
  }

  /** Everything inside a container, at any depth. */
  descendants(id: string): Unit[] {
    const out: Unit[] = [];
    const seen = new Set<string>([id]);
    const stack = [id];
    while (stack.length) {
      for (const c of this.children(stack.pop() as string)) {
        if (seen.has(c.id)) continue;
        seen.add(c.id);
        out.push(c);
        stack.push(c.id);
      }
    }
    return out;
  }

  /** The nearest enclosing field container (field office, sector, CSB) of a unit: its field office. */
  fieldOf(u: Unit): Unit | undefined {
    const hit = this.fieldMemo.get(u.id);
    if (hit !== undefined) return hit ?? undefined;
    this.fieldMemo.set(u.id, null); // guards against containment cycles
    let result: Unit | null = null;
    const p = u.parent !== undefined ? this.unit(u.parent) : undefined;
    if (p)
      result =
        findKind(p.kind)?.container && findKind(p.kind)?.location === 'field'
          ? p
          : (this.fieldOf(p) ?? null);
    this.fieldMemo.set(u.id, result);
    return result ?? undefined;
  }

  /** A field office and the field containers around it, nearest first. */
  fieldChain(officeId: string): string[] {
    const hit = this.chainMemo.get(officeId);
    if (hit) return hit;
    const office = this.unit(officeId);
    const outer = office ? this.fieldOf(office) : undefined;
    const chain = [officeId, ...(outer && outer.id !== officeId ? this.fieldChain(outer.id) : [])];
    this.chainMemo.set(officeId, chain);
    return chain;
  }

  /** External partners sit outside the mission. */
  isExternal(u: Unit): boolean {
    return findKind(u.kind)?.location === 'external';
  }

  /** At headquarters: a mission unit not inside any field container. */
  isHq(u: Unit): boolean {
    return !this.isExternal(u) && this.fieldOf(u) === undefined;
  }

  /** Every field container: a "field office" is any field office, sector or county support base. */
  get fieldOffices(): Unit[] {
    return (this.cache.fieldOffices ??= this.units.filter((u) => {
      const k = findKind(u.kind);
      return !!k?.container && k.location === 'field';
    }));
  }

  /**
   * The field offices that the given units serve. A unit counts for its own field office, for the
   * offices enclosing it (a county base is part of its state office) and for the offices nested
   * inside its own (a state office's forum also covers its county bases).
   */
  coveredOffices(satisfying: Iterable<Unit>): Set<string> {
    const at = new Set<string>();
    for (const u of satisfying) {
      const o = this.fieldOf(u);
      if (o) at.add(o.id);
    }
    const up = new Set<string>();
    for (const o of at) for (const c of this.fieldChain(o)) up.add(c);
    const covered = new Set<string>();
    for (const o of this.fieldOffices) {
      if (up.has(o.id) || this.fieldChain(o.id).some((c) => at.has(c))) covered.add(o.id);
    }
    return covered;
  }

  /** Whether two units share a field office area (one office encloses or equals the other's). */
  sameArea(a: Unit, b: Unit): boolean {
    const oa = this.fieldOf(a)?.id;
    const ob = this.fieldOf(b)?.id;
    if (oa === undefined || ob === undefined) return oa === ob;
    return this.fieldChain(oa).includes(ob) || this.fieldChain(ob).includes(oa);
  }

  /** Every POC forum: any unit whose kind is a forum (meeting body). */
  get allForums(): Unit[] {
    return (this.cache.forums ??= this.units.filter((u) => findKind(u.kind)?.forum));
  }

  /** Strategic forums at headquarters (SMG-P, MLT, CMT…). */
  get strategicHq(): Unit[] {
    return (this.cache.strategicHq ??= this.allForums.filter(
      (f) => this.level(f) === 'strategic' && this.isHq(f),
    ));
  }

  /** Operational forums at headquarters (POC WG, PWG, JPG, OCWG…). */
  get operationalHq(): Unit[] {
    return (this.cache.operationalHq ??= this.allForums.filter(
      (f) => this.level(f) === 'operational' && this.isHq(f),
    ));
  }

  /** Field forums: forums inside a field container, or at tactical level. */
  get fieldForums(): Unit[] {
    return (this.cache.fieldForums ??= this.allForums.filter(
      (f) => this.fieldOf(f) !== undefined || this.level(f) === 'tactical',
    ));
  }

  /** forums(level, where): forums at a level (any if undefined) and place. */
  forums(level?: Level, where?: Where): Unit[] {
    return this.allForums.filter((f) => {
      if (level && this.level(f) !== level) return false;
      if (!where) return true;
      if (where === 'hq') return this.isHq(f);
      if (where === 'field') return this.fieldOf(f) !== undefined;
      return this.fieldOf(f)?.id === where.office;
    });
  }

  /** The designated POC coordinators. */
  get coord(): Unit[] {
    return (this.cache.coord ??= this.units.filter((u) => u.isCoordinator === true));
  }

  /** members(f): units that are members of, chair or co-chair a forum or team. */
  members(f: string): Unit[] {
    const hit = this.memberMemo.get(f);
    if (hit) return hit;
    const out = ends(this, this.in(f, ...MEMBERSHIP_KINDS), 'source');
    this.memberMemo.set(f, out);
    return out;
  }

  /** Units that chair (or, with co = true, co-chair) a forum. */
  chairs(f: string, co = false): Unit[] {
    return ends(this, co ? this.in(f, 'chairs', 'co-chairs') : this.in(f, 'chairs'), 'source');
  }

  /** observers(f): units attending a forum as observers or invitees. */
  observers(f: string): Unit[] {
    return ends(this, this.in(f, 'observer-of'), 'source');
  }

  /** Units running a forum's secretariat. */
  secretariats(f: string): Unit[] {
    return ends(this, this.in(f, 'secretariat-of'), 'source');
  }

  isMember(n: string, f: string): boolean {
    return this.out(n, ...MEMBERSHIP_KINDS).some((l) => l.target === f);
  }

  /**
   * Everything below a unit in its line: units that report to it (at any depth) and units it
   * commands (a command link runs from commander to subordinate). Memoised.
   */
  subordinates(n: string): Set<string> {
    const hit = this.subMemo.get(n);
    if (hit) return hit;
    const seen = new Set<string>();
    const queue = [n];
    for (let i = 0; i < queue.length; i++) {
      const cur = queue[i] as string;
      const below = [
        ...this.in(cur, 'reports-to').map((l) => l.source),
        ...this.out(cur, 'command').map((l) => l.target),
      ];
      for (const b of below) {
        if (b === n || seen.has(b)) continue;
        seen.add(b);
        queue.push(b);
      }
    }
    this.subMemo.set(n, seen);
    return seen;
  }

  /** repOf(n, f): n sits in forum f itself, or through someone below it in its line. */
  repOf(n: string, f: string): boolean {
    const members = this.members(f);
    if (members.some((m) => m.id === n)) return true;
    const sub = this.subordinates(n);
    return members.some((m) => sub.has(m.id));
  }
}

const KIND_INDEX = new Map<string, number>(LINK_KINDS.map((k, i) => [k, i]));

function bucket(adj: Map<string, (Link[] | undefined)[]>, id: string, k: number, l: Link): void {
  let slots = adj.get(id);
  if (!slots) {
    slots = new Array<Link[] | undefined>(LINK_KINDS.length).fill(undefined);
    adj.set(id, slots);
  }
  const list = slots[k];
  if (list) list.push(l);
  else slots[k] = [l];
}

function pick(slots: (Link[] | undefined)[] | undefined, kinds: readonly LinkKind[]): Link[] {
  if (!slots) return NO_LINKS;
  if (kinds.length === 1) return slots[KIND_INDEX.get(kinds[0] as LinkKind) as number] ?? NO_LINKS;
  let out: Link[] | undefined;
  for (const k of kinds) {
    const list = slots[KIND_INDEX.get(k) as number];
    if (!list) continue;
    if (!out) out = [...list];
    else for (const l of list) out.push(l);
  }
  return out ?? NO_LINKS;
}

function push<K, V>(map: Map<K, V[]>, k: K, v: V): void {
  const list = map.get(k);
  if (list) list.push(v);
  else map.set(k, [v]);
}

/** The units at one end of some links, each once, in link order. */
function ends(g: Graph, links: readonly Link[], end: 'source' | 'target'): Unit[] {
  const seen = new Set<string>();
  const out: Unit[] = [];
  for (const l of links) {
    const id = l[end];
    if (seen.has(id)) continue;
    seen.add(id);
    const u = g.unit(id);
    if (u) out.push(u);
  }
  return out;
}

/** Builds the graph index of a document. */
export function buildGraph(doc: OrgDoc): Graph {
  return new Graph(doc);
}
