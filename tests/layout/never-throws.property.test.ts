import fc from 'fast-check';
import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import { layoutDocument } from '../../src/layout/engine';
import { layoutPatch } from '../../src/layout/patch';
import type { LayoutOptions } from '../../src/layout/types';
import { commands, LINK_KINDS, parseDocument, serializeDocument } from '../../src/model';
import type { Link, OrgDoc, Unit } from '../../src/model';
import { buildDoc, docSpecArbOf, pointArb } from '../fixtures/random-doc';
import { layoutProblems } from './checks';
import { nodeEngine } from './node-engine';

// property.test.ts lays out 200 random documents whose units have no position and whose links
// have no route, with links only of the kinds a random pick lands on. This file covers what it
// leaves out: every link kind in every document, units that already have positions (and some that
// do not), routes left over from an earlier layout, container sizes, measured card sizes, and
// partial layouts (`only`), and checks that the result, applied as the app applies it, still
// opens as a file.

const engine = nodeEngine();

/** One link of every kind, each one canConnect allows, among units every document gets. */
const GADGET_UNITS: [string, string][] = [
  ['g-hom', 'hom'],
  ['g-cos', 'cos'],
  ['g-adv', 'poc-adviser'],
  ['g-joc', 'joc'],
  ['g-jmac', 'jmac'],
  ['g-force', 'force'],
  ['g-fhq', 'force-hq'],
  ['g-smg', 'smg-p'],
  ['g-wg', 'poc-wg'],
  ['g-ocha', 'ocha'],
];
const GADGET_LINKS: [Link['kind'], string, string][] = [
  ['reports-to', 'g-cos', 'g-hom'],
  ['command', 'g-force', 'g-fhq'],
  ['tasks', 'g-cos', 'g-joc'],
  ['coordinates-with', 'g-joc', 'g-jmac'],
  ['advises', 'g-adv', 'g-hom'],
  ['liaises-with', 'g-ocha', 'g-adv'],
  ['chairs', 'g-hom', 'g-smg'],
  ['co-chairs', 'g-cos', 'g-smg'],
  ['member-of', 'g-joc', 'g-wg'],
  ['observer-of', 'g-ocha', 'g-wg'],
  ['secretariat-of', 'g-adv', 'g-smg'],
  ['escalates-to', 'g-wg', 'g-smg'],
  ['feeds', 'g-jmac', 'g-wg'],
];

const caseArb = fc.record({
  // Smaller than the other properties' documents: ELK is what takes the time here.
  spec: docSpecArbOf({ containers: 4, units: 12, links: 16 }),
  // Where each gadget unit goes (a container of the random document, or the top level) and
  // whether it has a position already; whether each gadget link carries a stale route.
  gadget: fc.array(
    fc.record({ parent: fc.integer({ min: -2, max: 5 }), at: fc.option(pointArb) }),
    {
      minLength: GADGET_UNITS.length,
      maxLength: GADGET_UNITS.length,
    },
  ),
  routes: fc.array(fc.option(fc.array(pointArb, { minLength: 2, maxLength: 5 })), {
    minLength: GADGET_LINKS.length,
    maxLength: GADGET_LINKS.length,
  }),
  direction: fc.constantFrom('DOWN' as const, 'RIGHT' as const),
  spacing: fc.constantFrom('compact' as const, 'normal' as const, 'roomy' as const),
  measured: fc.array(fc.tuple(fc.nat(99), fc.integer({ min: 80, max: 320 })), { maxLength: 4 }),
  // A partial layout (two or more selected units) one time in three.
  only: fc.oneof(
    { arbitrary: fc.constant(null), weight: 2 },
    { arbitrary: fc.array(fc.nat(99), { minLength: 2, maxLength: 6 }), weight: 1 },
  ),
});
type Case = typeof caseArb extends fc.Arbitrary<infer T> ? T : never;

function build(c: Case): { doc: OrgDoc; options: LayoutOptions } {
  const doc = buildDoc(c.spec);
  const containers = Object.keys(doc.units).filter((id) => id.startsWith('c'));
  GADGET_UNITS.forEach(([id, kind], i) => {
    const g = c.gadget[i]!;
    const u: Unit = { id, kind, label: kind.toUpperCase() };
    const parent = g.parent >= 0 ? containers[g.parent % (containers.length || 1)] : undefined;
    if (parent) u.parent = parent;
    if (g.at) u.position = g.at;
    doc.units[id] = u;
  });
  GADGET_LINKS.forEach(([kind, source, target], i) => {
    const route = c.routes[i];
    const id = `g${i}`;
    doc.links[id] = { id, kind, source, target, ...(route ? { route } : {}) };
  });
  const ids = Object.keys(doc.units);
  const sizes = Object.fromEntries(
    c.measured.map(([i, w]) => [ids[i % ids.length]!, { width: w, height: w / 3 }]),
  );
  const only = c.only ? [...new Set(c.only.map((i) => ids[i % ids.length]!))] : undefined;
  return {
    doc,
    options: { direction: c.direction, spacing: c.spacing, sizes, ...(only ? { only } : {}) },
  };
}

const finite = (p: { x: number; y: number }) => Number.isFinite(p.x) && Number.isFinite(p.y);

describe('auto-layout of documents with every link kind, positions and old routes', () => {
  it('never throws, and its result applied as the app applies it still opens', async () => {
    await fc.assert(
      fc.asyncProperty(caseArb, async (c) => {
        const { doc, options } = build(c);
        const input = parseDocument(serializeDocument(doc));
        expect(input.ok ? [] : input.problems).toEqual([]);
        expect(new Set(Object.values(doc.links).map((l) => l.kind)).size).toBe(LINK_KINDS.length);

        const r = await layoutDocument(engine, doc, options);
        for (const [id, p] of Object.entries(r.positions)) expect(finite(p), id).toBe(true);
        for (const [id, s] of Object.entries(r.sizes))
          expect(s.width * s.height, id).toBeGreaterThan(0);
        for (const [id, pts] of Object.entries(r.routes)) {
          expect(doc.links[id], `route for ${id}`).toBeDefined();
          expect(pts.length >= 2 && pts.every(finite), id).toBe(true);
        }
        if (!options.only)
          expect(
            layoutProblems(doc, r, { direction: options.direction, sizes: options.sizes }),
          ).toEqual([]);

        // What runAutoLayout does with the result: one applyLayout over the units' moves and the
        // routes of the links among the units laid out.
        const among = new Set(options.only ?? Object.keys(doc.units));
        const laidOut = Object.values(doc.links)
          .filter((l) => among.has(l.source) && among.has(l.target))
          .map((l) => l.id);
        const after = produce(doc, (d) =>
          commands.applyLayout(d, layoutPatch(doc, r), r.routes, laidOut),
        );
        const out = parseDocument(serializeDocument(after));
        expect(out.ok ? [] : out.problems).toEqual([]);
      }),
      { numRuns: 30, seed: 20261124, endOnFailure: true },
    );
  }, 120_000);
});
