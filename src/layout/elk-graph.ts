import type { ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api';
import {
  absolutePosition,
  linkKindDef,
  CONTAINER_HEADER,
  CONTAINER_PAD,
  isContainer,
  sizeOf,
  UNIT_SIZE,
} from '../model';
import type { Link, OrgDoc } from '../model';
import { LARGE_GRAPH_UNITS, MIN_CONTAINER, rootLayoutOptions, SPACINGS } from './options';
import { straightRoute, tidy } from './routes';
import type { Box } from './routes';
import { buildStructure, chainOf, commonScope, inSideColumn, ROOT } from './structure';
import type { LayoutOptions, LayoutResult, Point, Size } from './types';

/*
 * Ids in the ELK graph. Units keep their own ids; everything synthetic starts with '#' and uses
 * '|' as separator, neither of which a document id may contain.
 *   #root                    the graph
 *   #main                    the structure, when top-level external partners stand beside it
 *   #group|<parent>          partial layout: the selected units that share a parent
 *   #hub|h<n>                a tiny node one layer away, for links between units of the same rank
 *   #p|<container>|<id>|c    a port where chain c of <id> crosses the border of <container>
 *   #p|<container>|<side>    in large graphs, the one port on each side that all links share
 *   #c|<id>|k|±              piece k of chain c of link (or hub) <id>; + when the ELK edge runs
 *                            along the chain, - when against it
 *   #s|<link>|k|±|h<n>       piece k of the chain from a link's source to its hub h<n>
 * Chains, in the order their pieces are numbered: f runs from the link's source to its target;
 * s runs from the source to the link's hub and t from a hub to the target (shared by the links of
 * one participation kind into the same forum); x runs from the mission unit of a link with a
 * side-column partner out to that partner.
 *
 * Every container is its own graph (SEPARATE_CHILDREN): a link that crosses container borders is
 * cut at each border into pieces joined by ports, which is how it gets routed and how the level
 * bands (ELK partitions, honoured in each graph) stay intact inside containers.
 */
type Common = NonNullable<ReturnType<typeof commonScope>>;

const MAIN = '#main';
const HUB = '#hub|';
const PORT = '#p|';
const GROUP = '#group|';
const CHAINS = ['f', 's', 't', 'x'] as const;
type Chain = (typeof CHAINS)[number];

const HUB_SIZE = 2;
const PARTITION = 'elk.partitioning.partition';
const NO_PAD = '[top=0,left=0,bottom=0,right=0]';
const containerPadding = `[top=${CONTAINER_HEADER + CONTAINER_PAD},left=${CONTAINER_PAD},bottom=${CONTAINER_PAD},right=${CONTAINER_PAD}]`;

type Side = 'NORTH' | 'SOUTH' | 'EAST' | 'WEST';

/**
 * The ELK graph for a document: containers are compound nodes holding their units; every link is
 * one or more edges (see above); top-level external partners stand in a column to the right of the
 * structure. Pure: no ELK call.
 */
export function toElkGraph(doc: OrgDoc, opts: LayoutOptions = {}): ElkNode {
  const direction = opts.direction ?? 'DOWN';
  const st = buildStructure(doc, opts.only);
  const shared = rootLayoutOptions(direction, opts.spacing ?? 'normal', st.ids.length);
  const align = direction === 'DOWN' ? 'TOP' : 'LEFT';
  const side = new Set(st.sideColumn);

  const root: ElkNode = { id: ROOT, layoutOptions: { ...shared }, children: [], edges: [] };
  let missionRoot = root;
  if (side.size > 0) {
    // Structure and partners side by side: the root runs left to right, the partners in one layer.
    root.layoutOptions!['elk.direction'] = 'RIGHT';
    if (st.ids.length > 0) {
      missionRoot = {
        id: MAIN,
        layoutOptions: {
          ...shared,
          'elk.padding': NO_PAD,
          [PARTITION]: '0',
          'elk.alignment': 'TOP',
        },
        children: [],
        edges: [],
      };
      root.children!.push(missionRoot);
    }
    for (const id of st.sideColumn) {
      const size = opts.sizes?.[id] ?? UNIT_SIZE;
      root.children!.push({
        id,
        width: size.width,
        height: size.height,
        layoutOptions: { [PARTITION]: '1', 'elk.alignment': 'LEFT' },
      });
    }
  }
  const scopeNode = new Map<string, ElkNode>([[ROOT, missionRoot]]);
  for (const g of st.groups) {
    const node: ElkNode = {
      id: g,
      layoutOptions: { ...shared, 'elk.padding': NO_PAD, [PARTITION]: '0' },
      children: [],
      edges: [],
    };
    root.children!.push(node);
    scopeNode.set(g, node);
  }

  // Units, parents before children (document order may list a child first).
  const nodeOf = new Map<string, ElkNode>();
  const make = (id: string): ElkNode => {
    const existing = nodeOf.get(id);
    if (existing) return existing;
    const u = doc.units[id]!;
    const node: ElkNode = {
      id,
      layoutOptions: { [PARTITION]: String(st.rank.get(id) ?? 0), 'elk.alignment': align },
    };
    if (isContainer(u) && (st.kids.get(id) ?? []).length > 0) {
      node.layoutOptions = {
        ...shared,
        ...node.layoutOptions,
        'elk.padding': containerPadding,
        'elk.nodeSize.constraints': 'MINIMUM_SIZE',
        'elk.nodeSize.minimum': `(${MIN_CONTAINER.width}, ${MIN_CONTAINER.height})`,
      };
      node.children = [];
      node.edges = [];
      scopeNode.set(id, node);
    } else if (isContainer(u)) {
      // An empty container needs a size of its own (elkjs#396).
      const size = opts.sizes?.[id] ?? u.size ?? MIN_CONTAINER;
      node.width = Math.max(size.width, MIN_CONTAINER.width);
      node.height = Math.max(size.height, MIN_CONTAINER.height);
    } else {
      const size = opts.sizes?.[id] ?? UNIT_SIZE;
      node.width = size.width;
      node.height = size.height;
    }
    nodeOf.set(id, node);
    const scope = st.scopeOf.get(id)!;
    const parent = scopeNode.get(scope) ?? make(scope);
    parent.children!.push(node);
    return node;
  };
  for (const id of st.ids) make(id);
  const holderOf = (scope: string) => scopeNode.get(scope) ?? nodeOf.get(scope)!;

  // First pass: how each link is drawn, and which partitions each graph ends up with (hubs can
  // add one below or above its units).
  type Plan =
    | { kind: 'x'; m: string; ext: string }
    | { kind: 'f'; c: Common; forward: boolean }
    | { kind: 'hub'; c: Common; rank: number; below: boolean };
  const plans: [Link, Plan][] = [];
  const span = new Map<string, { min: number; max: number }>();
  for (const [scope, ranks] of st.ranksIn)
    span.set(scope, { min: Math.min(...ranks), max: Math.max(...ranks) });
  for (const l of Object.values(doc.links)) {
    const { source: s, target: t } = l;
    if (s === t) continue;
    if (side.has(s) || side.has(t)) {
      if (side.has(s) && side.has(t)) continue; // drawn beside the column by fromElkGraph
      const m = side.has(s) ? t : s;
      if (st.has.has(m)) plans.push([l, { kind: 'x', m, ext: side.has(s) ? s : t }]);
      continue;
    }
    if (!st.has.has(s) || !st.has.has(t)) continue;
    const c = commonScope(st, s, t);
    if (!c) continue;
    const rs = st.rank.get(c.ra)!;
    const rt = st.rank.get(c.rb)!;
    if (rs !== rt) {
      plans.push([l, { kind: 'f', c, forward: rs < rt }]);
      continue;
    }
    const ranks = st.ranksIn.get(c.scope)!;
    const below = ranks.has(rs + 1) || !ranks.has(rs - 1);
    const sp = span.get(c.scope)!;
    sp.min = Math.min(sp.min, below ? rs + 1 : rs - 1);
    sp.max = Math.max(sp.max, below ? rs + 1 : rs - 1);
    plans.push([l, { kind: 'hub', c, rank: rs, below }]);
  }

  // Large graphs share one port per container side: ELK's cost grows steeply with the number of
  // ports (a 1,000-unit document went from 17 s to under 3 s). Small ones get a port per link, so
  // links stay apart where they cross a border.
  const sharePorts = st.ids.length > LARGE_GRAPH_UNITS;
  const havePort = new Set<string>();
  const addPort = (container: string, id: string, portSide: Side) => {
    if (havePort.has(id)) return;
    havePort.add(id);
    const node = container === MAIN ? missionRoot : nodeOf.get(container)!;
    node.ports ??= [];
    node.ports.push({ id, width: 0, height: 0, layoutOptions: { 'elk.port.side': portSide } });
    node.layoutOptions!['elk.portConstraints'] = 'FIXED_SIDE';
  };
  /**
   * The side of container c where a link to or from its unit `inner` crosses. ELK 0.12 throws
   * ("layer constraint set to FIRST/LAST") when a port on the side facing into the flow connects
   * to a unit outside the first partition, or one on the side facing along the flow to a unit
   * outside the last: those links cross on a lateral side instead.
   */
  const sideFor = (c: string, inner: string, role: 'down' | 'up' | 'x'): Side => {
    const sp = span.get(c === MAIN ? ROOT : c)!;
    const r = st.rank.get(inner)!;
    if (direction === 'DOWN') {
      if (role === 'x') return 'EAST';
      if (role === 'down') return r === sp.max ? 'SOUTH' : 'EAST';
      return r === sp.min ? 'NORTH' : 'WEST';
    }
    if (role === 'up') return r === sp.min ? 'WEST' : 'NORTH';
    return r === sp.max ? 'EAST' : 'SOUTH';
  };
  interface Hop {
    a: string;
    b: string;
    holder: ElkNode;
  }
  /** Hops from x out through each container in `crossing`, with a port on each border. */
  const outward = (
    x: string,
    crossing: string[],
    role: 'down' | 'up' | 'x',
    linkId: string,
    chain: Chain,
  ) => {
    const hops: Hop[] = [];
    let cur = x;
    let inner = x;
    for (const c of crossing) {
      const portSide = sideFor(c, inner, role);
      const pid = sharePorts ? `${PORT}${c}|${portSide}` : `${PORT}${c}|${linkId}|${chain}`;
      addPort(c, pid, portSide);
      hops.push({ a: cur, b: pid, holder: c === MAIN ? missionRoot : nodeOf.get(c)! });
      cur = pid;
      inner = c;
    }
    return { hops, end: cur };
  };
  /** The containers a unit's link crosses on its way out to `rep` (the unit's ancestor-or-self). */
  const crossings = (x: string, rep: string) => {
    const chain = chainOf(st, x);
    return chain.slice(1, chain.indexOf(rep) + 1);
  };
  const emit = (linkId: string, chain: Chain, hops: Hop[], along: boolean, suffix = '') => {
    hops.forEach((h, k) => {
      const id = `#${chain}|${linkId}|${k}|${along ? '+' : '-'}${suffix}`;
      h.holder.edges!.push(
        along ? { id, sources: [h.a], targets: [h.b] } : { id, sources: [h.b], targets: [h.a] },
      );
    });
  };
  const flip = (hops: Hop[]) =>
    [...hops].reverse().map((h) => ({ a: h.b, b: h.a, holder: h.holder }));
  const sharedHubs = new Map<string, string>();
  let hubCount = 0;

  for (const [l, plan] of plans) {
    const { source: s, target: t } = l;
    if (plan.kind === 'x') {
      const chain = chainOf(st, plan.m);
      const out = outward(plan.m, [...chain.slice(1, -1), MAIN], 'x', l.id, 'x');
      emit(l.id, 'x', [...out.hops, { a: out.end, b: plan.ext, holder: root }], true);
      continue;
    }
    const { c } = plan;
    const holder = holderOf(c.scope);
    if (plan.kind === 'f') {
      const { forward } = plan;
      const a = outward(s, crossings(s, c.ra), forward ? 'down' : 'up', l.id, 'f');
      const b = outward(t, crossings(t, c.rb), forward ? 'up' : 'down', l.id, 'f');
      emit(l.id, 'f', [...a.hops, { a: a.end, b: b.end, holder }, ...flip(b.hops)], forward);
      continue;
    }
    // Same rank: an edge between them would push one unit a layer down, so both ends run to a
    // hub in a neighbouring layer instead ("a dotted line does not change the tree"). The links of
    // one participation kind into the same forum share a hub, like a bracket.
    const { below } = plan;
    const role = below ? 'down' : 'up';
    const shareKey = linkKindDef(l.kind).participation
      ? `${c.scope}\u0000${t}\u0000${l.kind}\u0000${below}`
      : undefined;
    let hub = shareKey === undefined ? undefined : sharedHubs.get(shareKey);
    if (!hub) {
      hub = `h${hubCount++}`;
      if (shareKey !== undefined) sharedHubs.set(shareKey, hub);
      const hubId = `${HUB}${hub}`;
      holder.children!.push({
        id: hubId,
        width: HUB_SIZE,
        height: HUB_SIZE,
        layoutOptions: {
          [PARTITION]: String(below ? plan.rank + 1 : plan.rank - 1),
          'elk.alignment': align,
        },
      });
      const b = outward(t, crossings(t, c.rb), role, hub, 't');
      emit(hub, 't', flip([...b.hops, { a: b.end, b: hubId, holder }]), !below);
    }
    const a = outward(s, crossings(s, c.ra), role, l.id, 's');
    emit(l.id, 's', [...a.hops, { a: a.end, b: `${HUB}${hub}`, holder }], below, `|${hub}`);
  }
  return root;
}

interface Placed {
  node: ElkNode;
  parent: string | undefined;
  /** Absolute top-left in the ELK frame. */
  abs: Point;
}

/**
 * Reads a laid-out ELK graph back into document terms: positions relative to each unit's parent,
 * container sizes, and every link's route in absolute canvas coordinates (edge sections come
 * relative to the node that holds the edge and are translated here, then the pieces of a link are
 * joined at their ports).
 */
export function fromElkGraph(doc: OrgDoc, laidOut: ElkNode): LayoutResult {
  const placed = new Map<string, Placed>();
  const edgesAt: { edge: ElkExtendedEdge; holder: string }[] = [];
  const walk = (node: ElkNode, parent: string | undefined, ox: number, oy: number) => {
    const abs = { x: ox + (node.x ?? 0), y: oy + (node.y ?? 0) };
    placed.set(node.id, { node, parent, abs });
    for (const c of node.children ?? []) walk(c, node.id, abs.x, abs.y);
    for (const e of node.edges ?? []) edgesAt.push({ edge: e, holder: node.id });
  };
  walk(laidOut, undefined, -(laidOut.x ?? 0), -(laidOut.y ?? 0));

  const positions: Record<string, Point> = {};
  const sizes: Record<string, Size> = {};
  const groups = (laidOut.children ?? []).filter((c) => c.id.startsWith(GROUP));
  const partial = groups.length > 0;

  // Translation from the ELK frame to the canvas (one per group in a partial layout).
  const shiftOf = new Map<string, Point>();
  const noShift = { x: 0, y: 0 };
  for (const g of groups) {
    const parentId = g.id.slice(GROUP.length) || undefined;
    const members = (g.children ?? []).filter((c) => doc.units[c.id]);
    if (members.length === 0) continue;
    const bx = Math.min(...members.map((c) => doc.units[c.id]!.position?.x ?? 0));
    const by = Math.min(...members.map((c) => doc.units[c.id]!.position?.y ?? 0));
    const cx = Math.min(...members.map((c) => c.x ?? 0));
    const cy = Math.min(...members.map((c) => c.y ?? 0));
    const gAbs = placed.get(g.id)!.abs;
    const pAbs = parentId && doc.units[parentId] ? absolutePosition(doc, parentId) : { x: 0, y: 0 };
    const shift = { x: pAbs.x + bx - cx - gAbs.x, y: pAbs.y + by - cy - gAbs.y };
    const mark = (n: ElkNode) => {
      shiftOf.set(n.id, shift);
      for (const c of n.children ?? []) mark(c);
    };
    mark(g);
    for (const c of members) positions[c.id] = { x: bx + (c.x ?? 0) - cx, y: by + (c.y ?? 0) - cy };
  }
  for (const [id, { node, parent, abs }] of placed) {
    const u = doc.units[id];
    if (!u || id.startsWith('#')) continue;
    if (!(id in positions)) {
      // Inside a container ELK's position is already relative to it; at the top, use the canvas.
      positions[id] =
        parent && doc.units[parent] ? { x: node.x ?? 0, y: node.y ?? 0 } : { x: abs.x, y: abs.y };
    }
    if (isContainer(u) && node.width !== undefined && node.height !== undefined)
      sizes[id] = { width: node.width, height: node.height };
  }
  const boxOf = (id: string): Box | undefined => {
    const p = placed.get(id);
    if (!p) return undefined;
    const sh = shiftOf.get(id) ?? noShift;
    return {
      x: p.abs.x + sh.x,
      y: p.abs.y + sh.y,
      width: p.node.width ?? 0,
      height: p.node.height ?? 0,
    };
  };

  // Edge sections → absolute points, grouped by link (or hub) and chain.
  const chains = new Map<string, { k: number; pts: Point[] }[]>();
  const hubOf = new Map<string, string>();
  for (const { edge, holder } of edgesAt) {
    const parts = edge.id.split('|');
    const chain = parts[0]!.slice(1) as Chain;
    if (parts.length < 4 || !CHAINS.includes(chain)) continue;
    if (parts[4]) hubOf.set(parts[1]!, parts[4]);
    const frame = placed.get(edge.container ?? holder)?.abs ?? placed.get(holder)!.abs;
    const sh = shiftOf.get(holder) ?? noShift;
    const pts: Point[] = [];
    for (const sec of edge.sections ?? []) {
      for (const p of [sec.startPoint, ...(sec.bendPoints ?? []), sec.endPoint])
        pts.push({ x: frame.x + p.x + sh.x, y: frame.y + p.y + sh.y });
    }
    if (parts[3] === '-') pts.reverse();
    const key = `${chain}|${parts[1]}`;
    const list = chains.get(key) ?? [];
    list.push({ k: Number(parts[2]), pts });
    chains.set(key, list);
  }
  const joined = (chain: Chain, linkId: string): Point[] | undefined => {
    const list = chains.get(`${chain}|${linkId}`);
    if (!list || list.some((p) => p.pts.length < 2)) return undefined;
    return list.sort((a, b) => a.k - b.k).flatMap((p) => p.pts);
  };

  const routes: Record<string, Point[]> = {};
  const sideLinks: string[] = [];
  const inColumn = (id: string) => {
    const u = doc.units[id];
    return !partial && !!u && inSideColumn(u);
  };
  for (const l of Object.values(doc.links)) {
    const f = joined('f', l.id);
    if (f) {
      routes[l.id] = tidy(f);
      continue;
    }
    const sh = joined('s', l.id);
    const hub = hubOf.get(l.id);
    const th = hub === undefined ? undefined : joined('t', hub);
    if (sh && th) {
      // source → hub, then hub → target, leaving out the hub itself.
      routes[l.id] = tidy([...sh.slice(0, -1), ...th.slice(1)]);
      continue;
    }
    const x = joined('x', l.id);
    if (x) {
      const pts = tidy(x);
      routes[l.id] = inColumn(l.source) ? pts.reverse() : pts;
      continue;
    }
    if (inColumn(l.source) && inColumn(l.target) && l.source !== l.target) sideLinks.push(l.id);
  }

  // Links between two side-column partners: a bracket to the right of the column.
  if (sideLinks.length > 0) {
    const column = (laidOut.children ?? []).filter((c) => doc.units[c.id] && inColumn(c.id));
    const right = Math.max(...column.map((c) => (c.x ?? 0) + (c.width ?? 0)));
    const lo = laidOut.layoutOptions ?? {};
    const gap = Number(lo['elk.spacing.edgeNode'] ?? SPACINGS.normal.edgeNode);
    const step = Math.max(6, Number(lo['elk.spacing.edgeEdge'] ?? SPACINGS.normal.edgeEdge));
    sideLinks.forEach((id, k) => {
      const l = doc.links[id]!;
      const a = boxOf(l.source);
      const b = boxOf(l.target);
      if (!a || !b) return;
      const x = right + gap + k * step;
      const ya = a.y + a.height / 2;
      const yb = b.y + b.height / 2;
      routes[id] = tidy([
        { x: a.x + a.width, y: ya },
        { x, y: ya },
        { x, y: yb },
        { x: b.x + b.width, y: yb },
      ]);
    });
  }

  if (partial) growParents(doc, groups, positions, sizes, placed);

  // Anything still without a route (a link ELK could not take) gets a straight line.
  for (const l of Object.values(doc.links)) {
    if (routes[l.id] || l.source === l.target) continue;
    const a = boxOf(l.source);
    const b = boxOf(l.target);
    if (a && b && (!partial || shiftOf.get(l.source) === shiftOf.get(l.target)))
      routes[l.id] = straightRoute(a, b);
  }
  return roundResult({ positions, sizes, routes });
}

/**
 * Whole pixels for positions and sizes (sizes rounded up, so children stay inside), tenths for
 * routes: files stay readable and the same input always gives the same numbers.
 */
function roundResult(r: LayoutResult): LayoutResult {
  const tenth = (n: number) => Math.round(n * 10) / 10;
  const positions: Record<string, Point> = {};
  for (const [id, p] of Object.entries(r.positions))
    positions[id] = { x: Math.round(p.x), y: Math.round(p.y) };
  const sizes: Record<string, Size> = {};
  for (const [id, s] of Object.entries(r.sizes))
    sizes[id] = { width: Math.ceil(s.width - 0.01), height: Math.ceil(s.height - 0.01) };
  const routes: Record<string, Point[]> = {};
  for (const [id, pts] of Object.entries(r.routes))
    routes[id] = tidy(pts.map((p) => ({ x: tenth(p.x), y: tenth(p.y) })));
  return { positions, sizes, routes };
}

/** After a partial layout, grows each container (and the containers around it) to hold its units. */
function growParents(
  doc: OrgDoc,
  groups: ElkNode[],
  positions: Record<string, Point>,
  sizes: Record<string, Size>,
  placed: Map<string, Placed>,
): void {
  const sizeNow = (id: string): Size => {
    const n = placed.get(id)?.node;
    if (sizes[id]) return sizes[id];
    if (n?.width !== undefined && n.height !== undefined)
      return { width: n.width, height: n.height };
    return sizeOf(doc.units[id]!);
  };
  const posNow = (id: string): Point => positions[id] ?? doc.units[id]!.position ?? { x: 0, y: 0 };
  const childrenOf = new Map<string, string[]>();
  for (const u of Object.values(doc.units)) {
    if (u.parent === undefined) continue;
    const list = childrenOf.get(u.parent);
    if (list) list.push(u.id);
    else childrenOf.set(u.parent, [u.id]);
  }
  for (const g of groups) {
    let parent: string | undefined = g.id.slice(GROUP.length) || undefined;
    const seen = new Set<string>();
    while (parent && doc.units[parent] && !seen.has(parent)) {
      seen.add(parent);
      const cur = sizeNow(parent);
      let w = cur.width;
      let h = cur.height;
      for (const c of childrenOf.get(parent) ?? []) {
        const p = posNow(c);
        const sz = sizeNow(c);
        w = Math.max(w, p.x + sz.width + CONTAINER_PAD);
        h = Math.max(h, p.y + sz.height + CONTAINER_PAD);
      }
      if (w === cur.width && h === cur.height) break;
      sizes[parent] = { width: w, height: h };
      parent = doc.units[parent]!.parent;
    }
  }
}
