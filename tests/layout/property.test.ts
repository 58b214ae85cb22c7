import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { canConnect, LEVELS, LINK_KINDS } from '../../src/model';
import type { Level, LinkKind, OrgDoc, Unit } from '../../src/model';
import { layoutDocument } from '../../src/layout/engine';
import type { LayoutOptions } from '../../src/layout/types';
import { doc as buildDoc } from '../fixtures/builders';
import { layoutProblems } from './checks';
import { nodeEngine } from './node-engine';

const engine = nodeEngine();

const CONTAINER_KINDS = ['mission-hq', 'sector', 'field-office', 'csb'];
const UNIT_KINDS = [
  'hom',
  'cos',
  'dsrsg-pol',
  'poc-adviser',
  'joc',
  'jmac',
  'civil-affairs',
  'human-rights',
  'smg-p',
  'poc-wg',
  'ocwg',
  'field-poc-wg',
  'hoo',
  'poc-focal-point',
  'force',
  'force-hq',
  'battalion',
  'cob',
  'police',
  'police-hq',
  'ipo',
  'fpu',
  'jpt',
  'cla',
  'can',
  'ocha',
  'protection-cluster',
  'community',
  'local-authority',
  'national-army',
  'hct',
];

interface Spec {
  containers: { kind: number; parent: number }[];
  units: { kind: number; parent: number; level: number; size: number }[];
  links: { a: number; b: number; kind: number }[];
  options: LayoutOptions;
}

/** Up to 25 units: containers nested in earlier containers (some left empty), units anywhere. */
const specArb: fc.Arbitrary<Spec> = fc.record({
  containers: fc.array(
    fc.record({
      kind: fc.nat(CONTAINER_KINDS.length - 1),
      parent: fc.integer({ min: -1, max: 5 }),
    }),
    {
      maxLength: 6,
      size: 'max',
    },
  ),
  units: fc.array(
    fc.record({
      kind: fc.nat(UNIT_KINDS.length - 1),
      parent: fc.integer({ min: -2, max: 5 }),
      level: fc.integer({ min: -3, max: 2 }),
      size: fc.nat(9),
    }),
    { minLength: 1, maxLength: 19, size: 'max' },
  ),
  links: fc.array(
    fc.record({ a: fc.nat(24), b: fc.nat(24), kind: fc.nat(LINK_KINDS.length - 1) }),
    {
      maxLength: 45,
      size: 'max',
    },
  ),
  options: fc.record({
    direction: fc.constantFrom('DOWN' as const, 'RIGHT' as const),
    spacing: fc.constantFrom('compact' as const, 'normal' as const, 'roomy' as const),
  }),
});

/** A valid document from a spec: each link takes a kind canConnect accepts, or is left out. */
function build(spec: Spec): { doc: OrgDoc; options: LayoutOptions } {
  const units: Unit[] = [];
  spec.containers.forEach((c, i) => {
    const parent = c.parent >= 0 && c.parent < i ? `c${c.parent}` : undefined;
    units.push({
      id: `c${i}`,
      kind: CONTAINER_KINDS[c.kind]!,
      label: `c${i}`,
      ...(parent ? { parent } : {}),
    });
  });
  const sizes: NonNullable<LayoutOptions['sizes']> = {};
  spec.units.forEach((u, i) => {
    const parent = u.parent >= 0 && u.parent < spec.containers.length ? `c${u.parent}` : undefined;
    const level: Level | undefined = u.level >= 0 ? LEVELS[u.level] : undefined;
    units.push({
      id: `u${i}`,
      kind: UNIT_KINDS[u.kind]!,
      label: `u${i}`,
      ...(parent ? { parent } : {}),
      ...(level ? { level } : {}),
    });
    // Some units measured bigger or smaller on the canvas than the default card.
    if (u.size >= 7) sizes[`u${i}`] = { width: 120 + u.size * 12, height: 40 + u.size * 6 };
  });
  const doc = buildDoc(units);
  const ids = units.filter((u) => u.id.startsWith('u')).map((u) => u.id);
  spec.links.forEach((l, i) => {
    const s = ids[l.a % ids.length]!;
    const t = ids[l.b % ids.length]!;
    if (s === t) return;
    // The first kind from the drawn one on that the model allows between these two units.
    for (let k = 0; k < LINK_KINDS.length; k++) {
      const kind = LINK_KINDS[(l.kind + k) % LINK_KINDS.length] as LinkKind;
      if (canConnect(doc, s, t, kind).ok) {
        doc.links[`l${i}`] = { id: `l${i}`, kind, source: s, target: t };
        return;
      }
    }
  });
  return { doc, options: { ...spec.options, ...(Object.keys(sizes).length ? { sizes } : {}) } };
}

describe('auto-layout of random documents', () => {
  it('never throws, and always keeps the layout rules', async () => {
    await fc.assert(
      fc.asyncProperty(specArb, async (spec) => {
        const { doc, options } = build(spec);
        const r = await layoutDocument(engine, doc, options);
        const problems = layoutProblems(doc, r, {
          direction: options.direction,
          sizes: options.sizes,
        });
        expect(problems).toEqual([]);
        expect(await layoutDocument(engine, doc, options)).toEqual(r);
      }),
      { numRuns: 200, seed: 20240601, endOnFailure: true },
    );
  }, 120_000);
});
