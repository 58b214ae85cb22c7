/**
 * Graph algorithms for the structure metrics (metrics.ts), over units numbered 0…n-1 with
 * adjacency in compressed rows (typed arrays), so a 5,000-unit document is searched without
 * recursion and with few allocations. Every function here is O(n + m).
 */

/** A directed graph in compressed sparse rows: the successors of v are nbr[off[v]…off[v+1]). */
export interface Csr {
  n: number;
  off: Int32Array;
  nbr: Int32Array;
}

/** Collects edges, then freezes them into compressed rows. */
export class EdgeList {
  private readonly from: number[] = [];
  private readonly to: number[] = [];
  constructor(readonly n: number) {}

  add(v: number, w: number): void {
    this.from.push(v);
    this.to.push(w);
  }

  /** Both directions, for an undirected view. */
  addBoth(v: number, w: number): void {
    this.add(v, w);
    this.add(w, v);
  }

  build(): Csr {
    const off = new Int32Array(this.n + 1);
    for (const v of this.from) off[v + 1]!++;
    for (let v = 0; v < this.n; v++) off[v + 1]! += off[v]!;
    const fill = off.slice(0, this.n);
    const nbr = new Int32Array(this.from.length);
    for (let i = 0; i < this.from.length; i++) nbr[fill[this.from[i]!]!++] = this.to[i]!;
    return { n: this.n, off, nbr };
  }
}

/** Breadth-first distances from a set of sources (all at 0); -1 where unreachable. */
export function bfs(g: Csr, sources: readonly number[]): Int32Array {
  const dist = new Int32Array(g.n).fill(-1);
  const queue = new Int32Array(g.n);
  let head = 0;
  let tail = 0;
  for (const s of sources) {
    if (dist[s] !== -1) continue;
    dist[s] = 0;
    queue[tail++] = s;
  }
  while (head < tail) {
    const v = queue[head++]!;
    for (let i = g.off[v]!; i < g.off[v + 1]!; i++) {
      const w = g.nbr[i]!;
      if (dist[w] !== -1) continue;
      dist[w] = dist[v]! + 1;
      queue[tail++] = w;
    }
  }
  return dist;
}

/** The number of distinct successors of each vertex (parallel edges count once). */
export function distinctOutDegree(g: Csr): Int32Array {
  const out = new Int32Array(g.n);
  const stamp = new Int32Array(g.n).fill(-1);
  for (let v = 0; v < g.n; v++) {
    for (let i = g.off[v]!; i < g.off[v + 1]!; i++) {
      const w = g.nbr[i]!;
      if (w === v || stamp[w] === v) continue;
      stamp[w] = v;
      out[v]!++;
    }
  }
  return out;
}

/**
 * Articulation points of an undirected graph (each edge stored both ways): the vertices whose
 * removal disconnects their component. Tarjan's low-link algorithm with an explicit stack, since a
 * reporting chain thousands of units long would overflow the call stack. Parallel edges and
 * self-loops do not change the answer, so they need no special care.
 */
export function articulationPoints(g: Csr): Uint8Array {
  const { n, off, nbr } = g;
  const disc = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const parent = new Int32Array(n).fill(-1);
  const cursor = new Int32Array(n);
  const stack = new Int32Array(n);
  const cut = new Uint8Array(n);
  let time = 0;
  for (let root = 0; root < n; root++) {
    if (disc[root] !== -1) continue;
    let top = 0;
    let rootChildren = 0;
    stack[top++] = root;
    disc[root] = low[root] = time++;
    cursor[root] = off[root]!;
    while (top > 0) {
      const v = stack[top - 1]!;
      if (cursor[v]! < off[v + 1]!) {
        const w = nbr[cursor[v]!++]!;
        if (disc[w] === -1) {
          parent[w] = v;
          disc[w] = low[w] = time++;
          cursor[w] = off[w]!;
          stack[top++] = w;
          if (v === root) rootChildren++;
        } else if (w !== parent[v]) low[v] = Math.min(low[v]!, disc[w]!);
        continue;
      }
      top--;
      const p = parent[v]!;
      if (p === -1) continue;
      low[p] = Math.min(low[p]!, low[v]!);
      // No back edge from v's subtree climbs above p: removing p cuts that subtree off.
      if (p !== root && low[v]! >= disc[p]!) cut[p] = 1;
    }
    if (rootChildren > 1) cut[root] = 1;
  }
  return cut;
}

/** Mean and maximum hops over the sources that have a path. */
export interface HopSummary {
  mean: number | null;
  max: number | null;
  /** Sources with no path at all. */
  unreachable: number;
}

/** Mean and maximum of the reachable distances (-1 = unreachable) at the given vertices. */
export function hopStats(dist: Int32Array, at: readonly number[]): HopSummary {
  let sum = 0;
  let count = 0;
  let max = -1;
  for (const v of at) {
    const d = dist[v]!;
    if (d < 0) continue;
    sum += d;
    count++;
    if (d > max) max = d;
  }
  return {
    mean: count ? sum / count : null,
    max: count ? max : null,
    unreachable: at.length - count,
  };
}
