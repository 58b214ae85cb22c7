import { describe, expect, it } from 'vitest';
import type { ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api';
import { absolutePosition, canConnect } from '../../src/model';
import { fromElkGraph, toElkGraph } from '../../src/layout/elk-graph';
import { MIN_CONTAINER } from '../../src/layout/options';
import type { Point } from '../../src/layout/types';
import { doc, link, unit } from '../fixtures/builders';
import { applyResult, layoutProblems } from './checks';
import { nodeEngine } from './node-engine';

const engine = nodeEngine();

/** HQ with two posts; a field office holding a CSB that holds a COB; an empty sector; OCHA. */
const nested = doc(
  [
    unit('mission-hq', 'hq'),
    unit('hom', 'hom', { parent: 'hq' }),
    unit('joc', 'joc', { parent: 'hq' }),
    unit('field-office', 'fo'),
    unit('hoo', 'fo-hoo', { parent: 'fo' }),
    unit('csb', 'csb', { parent: 'fo' }),
    unit('cob', 'cob', { parent: 'csb' }),
    unit('sector', 'empty'),
    unit('ocha', 'ocha'),
  ],
  [
    link('reports-to', 'joc', 'hom'),
    link('feeds', 'cob', 'joc'),
    link('reports-to', 'fo-hoo', 'hom'),
    link('liaises-with', 'fo-hoo', 'ocha'),
  ],
);

function find(n: ElkNode, id: string): ElkNode | undefined {
  if (n.id === id) return n;
  for (const c of n.children ?? []) {
    const f = find(c, id);
    if (f) return f;
  }
  return undefined;
}

function allEdges(n: ElkNode, out: { edge: ElkExtendedEdge; holder: string }[] = []) {
  for (const e of n.edges ?? []) out.push({ edge: e, holder: n.id });
  for (const c of n.children ?? []) allEdges(c, out);
  return out;
}

/** Absolute top-left of every node and port of a laid-out graph. */
function absolutes(n: ElkNode, ox = 0, oy = 0, out = new Map<string, Point>()) {
  const x = ox + (n.x ?? 0);
  const y = oy + (n.y ?? 0);
  out.set(n.id, { x, y });
  for (const p of n.ports ?? []) out.set(p.id, { x: x + (p.x ?? 0), y: y + (p.y ?? 0) });
  for (const c of n.children ?? []) absolutes(c, x, y, out);
  return out;
}

const onPolyline = (pts: Point[], p: Point) =>
  pts.some((a, i) => {
    const b = pts[i + 1];
    if (!b) return false;
    const within = (v: number, lo: number, hi: number) =>
      v >= Math.min(lo, hi) - 0.6 && v <= Math.max(lo, hi) + 0.6;
    return (
      within(p.x, a.x, b.x) &&
      within(p.y, a.y, b.y) &&
      (Math.abs(a.x - b.x) < 0.6 || Math.abs(a.y - b.y) < 0.6)
    );
  });

describe('toElkGraph', () => {
  it('uses only valid links in this fixture', () => {
    for (const l of Object.values(nested.links))
      expect(canConnect(nested, l.source, l.target, l.kind, l.id), l.id).toEqual({ ok: true });
  });

  it('makes containers compound nodes holding their units, and gives empty ones a size', () => {
    const g = toElkGraph(nested);
    const ids = (n: ElkNode | undefined) =>
      (n?.children ?? []).map((c) => c.id).filter((id) => !id.startsWith('#'));
    expect(ids(find(g, 'hq'))).toEqual(['hom', 'joc']);
    expect(ids(find(g, 'fo'))).toEqual(['fo-hoo', 'csb']);
    expect(ids(find(g, 'csb'))).toEqual(['cob']);
    const empty = find(g, 'empty')!;
    expect(empty.children ?? []).toEqual([]);
    expect(empty.width).toBeGreaterThanOrEqual(MIN_CONTAINER.width);
    expect(empty.height).toBeGreaterThanOrEqual(MIN_CONTAINER.height);
  });

  it('puts top-level partners beside the structure, never inside a mission container', () => {
    const g = toElkGraph(nested);
    expect((g.children ?? []).map((c) => c.id)).toEqual(['#main', 'ocha']);
    expect(ids(find(g, '#main'))).toEqual(['hq', 'fo', 'empty']);
    function ids(n: ElkNode | undefined) {
      return (n?.children ?? []).map((c) => c.id);
    }
  });

  it('ranks units by level band, then by depth along reporting lines', () => {
    const g = toElkGraph(nested);
    const part = (id: string) => find(g, id)?.layoutOptions?.['elk.partitioning.partition'];
    expect([part('hom'), part('joc')]).toEqual(['0', '1']);
    expect([part('hq'), part('fo'), part('empty')]).toEqual(['0', '1', '1']);
  });

  it('sets the options with elk. prefixes and keeps the same set on every compound node', () => {
    const g = toElkGraph(nested);
    for (const key of Object.keys(g.layoutOptions!)) expect(key.startsWith('elk.')).toBe(true);
    const hq = find(g, 'hq')!.layoutOptions!;
    for (const key of [
      'elk.algorithm',
      'elk.direction',
      'elk.edgeRouting',
      'elk.partitioning.activate',
      'elk.spacing.nodeNode',
    ])
      expect(hq[key], key).toBe(find(g, '#main')!.layoutOptions![key]);
    expect(g.layoutOptions!['elk.edgeRouting']).toBe('ORTHOGONAL');
  });

  it('switches to ELK’s cheaper options above 300 units', () => {
    const units = [
      unit('mission-hq', 'hq'),
      ...Array.from({ length: 320 }, (_, i) => unit('civil-affairs', `u${i}`, { parent: 'hq' })),
    ];
    const links = Array.from({ length: 40 }, (_, i) =>
      link('coordinates-with', `u${i}`, `u${i + 100}`),
    );
    const big = toElkGraph(doc(units, links)).layoutOptions!;
    expect(Number(big['elk.layered.thoroughness'])).toBeLessThanOrEqual(3);
    expect(big['elk.layered.nodePlacement.strategy']).not.toBe('NETWORK_SIMPLEX');
    expect(big['elk.layered.considerModelOrder.strategy']).toBeUndefined();
    const small = toElkGraph(nested).layoutOptions!;
    expect(small['elk.layered.considerModelOrder.strategy']).toBe('NODES_AND_EDGES');
  });

  it('is pure: the same document gives the same graph', () => {
    expect(toElkGraph(nested, { direction: 'RIGHT', spacing: 'roomy' })).toEqual(
      toElkGraph(nested, { direction: 'RIGHT', spacing: 'roomy' }),
    );
  });
});

describe('fromElkGraph', () => {
  it('copes with an empty document and with one holding only partners', async () => {
    const empty = doc([]);
    expect(fromElkGraph(empty, await engine.layout(toElkGraph(empty)))).toEqual({
      positions: {},
      sizes: {},
      routes: {},
    });
    const partners = doc(
      [unit('ocha', 'ocha'), unit('unct', 'unct')],
      [link('liaises-with', 'ocha', 'unct')],
    );
    const r = fromElkGraph(partners, await engine.layout(toElkGraph(partners)));
    expect(layoutProblems(partners, r)).toEqual([]);
    expect(r.positions.ocha!.x).toBe(r.positions.unct!.x); // one column
  });

  it('returns positions relative to the parent container that round-trip to ELK absolute positions', async () => {
    const laid = await engine.layout(toElkGraph(nested));
    const r = fromElkGraph(nested, laid);
    const abs = absolutes(laid);
    const placed = applyResult(nested, r);
    for (const id of Object.keys(nested.units)) {
      const p = absolutePosition(placed, id);
      const e = abs.get(id)!;
      expect(Math.abs(p.x - e.x), id).toBeLessThanOrEqual(1.5);
      expect(Math.abs(p.y - e.y), id).toBeLessThanOrEqual(1.5);
    }
    expect(r.positions.cob).toEqual({
      x: Math.round(find(laid, 'cob')!.x!),
      y: Math.round(find(laid, 'cob')!.y!),
    });
    expect(layoutProblems(nested, r)).toEqual([]);
  });

  it('translates edge sections from each holder to the canvas (hand-made layout)', () => {
    // A feed from a COB (inside a CSB inside a field office) up to the JOC (inside the HQ).
    const d = doc(
      [
        unit('mission-hq', 'hq'),
        unit('joc', 'joc', { parent: 'hq' }),
        unit('field-office', 'fo'),
        unit('csb', 'csb', { parent: 'fo' }),
        unit('cob', 'cob', { parent: 'csb' }),
      ],
      [link('feeds', 'cob', 'joc', { id: 'L' })],
    );
    const g = toElkGraph(d);
    const set = (id: string, x: number, y: number, w?: number, h?: number) => {
      const n = find(g, id)!;
      Object.assign(n, { x, y }, w === undefined ? {} : { width: w, height: h });
    };
    set('hq', 0, 0, 400, 200);
    set('joc', 100, 60);
    set('fo', 0, 300, 400, 300);
    set('csb', 50, 60, 250, 150);
    set('cob', 20, 52);
    const pieces = allEdges(g).filter(({ edge }) => edge.id.startsWith('#f|L|'));
    expect(pieces.map(({ edge, holder }) => `${edge.id}@${holder}`).sort()).toEqual([
      '#f|L|0|-@csb',
      '#f|L|1|-@fo',
      '#f|L|2|-@#root',
      '#f|L|3|-@hq',
    ]);
    // Sections in ELK's direction (from the JOC down to the COB), relative to each holder.
    const section = (id: string, pts: Point[]) => {
      const e = pieces.find(({ edge }) => edge.id === id)!.edge;
      e.sections = [
        {
          id: `${id}_s0`,
          startPoint: pts[0]!,
          endPoint: pts[pts.length - 1]!,
          bendPoints: pts.slice(1, -1),
        },
      ];
    };
    section('#f|L|3|-', [
      { x: 184, y: 124 },
      { x: 184, y: 150 },
      { x: 154, y: 150 },
      { x: 154, y: 200 },
    ]); // in hq
    section('#f|L|2|-', [
      { x: 154, y: 200 },
      { x: 154, y: 300 },
    ]); // in the root
    section('#f|L|1|-', [
      { x: 154, y: 0 },
      { x: 154, y: 60 },
    ]); // in fo
    section('#f|L|0|-', [
      { x: 104, y: 0 },
      { x: 104, y: 52 },
    ]); // in csb
    const r = fromElkGraph(d, g);
    expect(r.routes.L).toEqual([
      { x: 154, y: 412 },
      { x: 154, y: 150 },
      { x: 184, y: 150 },
      { x: 184, y: 124 },
    ]);
    expect(r.positions.cob).toEqual({ x: 20, y: 52 });
    expect(r.sizes.csb).toEqual({ width: 250, height: 150 });
  });

  it('joins the pieces of a link across nested containers at their ports (real layout)', async () => {
    const laid = await engine.layout(toElkGraph(nested));
    const r = fromElkGraph(nested, laid);
    const abs = absolutes(laid);
    const route = r.routes['cob>joc:feeds']!;
    const ports = [...abs.keys()].filter(
      (id) => id.startsWith('#p|') && id.includes('|cob>joc:feeds|'),
    );
    expect(ports.map((p) => p.split('|')[1]).sort()).toEqual(['csb', 'fo', 'hq']);
    for (const p of ports) expect(onPolyline(route, abs.get(p)!), p).toBe(true);
    const placed = applyResult(nested, r);
    const cob = absolutePosition(placed, 'cob');
    const joc = absolutePosition(placed, 'joc');
    expect(route[0]!.y).toBeCloseTo(cob.y, 0); // leaves the COB at its top…
    expect(route[route.length - 1]!.y).toBeCloseTo(joc.y + 64, 0); // …and reaches the JOC from below
  });
});
