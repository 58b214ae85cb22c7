import { describe, expect, it } from 'vitest';
import { counterpartInA, counterpartInB, diffDocuments } from '../../src/model';
import type { FieldChange, Unit } from '../../src/model';
import { doc, link, unit } from '../fixtures/builders';
import { preset } from './rules/fixtures';

const hq = unit('mission-hq', 'hq', { label: 'Mission HQ' });
const north = unit('field-office', 'north', { label: 'Field Office North' });
const south = unit('field-office', 'south', { label: 'Field Office South' });

describe('diffDocuments: units', () => {
  it('finds nothing between a document and itself, and pairs every unit with itself', () => {
    const d = doc(
      [hq, unit('hom', 'hom', { parent: 'hq' }), unit('cos', 'cos', { parent: 'hq' })],
      [link('reports-to', 'cos', 'hom')],
    );
    const diff = diffDocuments(d, d);
    expect(diff.summary).toEqual({
      unitsAdded: 0,
      unitsRemoved: 0,
      unitsChanged: 0,
      unitsUnchanged: 3,
      linksAdded: 0,
      linksRemoved: 0,
      linksRepointed: 0,
      linksUnchanged: 1,
      identical: true,
    });
    expect([...diff.aToB]).toEqual([
      ['hq', 'hq'],
      ['hom', 'hom'],
      ['cos', 'cos'],
    ]);
  });

  it.each<{
    name: string;
    a: Unit[];
    b: Unit[];
    pair: [string, string] | null;
    by?: string;
    changes: FieldChange[];
  }>([
    {
      name: 'same id, new label',
      a: [unit('joc', 'joc', { label: 'JOC' })],
      b: [unit('joc', 'joc', { label: 'Joint Operations Centre' })],
      pair: ['joc', 'joc'],
      by: 'id',
      changes: [{ field: 'label', before: 'JOC', after: 'Joint Operations Centre' }],
    },
    {
      name: 'same id, new kind',
      a: [unit('poc-adviser', 'coord')],
      b: [unit('civil-affairs', 'coord')],
      pair: ['coord', 'coord'],
      by: 'id',
      // The kind's default level moves with it (strategic → operational).
      changes: [
        { field: 'kind', before: 'poc-adviser', after: 'civil-affairs' },
        { field: 'level', before: 'strategic', after: 'operational' },
      ],
    },
    {
      name: 'new id, same kind and label up to case and spaces',
      a: [unit('joc', 'joc-1', { label: 'Joint  Operations Centre' })],
      b: [unit('joc', 'joc-2', { label: 'joint operations\tcentre ' })],
      pair: ['joc-1', 'joc-2'],
      by: 'label',
      changes: [
        { field: 'label', before: 'Joint  Operations Centre', after: 'joint operations\tcentre ' },
      ],
    },
    {
      name: 'new id and label, the only one of its kind on each side',
      a: [unit('jmac', 'jmac-old', { label: 'JMAC' })],
      b: [unit('jmac', 'jmac-new', { label: 'Analysis centre' })],
      pair: ['jmac-old', 'jmac-new'],
      by: 'kind',
      changes: [{ field: 'label', before: 'JMAC', after: 'Analysis centre' }],
    },
    {
      name: 'same label but another kind: no match',
      a: [unit('joc', 'x1', { label: 'Ops' })],
      b: [unit('jmac', 'x2', { label: 'Ops' })],
      pair: null,
      changes: [],
    },
    {
      name: 'own level equal to the default: no change',
      a: [unit('joc', 'joc')],
      b: [unit('joc', 'joc', { level: 'operational' })],
      pair: ['joc', 'joc'],
      by: 'id',
      changes: [],
    },
    {
      name: 'own level overriding the default: a level change',
      a: [unit('poc-wg', 'wg')],
      b: [unit('poc-wg', 'wg', { level: 'tactical' })],
      pair: ['wg', 'wg'],
      by: 'id',
      changes: [{ field: 'level', before: 'operational', after: 'tactical' }],
    },
  ])('$name', ({ a, b, pair, by, changes }) => {
    const diff = diffDocuments(doc(a), doc(b));
    if (!pair) {
      expect(diff.aToB.size).toBe(0);
      expect(diff.addedUnits).toEqual(b.map((u) => u.id));
      expect(diff.removedUnits).toEqual(a.map((u) => u.id));
      return;
    }
    expect(counterpartInB(diff, pair[0])).toBe(pair[1]);
    expect(counterpartInA(diff, pair[1])).toBe(pair[0]);
    expect(diff.matchedBy.get(pair[0])).toBe(by);
    expect(diff.changedUnits).toEqual(
      changes.length ? [{ a: pair[0], b: pair[1], by, changes }] : [],
    );
  });

  it('does not guess between two candidates of a kind', () => {
    const a = doc([
      unit('civil-affairs', 'ca-1', { label: 'CA one' }),
      unit('civil-affairs', 'ca-2', { label: 'CA two' }),
    ]);
    const b = doc([
      unit('civil-affairs', 'ca-3', { label: 'CA three' }),
      unit('civil-affairs', 'ca-4', { label: 'CA four' }),
    ]);
    const diff = diffDocuments(a, b);
    expect(diff.addedUnits).toEqual(['ca-3', 'ca-4']);
    expect(diff.removedUnits).toEqual(['ca-1', 'ca-2']);
  });

  it('compares containers through the match: a renamed office keeps its units in place', () => {
    const a = doc([
      north,
      south,
      unit('cla', 'cla', { parent: 'north' }),
      unit('can', 'can', { parent: 'north' }),
    ]);
    const b = doc([
      unit('field-office', 'fo-n', { label: 'field office north' }),
      south,
      unit('cla', 'cla', { parent: 'fo-n' }),
      unit('can', 'can', { parent: 'south' }),
    ]);
    const diff = diffDocuments(a, b);
    expect(counterpartInB(diff, 'north')).toBe('fo-n');
    expect(diff.changedUnits.map((c) => [c.a, c.changes])).toEqual([
      ['north', [{ field: 'label', before: 'Field Office North', after: 'field office north' }]],
      ['can', [{ field: 'parent', before: 'north', after: 'south' }]],
    ]);
  });

  it('pairs many same-named units in document order', () => {
    const many = (prefix: string) =>
      Array.from({ length: 300 }, (_, i) =>
        unit('jpt', `${prefix}${i}`, { label: 'Joint Protection Team' }),
      );
    const diff = diffDocuments(doc(many('a')), doc(many('b')));
    expect(diff.aToB.size).toBe(300);
    expect(counterpartInB(diff, 'a0')).toBe('b0');
    expect(counterpartInB(diff, 'a299')).toBe('b299');
    expect(diff.summary.identical).toBe(true); // only the ids differ, and ids are not structure
    expect(diff.changedUnits).toEqual([]);
  });
});

describe('diffDocuments: links', () => {
  const units = ['hom', 'cos', 'joc', 'jmac', 'poc-adviser', 'smg-p'].map((k) => unit(k));
  const base = [
    link('reports-to', 'cos', 'hom'),
    link('reports-to', 'joc', 'cos'),
    link('coordinates-with', 'joc', 'jmac'),
    link('feeds', 'jmac', 'smg-p'),
  ];

  it.each([
    { name: 'the same links', b: base, counts: [0, 0, 0, 4] },
    {
      name: 'a symmetric link drawn the other way round is the same link',
      b: [...base.slice(0, 2), link('coordinates-with', 'jmac', 'joc'), base[3]!],
      counts: [0, 0, 0, 4],
    },
    {
      // Both roles change (source and target), so no end stayed where it was.
      name: 'a directed link turned round is removed and added',
      b: [...base.slice(0, 3), link('feeds', 'smg-p', 'jmac')],
      counts: [1, 1, 0, 3],
    },
    {
      name: 'a new kind between the same units: removed and added',
      b: [...base.slice(0, 3), link('advises', 'jmac', 'smg-p')],
      counts: [1, 1, 0, 3],
    },
    {
      name: 'an extra link',
      b: [...base, link('chairs', 'hom', 'smg-p')],
      counts: [1, 0, 0, 4],
    },
  ])('$name', ({ b, counts }) => {
    const s = diffDocuments(doc(units, base), doc(units, b)).summary;
    expect([s.linksAdded, s.linksRemoved, s.linksRepointed, s.linksUnchanged]).toEqual(counts);
  });

  it('reports which end of a re-pointed link moved, before and after', () => {
    const b = [
      link('reports-to', 'cos', 'hom'),
      link('reports-to', 'joc', 'hom', { id: 'joc-up' }), // target moved: cos → hom
      link('coordinates-with', 'joc', 'jmac'),
      link('feeds', 'poc-adviser', 'smg-p'), // source moved: jmac → poc-adviser
    ];
    const diff = diffDocuments(doc(units, base), doc(units, b));
    expect(diff.repointedLinks).toEqual([
      {
        a: 'joc>cos:reports-to',
        b: 'joc-up',
        kind: 'reports-to',
        end: 'target',
        before: 'cos',
        after: 'hom',
      },
      {
        a: 'jmac>smg-p:feeds',
        b: 'poc-adviser>smg-p:feeds',
        kind: 'feeds',
        end: 'source',
        before: 'jmac',
        after: 'poc-adviser',
      },
    ]);
    expect(diff.addedLinks).toEqual([]);
    expect(diff.removedLinks).toEqual([]);
  });

  it('follows renamed units: a link between counterparts is unchanged', () => {
    const b = doc(
      [unit('hom', 'srsg', { label: 'hom' }), unit('cos', 'chief', { label: 'Chief of Staff' })],
      [link('reports-to', 'chief', 'srsg')],
    );
    const a = doc([unit('hom'), unit('cos')], [link('reports-to', 'cos', 'hom')]);
    const diff = diffDocuments(a, b);
    expect(diff.summary.linksUnchanged).toBe(1);
    expect(diff.matchedBy.get('hom')).toBe('label');
    expect(diff.matchedBy.get('cos')).toBe('kind');
  });

  it('a link to a unit that is gone is removed', () => {
    const diff = diffDocuments(doc(units, base), doc(units.slice(0, 3), base.slice(0, 2)));
    expect(diff.removedUnits).toEqual(['jmac', 'poc-adviser', 'smg-p']);
    expect(diff.removedLinks).toEqual(['joc>jmac:coordinates-with', 'jmac>smg-p:feeds']);
  });
});

describe('diffDocuments: the teaching presets', () => {
  const diff = diffDocuments(preset('centralised-teaching'), preset('decentralised-teaching'));

  it('finds the field forums, focal points and sub-clusters of the decentralised model', () => {
    expect(diff.summary.identical).toBe(false);
    expect([...diff.addedUnits].sort()).toEqual(
      [
        'fo-east-poc',
        'fo-south-poc',
        'fo-north-poc-wg',
        'fo-east-poc-wg',
        'fo-south-poc-wg',
        'fo-north-subcluster',
        'fo-east-subcluster',
        'fo-south-subcluster',
      ].sort(),
    );
    expect(diff.removedUnits).toEqual([]);
    expect(diff.changedUnits).toEqual([]);
  });

  it('sees HQ tasking of the JPTs move to the field forums', () => {
    expect(diff.removedLinks).toEqual(['poc-wg->force-hq', 'poc-wg->police-hq']);
    expect(diff.repointedLinks).toContainEqual({
      a: 'poc-wg->fo-north-jpt',
      b: 'fo-north-poc-wg->fo-north-jpt',
      kind: 'tasks',
      end: 'source',
      before: 'poc-wg',
      after: 'fo-north-poc-wg',
    });
    expect(diff.summary.linksRepointed).toBe(7);
    expect(diff.summary.linksAdded).toBe(172 - 121 - 7);
  });
});
