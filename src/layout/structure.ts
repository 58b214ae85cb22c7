import { findKind, isContainer, LEVELS, levelOf, linkKindDef } from '../model';
import type { OrgDoc, Unit } from '../model';

/**
 * The part of a document one layout run works on, indexed once so every later step is linear.
 *
 * A "scope" is where a unit sits in the layout graph: its container's id, ROOT for the canvas, or
 * a group key (`#group|<parent>`) for the roots of a partial layout.
 */
export const ROOT = '#root';
export const groupKey = (parent: string | undefined) => `#group|${parent ?? ''}`;

export interface Structure {
  doc: OrgDoc;
  /** Units in the layout graph, in document order. */
  ids: string[];
  has: Set<string>;
  /** Scope of each unit in the graph. */
  scopeOf: Map<string, string>;
  /** Units of each scope, in document order. */
  kids: Map<string, string[]>;
  /** Units placed in the side column instead of the graph (top-level external partners). */
  sideColumn: string[];
  /** Partial layout: the group keys, in document order of their first unit. */
  groups: string[];
  /** Rank of every unit within its scope: level band first, then depth along hierarchical links. */
  rank: Map<string, number>;
  /** Ranks used in each scope. */
  ranksIn: Map<string, Set<number>>;
}

export const bandOf = (u: Unit) => LEVELS.indexOf(levelOf(u));
export const isExternal = (u: Unit) => findKind(u.kind)?.location === 'external';
/** Top-level external partners stand in the side column of a full layout. */
export const inSideColumn = (u: Unit) => u.parent === undefined && isExternal(u) && !isContainer(u);

/** Builds the structure for a full layout (`only` undefined) or a partial one. */
export function buildStructure(doc: OrgDoc, only?: readonly string[]): Structure {
  const all = Object.values(doc.units);
  const has = new Set<string>();
  const sideColumn: string[] = [];
  const groups: string[] = [];
  const scopeOf = new Map<string, string>();
  if (only) {
    // The selection plus everything inside selected containers.
    const childrenOf = new Map<string, string[]>();
    for (const u of all) {
      if (u.parent === undefined) continue;
      const list = childrenOf.get(u.parent);
      if (list) list.push(u.id);
      else childrenOf.set(u.parent, [u.id]);
    }
    const stack = only.filter((id) => doc.units[id]);
    while (stack.length) {
      const id = stack.pop() as string;
      if (has.has(id)) continue;
      has.add(id);
      for (const c of childrenOf.get(id) ?? []) stack.push(c);
    }
    for (const u of all) {
      if (!has.has(u.id)) continue;
      const parent = soundParent(doc, u);
      if (parent !== undefined && has.has(parent)) scopeOf.set(u.id, parent);
      else {
        const g = groupKey(parent);
        if (!groups.includes(g)) groups.push(g);
        scopeOf.set(u.id, g);
      }
    }
  } else {
    for (const u of all) {
      if (inSideColumn(u)) {
        sideColumn.push(u.id);
        continue;
      }
      has.add(u.id);
      scopeOf.set(u.id, soundParent(doc, u) ?? ROOT);
    }
  }
  const ids = all.filter((u) => has.has(u.id)).map((u) => u.id);
  const kids = new Map<string, string[]>();
  for (const id of ids) {
    const s = scopeOf.get(id) as string;
    const list = kids.get(s);
    if (list) list.push(id);
    else kids.set(s, [id]);
  }
  const st: Structure = {
    doc,
    ids,
    has,
    scopeOf,
    kids,
    sideColumn,
    groups,
    rank: new Map(),
    ranksIn: new Map(),
  };
  computeRanks(st);
  return st;
}

/**
 * A unit's parent when it is a container that exists and does not (through its own parents) sit
 * inside the unit; a parsed document always has such parents, this only guards against the rest.
 */
function soundParent(doc: OrgDoc, u: Unit): string | undefined {
  const p = u.parent === undefined ? undefined : doc.units[u.parent];
  if (!p || !isContainer(p)) return undefined;
  const seen = new Set<string>([u.id]);
  for (
    let cur: Unit | undefined = p;
    cur;
    cur = cur.parent === undefined ? undefined : doc.units[cur.parent]
  ) {
    if (seen.has(cur.id) || !isContainer(cur)) return undefined;
    seen.add(cur.id);
  }
  return p.id;
}

/** The chain [id, its scope, the scope's scope, …] up to ROOT or a group key. */
export function chainOf(st: Structure, id: string): string[] {
  const out = [id];
  let cur = st.scopeOf.get(id);
  while (cur !== undefined) {
    out.push(cur);
    cur = st.scopeOf.get(cur);
  }
  return out;
}

/**
 * The scope holding both units and the two units' representatives in it (the ancestors-or-self of
 * a and b that sit directly in that scope). Undefined when one unit contains the other or the two
 * are in different groups of a partial layout.
 */
export function commonScope(
  st: Structure,
  a: string,
  b: string,
): { scope: string; ra: string; rb: string } | undefined {
  const ca = chainOf(st, a);
  const cb = chainOf(st, b);
  const posB = new Map(cb.map((id, i) => [id, i]));
  for (let i = 0; i < ca.length; i++) {
    const j = posB.get(ca[i] as string);
    if (j === undefined) continue;
    if (i === 0 || j === 0) return undefined;
    return { scope: ca[i] as string, ra: ca[i - 1] as string, rb: cb[j - 1] as string };
  }
  return undefined;
}

/**
 * Rank = level band, then depth along the hierarchical links (reports-to, command, escalates-to)
 * between units of the same band in the same scope. Links between units in nested containers count
 * for the containers that hold them. Other links never change a rank.
 */
function computeRanks(st: Structure): void {
  const { doc } = st;
  const out = new Map<string, string[]>();
  for (const l of Object.values(doc.links)) {
    const def = linkKindDef(l.kind);
    if (!def?.hierarchical) continue;
    if (!st.has.has(l.source) || !st.has.has(l.target) || l.source === l.target) continue;
    const c = commonScope(st, l.source, l.target);
    if (!c) continue;
    const sup = def.superior === 'source' ? c.ra : c.rb;
    const inf = def.superior === 'source' ? c.rb : c.ra;
    if (bandOf(doc.units[sup] as Unit) !== bandOf(doc.units[inf] as Unit)) continue;
    const list = out.get(sup);
    if (list) list.push(inf);
    else out.set(sup, [inf]);
  }
  for (const [scope, members] of st.kids) {
    const depth = longestPathDepths(members, out);
    const maxDepth = [-1, -1, -1];
    for (const id of members) {
      const b = bandOf(doc.units[id] as Unit);
      maxDepth[b] = Math.max(maxDepth[b] as number, depth.get(id) as number);
    }
    const offset = [0, 0, 0];
    let acc = 0;
    for (let b = 0; b < 3; b++) {
      offset[b] = acc;
      acc += (maxDepth[b] as number) + 1;
    }
    const used = new Set<number>();
    for (const id of members) {
      const r = (offset[bandOf(doc.units[id] as Unit)] as number) + (depth.get(id) as number);
      st.rank.set(id, r);
      used.add(r);
    }
    st.ranksIn.set(scope, used);
  }
}

/** Longest-path depth from the roots, ignoring the edges that close a cycle (found by DFS). */
function longestPathDepths(members: string[], out: Map<string, string[]>): Map<string, number> {
  const inScope = new Set(members);
  const state = new Map<string, number>();
  const post: string[] = [];
  const back = new Set<string>();
  for (const start of members) {
    if (state.has(start)) continue;
    // Iterative DFS: a frame is [node, index of the next successor].
    const stack: [string, number][] = [[start, 0]];
    state.set(start, 1);
    while (stack.length) {
      const frame = stack[stack.length - 1] as [string, number];
      const succ = (out.get(frame[0]) ?? []).filter((m) => inScope.has(m));
      if (frame[1] < succ.length) {
        const m = succ[frame[1]++] as string;
        const s = state.get(m);
        if (s === undefined) {
          state.set(m, 1);
          stack.push([m, 0]);
        } else if (s === 1) back.add(`${frame[0]}\u0000${m}`);
      } else {
        state.set(frame[0], 2);
        post.push(frame[0]);
        stack.pop();
      }
    }
  }
  const depth = new Map(members.map((m) => [m, 0]));
  for (let i = post.length - 1; i >= 0; i--) {
    const n = post[i] as string;
    const d = depth.get(n) as number;
    for (const m of out.get(n) ?? []) {
      if (!inScope.has(m) || back.has(`${n}\u0000${m}`)) continue;
      if ((depth.get(m) as number) < d + 1) depth.set(m, d + 1);
    }
  }
  return depth;
}
