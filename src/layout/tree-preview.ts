import { hierarchy, tree } from 'd3-hierarchy';
import type { HierarchyPointNode } from 'd3-hierarchy';
import { CONTAINER_HEADER, CONTAINER_PAD, isContainer, linkKindDef, UNIT_SIZE } from '../model';
import type { OrgDoc, Unit } from '../model';
import { MIN_CONTAINER, SPACINGS } from './options';
import type { LayoutOptions, LayoutResult, Point, Size } from './types';

/** Above this many units a tree preview is shown while ELK works (performance.md §3). */
export const PREVIEW_UNITS = 2000;

interface TreeNode {
  id: string;
  children: TreeNode[];
}

/**
 * A quick tidy-tree placement (d3-hierarchy, linear time) for very large documents: shown while
 * ELK computes the real layout, so the planner sees the chart take shape at once. Each container
 * is laid out on its own, innermost first: its units as a forest along the hierarchy links
 * (reports-to, command, escalates-to), then its sub-containers in rows below. It draws no routes.
 */
export function treePreview(doc: OrgDoc, opts: LayoutOptions = {}): LayoutResult {
  const spacing = SPACINGS[opts.spacing ?? 'normal'];
  const across = opts.direction === 'RIGHT' ? 'height' : 'width';
  const down = across === 'width' ? 'height' : 'width';
  const kids = new Map<string | undefined, Unit[]>();
  for (const u of Object.values(doc.units)) {
    const p = u.parent && doc.units[u.parent] ? u.parent : undefined;
    const list = kids.get(p);
    if (list) list.push(u);
    else kids.set(p, [u]);
  }
  const superior = superiors(doc);
  const positions: Record<string, Point> = {};
  const sizes: Record<string, Size> = {};
  const sizeOf = (u: Unit): Size =>
    sizes[u.id] ?? opts.sizes?.[u.id] ?? (isContainer(u) ? MIN_CONTAINER : UNIT_SIZE);

  /** Lays out one container's contents from (0,0) and returns their extent. */
  const place = (parent: string | undefined): Size => {
    const members = kids.get(parent) ?? [];
    const boxes = members.filter((u) => isContainer(u));
    for (const c of boxes) {
      const inner = place(c.id);
      sizes[c.id] = {
        width: Math.max(MIN_CONTAINER.width, inner.width + 2 * CONTAINER_PAD),
        height: Math.max(MIN_CONTAINER.height, inner.height + CONTAINER_HEADER + 2 * CONTAINER_PAD),
      };
    }
    const top = parent ? { x: CONTAINER_PAD, y: CONTAINER_HEADER + CONTAINER_PAD } : { x: 0, y: 0 };
    const units = members.filter((u) => !isContainer(u));
    const forest = forestOf(units, superior);
    const cellAcross = UNIT_SIZE[across] + spacing.node;
    const cellDown = UNIT_SIZE[down] + spacing.layers;
    const laid = tree<TreeNode>().nodeSize([cellAcross, cellDown])(hierarchy(forest));
    let minA = Infinity;
    let maxA = -Infinity;
    let maxD = 0;
    laid.each((n) => {
      if (n.depth === 0) return;
      minA = Math.min(minA, n.x);
      maxA = Math.max(maxA, n.x);
      maxD = Math.max(maxD, n.y);
    });
    const place1 = (n: HierarchyPointNode<TreeNode>) => {
      const a = n.x - minA;
      const d = n.y - cellDown; // depth 1 sits on the first row
      positions[n.data.id] =
        across === 'width' ? { x: top.x + a, y: top.y + d } : { x: top.x + d, y: top.y + a };
    };
    laid.each((n) => n.depth > 0 && place1(n));
    let extentA = units.length ? maxA - minA + UNIT_SIZE[across] : 0;
    let extentD = units.length ? maxD : 0;
    // Sub-containers follow in rows, wrapped so that the whole block is about twice as wide as it
    // is deep (a screen's shape), and never narrower than the unit tree above them.
    let area = 0;
    for (const c of boxes) {
      const sz = sizeOf(c);
      area += (sz.width + spacing.node) * (sz.height + spacing.layers);
    }
    const wrap = Math.max(extentA, Math.sqrt(area * 2));
    let a = 0;
    let rowDepth = 0;
    let d = extentD ? extentD + spacing.layers : 0;
    for (const c of boxes) {
      const s = sizeOf(c);
      if (a > 0 && a + s[across] > wrap) {
        d += rowDepth + spacing.layers;
        a = 0;
        rowDepth = 0;
      }
      positions[c.id] =
        across === 'width' ? { x: top.x + a, y: top.y + d } : { x: top.x + d, y: top.y + a };
      a += s[across] + spacing.node;
      rowDepth = Math.max(rowDepth, s[down]);
      extentA = Math.max(extentA, a - spacing.node);
    }
    extentD = Math.max(extentD, boxes.length ? d + rowDepth : 0);
    return across === 'width'
      ? { width: extentA, height: extentD }
      : { width: extentD, height: extentA };
  };
  place(undefined);
  for (const p of Object.values(positions)) {
    p.x = Math.round(p.x);
    p.y = Math.round(p.y);
  }
  return { positions, sizes, routes: {} };
}

/** Each unit's superior along the first hierarchy link that has one (the tree the chart shows). */
function superiors(doc: OrgDoc): Map<string, string> {
  const up = new Map<string, string>();
  for (const l of Object.values(doc.links)) {
    const def = linkKindDef(l.kind);
    if (!def?.hierarchical) continue;
    const [lower, upper] = def.superior === 'source' ? [l.target, l.source] : [l.source, l.target];
    if (!up.has(lower) && lower !== upper) up.set(lower, upper);
  }
  return up;
}

/**
 * The units of one container as a forest under a hidden root: a unit hangs under its superior when
 * that superior is in the same container; cycles are broken by walking from the roots only.
 */
function forestOf(units: readonly Unit[], superior: Map<string, string>): TreeNode {
  const here = new Set(units.map((u) => u.id));
  const nodes = new Map(units.map((u) => [u.id, { id: u.id, children: [] as TreeNode[] }]));
  const below = new Map<string, TreeNode[]>();
  const roots: TreeNode[] = [];
  for (const u of units) {
    const s = superior.get(u.id);
    const n = nodes.get(u.id)!;
    if (s && here.has(s)) {
      const list = below.get(s);
      if (list) list.push(n);
      else below.set(s, [n]);
    } else roots.push(n);
  }
  const root: TreeNode = { id: '#preview-root', children: roots };
  const seen = new Set<string>();
  const stack = [...roots];
  while (stack.length) {
    const n = stack.pop()!;
    seen.add(n.id);
    n.children = (below.get(n.id) ?? []).filter((c) => !seen.has(c.id));
    for (const c of n.children) seen.add(c.id);
    stack.push(...n.children);
  }
  // Units caught in a cycle of superiors were never reached from a root: they become roots.
  for (const u of units) if (!seen.has(u.id)) root.children.push(nodes.get(u.id)!);
  return root;
}
