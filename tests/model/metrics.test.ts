import { describe, expect, it } from 'vitest';
import { BUILT_IN_RULES, evaluate, score, structureMetrics } from '../../src/model';
import type { Link, Unit } from '../../src/model';
import { doc, link, unit } from '../fixtures/builders';
import { preset } from './rules/fixtures';

const m = (units: Unit[], links: Link[] = []) => structureMetrics(doc(units, links), []);
const hq = unit('mission-hq', 'hq');
const office = (id: string) => unit('field-office', id);

describe('structureMetrics: counts', () => {
  it('counts units per catalogue category and forums per effective level', () => {
    const r = m([
      hq,
      unit('hom', 'hom', { parent: 'hq' }),
      unit('smg-p', 'smg', { parent: 'hq' }),
      unit('poc-wg', 'wg', { parent: 'hq' }),
      unit('poc-wg', 'wg-low', { level: 'tactical' }),
      unit('cla'),
    ]);
    expect(r.units).toBe(6);
    expect(r.unitsPerCategory).toMatchObject({ container: 1, leadership: 1, forum: 3, field: 1 });
    expect(r.unitsPerCategory.military).toBe(0);
    expect(r.forumsPerLevel).toEqual({ strategic: 1, operational: 1, tactical: 1 });
  });
});

describe('structureMetrics: centralisation index', () => {
  const fo = office('fo');
  it.each([
    { name: 'no forums or tasking bodies', units: [hq, unit('hom')], links: [], index: null },
    {
      name: 'one HQ forum',
      units: [hq, unit('smg-p', 'smg', { parent: 'hq', tor: { decisionRights: 'decision' } })],
      links: [],
      index: 1,
    },
    {
      // SMG-P weighs 2 (decision), the field forum 1 (no decision rights): 2 / 3.
      name: 'an HQ decision forum and a field forum without rights',
      units: [
        hq,
        fo,
        unit('smg-p', 'smg', { parent: 'hq', tor: { decisionRights: 'decision' } }),
        unit('field-poc-wg', 'fwg', { parent: 'fo' }),
      ],
      links: [],
      index: 2 / 3,
    },
    {
      // A JOTC that tasks is a tasking body (3); a field forum with decision rights weighs 2: 3 / 5.
      name: 'an HQ tasking body and a field forum with decision rights',
      units: [
        hq,
        fo,
        unit('jotc', 'jotc', { parent: 'hq' }),
        unit('battalion', 'bn', { parent: 'fo' }),
        unit('field-poc-wg', 'fwg', { parent: 'fo', tor: { decisionRights: 'decision' } }),
      ],
      links: [link('tasks', 'jotc', 'bn')],
      index: 0.6,
    },
    {
      // ToR tasking rights weigh 3 even without a drawn tasks link: 2 / 5.
      name: 'an HQ decision forum and a field forum with tasking rights',
      units: [
        hq,
        fo,
        unit('smg-p', 'smg', { parent: 'hq', tor: { decisionRights: 'decision' } }),
        unit('field-poc-wg', 'fwg', { parent: 'fo', tor: { decisionRights: 'tasking' } }),
      ],
      links: [],
      index: 0.4,
    },
    {
      // An operational forum drawn inside a field office is not at headquarters.
      name: 'an HQ-level forum placed in a field office',
      units: [fo, unit('poc-wg', 'wg', { parent: 'fo' }), unit('smg-p', 'smg')],
      links: [],
      index: 0.5,
    },
    {
      name: 'a forum at HQ set to tactical level',
      units: [hq, unit('poc-wg', 'wg', { parent: 'hq', level: 'tactical' }), unit('smg-p', 'smg')],
      links: [],
      index: 0.5,
    },
  ])('$name → $index', ({ units, links, index }) => {
    const c = m(units, links).centralisation;
    if (index === null) expect(c.index).toBeNull();
    else expect(c.index).toBeCloseTo(index, 10);
  });
});

describe('structureMetrics: hierarchy', () => {
  it.each([
    {
      name: 'chain HoM ← A ← B',
      links: [link('reports-to', 'cos', 'hom'), link('reports-to', 'joc', 'cos')],
      depth: 2,
      deepest: 'joc',
    },
    {
      name: 'command runs from commander down',
      links: [link('reports-to', 'force', 'hom'), link('command', 'force', 'force-hq')],
      depth: 2,
      deepest: 'force-hq',
    },
    {
      // Depth is the shortest route: a shortcut to the HoM makes the JOC one level down.
      name: 'shortest path counts',
      links: [
        link('reports-to', 'cos', 'hom'),
        link('reports-to', 'joc', 'cos'),
        link('reports-to', 'joc', 'hom'),
      ],
      depth: 1,
      deepest: 'cos',
    },
    { name: 'nobody below the HoM', links: [], depth: 0, deepest: null },
  ])('reporting depth: $name', ({ links, depth, deepest }) => {
    const units = ['hom', 'cos', 'joc', 'force', 'force-hq'].map((k) => unit(k));
    expect(m(units, links).reportingDepth).toMatchObject({ hom: 'hom', max: depth, deepest });
  });

  it('has no reporting depth without a Head of Mission', () => {
    const r = m([unit('cos'), unit('joc')], [link('reports-to', 'joc', 'cos')]);
    expect(r.reportingDepth).toEqual({ hom: null, max: null, deepest: null, reached: 0 });
  });

  it('measures span of control over reporting and command links, each report once', () => {
    const units = ['hom', 'cos', 'dms', 'force', 'joc', 'jmac', 'force-hq'].map((k) => unit(k));
    const r = m(units, [
      link('reports-to', 'cos', 'hom'),
      link('reports-to', 'dms', 'hom'),
      link('reports-to', 'force', 'hom'),
      link('reports-to', 'force', 'hom', { id: 'duplicate' }),
      link('reports-to', 'joc', 'cos'),
      link('reports-to', 'jmac', 'cos'),
      link('command', 'force', 'force-hq'),
      link('coordinates-with', 'joc', 'jmac'),
    ]);
    // HoM 3, COS 2, Force 1: mean over the three units with reports.
    expect(r.spanOfControl).toEqual({ max: 3, maxUnit: 'hom', mean: 2, managers: 3 });
  });
});

describe('structureMetrics: single points of failure', () => {
  const ids = (n: number) => Array.from({ length: n }, (_, i) => `u${i}`);
  const units = (xs: string[]) => xs.map((id) => unit('civil-affairs', id));
  const co = (a: string, b: string) => link('coordinates-with', a, b);
  it.each([
    { name: 'a star: its hub', links: ['b', 'c', 'd', 'e'].map((x) => co('a', x)), cut: ['a'] },
    { name: 'a chain a–b–c', links: [co('a', 'b'), co('b', 'c')], cut: ['b'] },
    { name: 'a triangle', links: [co('a', 'b'), co('b', 'c'), co('c', 'a')], cut: [] },
    {
      name: 'two triangles sharing c',
      links: [co('a', 'b'), co('b', 'c'), co('c', 'a'), co('c', 'd'), co('d', 'e'), co('e', 'c')],
      cut: ['c'],
    },
    {
      name: 'a triangle with a tail c–d–e–f',
      links: [co('a', 'b'), co('b', 'c'), co('c', 'a'), co('c', 'd'), co('d', 'e'), co('e', 'f')],
      cut: ['c', 'd', 'e'],
    },
  ])('$name', ({ links, cut }) => {
    expect(m(units(['a', 'b', 'c', 'd', 'e', 'f']), links).singlePointsOfFailure).toEqual(cut);
  });

  it('leaves containers out: units joined only through a container are not joined', () => {
    const r = m([office('fo'), ...units(['a', 'b'])], [co('a', 'fo'), co('fo', 'b')]);
    expect(r.singlePointsOfFailure).toEqual([]);
  });

  it('handles a 5,000-unit chain without recursion', () => {
    const xs = ids(5000);
    const r = m(
      units(xs),
      xs.slice(1).map((x, i) => co(xs[i]!, x)),
    );
    expect(r.singlePointsOfFailure).toEqual(xs.slice(1, -1));
  });
});

describe('structureMetrics: alert hops', () => {
  const units = [
    hq,
    office('fo'),
    unit('hom', 'hom', { parent: 'hq' }),
    unit('joc', 'joc', { parent: 'hq' }),
    unit('smg-p', 'smg', { parent: 'hq' }),
    unit('cla', 'cla', { parent: 'fo' }),
    unit('can', 'can', { parent: 'fo' }),
    unit('can', 'lost-can'),
  ];
  const links = [
    link('feeds', 'can', 'cla'),
    link('feeds', 'cla', 'joc'),
    link('member-of', 'joc', 'smg'),
    link('chairs', 'hom', 'smg'),
  ];
  it('counts hops to the JOC and, through the forum it chairs, to the HoM', () => {
    const r = m(units, links).alertHops;
    expect(r.sources).toEqual([
      { id: 'cla', toJoc: 1, toHom: 3 },
      { id: 'can', toJoc: 2, toHom: 4 },
      { id: 'lost-can', toJoc: null, toHom: null },
    ]);
    expect(r.toJoc).toEqual({ mean: 1.5, max: 2, unreachable: 1 });
    expect(r.toHom).toEqual({ mean: 3.5, max: 4, unreachable: 1 });
    expect(r.fieldOffices).toEqual([{ id: 'fo', toJoc: 1, toHom: 3 }]);
  });

  it('follows links in their direction only', () => {
    const r = m(units, [link('feeds', 'joc', 'cla')]).alertHops;
    expect(r.sources[0]).toEqual({ id: 'cla', toJoc: null, toHom: null });
    expect(r.toJoc).toEqual({ mean: null, max: null, unreachable: 3 });
  });
});

describe('structureMetrics: field coverage', () => {
  it('reads forums, focal points and community mechanisms per field office', () => {
    const r = m(
      [
        hq,
        office('a'),
        office('b'),
        office('c'),
        office('d'),
        unit('poc-wg', 'wg', { parent: 'hq' }),
        // a: all three inside.
        unit('field-poc-wg', 'a-wg', { parent: 'a' }),
        unit('poc-focal-point', 'a-poc', { parent: 'a' }),
        unit('cla', 'a-cla', { parent: 'a' }),
        // b: sits in the HQ forum (participation counts); a flagged focal point; no CLA or CAN.
        unit('hoo', 'b-hoo', { parent: 'b', focalPoint: true }),
        // c: only feeds the HQ forum (that is not having a forum); a CAN outside feeds its unit.
        unit('civil-affairs', 'c-ca', { parent: 'c' }),
        unit('can', 'c-can'),
        // d: nothing.
        unit('battalion', 'd-bn', { parent: 'd' }),
      ],
      [
        link('member-of', 'b-hoo', 'wg'),
        link('feeds', 'c-ca', 'wg'),
        link('feeds', 'c-can', 'c-ca'),
      ],
    );
    expect(r.fieldCoverage).toEqual({
      offices: 4,
      forum: 2 / 4,
      focalPoint: 2 / 4,
      communityMechanism: 2 / 4,
      all: 1 / 4,
    });
  });

  it('is not defined without field offices', () => {
    expect(m([hq, unit('hom')]).fieldCoverage).toEqual({
      offices: 0,
      forum: null,
      focalPoint: null,
      communityMechanism: null,
      all: null,
    });
  });
});

describe('structureMetrics: checklist and presets', () => {
  const central = preset('centralised-teaching');
  const decentral = preset('decentralised-teaching');

  it('scores the checklist as the Checklist panel does', () => {
    const e = evaluate(central, BUILT_IN_RULES);
    const overall = score(central, e.findings, BUILT_IN_RULES, e.applicable).overall;
    const r = structureMetrics(central).checklist;
    expect(r).toEqual({ ...overall, share: overall.passed / overall.total });
    expect(r.total).toBeGreaterThan(0);
    expect(structureMetrics(central, []).checklist).toEqual({ passed: 0, total: 0, share: null });
  });

  it('finds the centralised preset more centralised and the decentralised one better covered', () => {
    const c = structureMetrics(central);
    const d = structureMetrics(decentral);
    // Centralised: SMG-P (decision, 2) and the tasking POC WG (3), both at HQ: 5 / 5.
    expect(c.centralisation).toEqual({ index: 1, hqWeight: 5, totalWeight: 5, bodies: 2 });
    // Decentralised adds three field POC WGs that task their JPTs (3 each): 5 / 14.
    expect(d.centralisation).toEqual({ index: 5 / 14, hqWeight: 5, totalWeight: 14, bodies: 5 });
    expect(c.fieldCoverage).toEqual({
      offices: 3,
      forum: 0,
      focalPoint: 1 / 3,
      communityMechanism: 1,
      all: 0,
    });
    expect(d.fieldCoverage).toEqual({
      offices: 3,
      forum: 1,
      focalPoint: 1,
      communityMechanism: 1,
      all: 1,
    });
    expect(c.forumsPerLevel.tactical).toBe(0);
    expect(d.forumsPerLevel.tactical).toBe(3);
    expect(c.reportingDepth).toMatchObject({ hom: 'hom', max: 4 });
    expect(c.alertHops.toJoc).toEqual({ mean: 1.5, max: 2, unreachable: 0 });
    expect(c.singlePointsOfFailure).toContain('hom');
  });
});
