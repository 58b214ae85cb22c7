import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  SCHEMA_VERSION,
  ancestors,
  childrenOf,
  descendantIds,
  emptyDoc,
  fieldContainerOf,
  freshId,
  isContainer,
  isForum,
  kindOf,
  levelOf,
  locationOf,
  parseDocument,
  serializeDocument,
} from '../../src/model';
import type { Level, Location, OrgDoc } from '../../src/model';
import { doc, link, unit } from '../fixtures/builders';

const nested = (): OrgDoc =>
  doc([
    unit('mission-hq', 'hq'),
    unit('joc', 'joc', { parent: 'hq' }),
    unit('field-office', 'fo'),
    unit('sector', 'sector', { parent: 'fo' }),
    unit('csb', 'csb', { parent: 'sector' }),
    unit('cos', 'cos-in-field', { parent: 'csb' }),
    unit('hoo', 'hoo-at-hq', { parent: 'hq' }),
    unit('hoo', 'hoo-loose'),
    unit('civil-affairs', 'ca-loose'),
    unit('ocha', 'ocha-in-field', { parent: 'fo' }),
    unit('jmac', 'jmac-in-field', { parent: 'fo' }),
    unit('community', 'community'),
    unit('sector', 'sector-in-hq', { parent: 'hq' }),
    unit('cla', 'cla', { parent: 'sector-in-hq' }),
  ]);

describe('levelOf', () => {
  it.each<[string, string, Level | undefined, Level]>([
    ['the kind default for a post', 'hom', undefined, 'strategic'],
    ['the kind default for a section', 'civil-affairs', undefined, 'operational'],
    ['the kind default for a field tool', 'cla', undefined, 'tactical'],
    ['the override over the kind default', 'civil-affairs', 'tactical', 'tactical'],
    ['the override for a strategic kind', 'hom', 'operational', 'operational'],
    ['operational for an unknown kind', 'spaceship', undefined, 'operational'],
    ['the override for an unknown kind', 'spaceship', 'strategic', 'strategic'],
  ])('gives %s', (_name, kind, level, expected) => {
    expect(levelOf(unit(kind, 'u', level ? { level } : {}))).toBe(expected);
  });
});

describe('locationOf', () => {
  it.each<[string, string, Location]>([
    ['an HQ kind in a field office is in the field', 'jmac-in-field', 'field'],
    ['a unit at any depth inside a field office is in the field', 'cos-in-field', 'field'],
    ['a field kind inside mission HQ is at HQ', 'hoo-at-hq', 'hq'],
    ['the nearest container decides', 'cla', 'field'],
    ['a top-level unit has its kind location (field)', 'hoo-loose', 'field'],
    ['a top-level unit has its kind location (hq)', 'ca-loose', 'hq'],
    ['an external stays external at the top level', 'community', 'external'],
    ['an HQ unit inside mission HQ is at HQ', 'joc', 'hq'],
    ['a field container inside mission HQ is at HQ', 'sector-in-hq', 'hq'],
  ])('%s', (_name, id, expected) => {
    const d = nested();
    expect(locationOf(d, d.units[id]!)).toBe(expected);
  });

  it('keeps an external external even inside a field office', () => {
    const d = nested();
    expect(locationOf(d, d.units['ocha-in-field']!)).toBe('external');
  });
});

describe('ancestors', () => {
  it('lists the enclosing containers, nearest first', () => {
    expect(ancestors(nested(), 'cos-in-field').map((u) => u.id)).toEqual(['csb', 'sector', 'fo']);
    expect(ancestors(nested(), 'fo')).toEqual([]);
    expect(ancestors(nested(), 'ghost')).toEqual([]);
  });

  it('stops at a parent that is not a unit', () => {
    const d = doc([
      unit('field-office', 'fo', { parent: 'gone' }),
      unit('hoo', 'h', { parent: 'fo' }),
    ]);
    expect(ancestors(d, 'h').map((u) => u.id)).toEqual(['fo']);
  });

  it.each<[string, OrgDoc, string, string[]]>([
    [
      'a two-container cycle',
      doc([unit('sector', 'a', { parent: 'b' }), unit('sector', 'b', { parent: 'a' })]),
      'a',
      ['b'],
    ],
    ['a unit inside itself', doc([unit('sector', 'a', { parent: 'a' })]), 'a', []],
    [
      'a cycle above the unit',
      doc([
        unit('sector', 'a', { parent: 'b' }),
        unit('sector', 'b', { parent: 'a' }),
        unit('hoo', 'h', { parent: 'a' }),
      ]),
      'h',
      ['a', 'b'],
    ],
  ])('stops on %s', (_name, d, id, expected) => {
    expect(ancestors(d, id).map((u) => u.id)).toEqual(expected);
  });
});

describe('descendantIds', () => {
  it('lists everything inside a container, at any depth, without the container itself', () => {
    expect(descendantIds(nested(), 'fo').sort()).toEqual(
      ['cos-in-field', 'csb', 'jmac-in-field', 'ocha-in-field', 'sector'].sort(),
    );
    expect(descendantIds(nested(), 'sector-in-hq')).toEqual(['cla']);
  });

  it('lists nothing for a unit with no children or an unknown id', () => {
    expect(descendantIds(nested(), 'joc')).toEqual([]);
    expect(descendantIds(nested(), 'ghost')).toEqual([]);
  });

  it('terminates on a containment cycle', () => {
    const d = doc([unit('sector', 'a', { parent: 'b' }), unit('sector', 'b', { parent: 'a' })]);
    expect(descendantIds(d, 'a').sort()).toEqual(['a', 'b']);
  });
});

describe('childrenOf and fieldContainerOf', () => {
  it('lists the direct children of a container, or the top-level units', () => {
    expect(childrenOf(nested(), 'fo').map((u) => u.id)).toEqual([
      'sector',
      'ocha-in-field',
      'jmac-in-field',
    ]);
    expect(childrenOf(nested(), undefined).map((u) => u.id)).toEqual([
      'hq',
      'fo',
      'hoo-loose',
      'ca-loose',
      'community',
    ]);
  });

  it('finds the nearest field container', () => {
    const d = nested();
    expect(fieldContainerOf(d, d.units['cos-in-field']!)?.id).toBe('csb');
    expect(fieldContainerOf(d, d.units.joc!)).toBeUndefined();
  });
});

describe('kind helpers', () => {
  it.each<[string, boolean, boolean]>([
    ['mission-hq', true, false],
    ['poc-wg', false, true],
    ['joc', false, false],
    ['spaceship', false, false],
  ])('%s: container %s, forum %s', (kind, container, forum) => {
    expect(isContainer(unit(kind))).toBe(container);
    expect(isForum(unit(kind))).toBe(forum);
  });

  it('finds the catalogue entry of a unit, and throws for an unknown kind', () => {
    expect(kindOf(unit('jmac')).short).toBe('JMAC');
    expect(() => kindOf(unit('spaceship'))).toThrow(/spaceship/);
  });
});

describe('freshId', () => {
  const taken = () =>
    doc(
      [unit('joc'), unit('joc', 'joc-2'), unit('hom', 'u-42')],
      [link('feeds', 'joc', 'u-42', { id: 'feed' })],
    );

  it.each<[string, string, string]>([
    ['keeps a free id as it is', 'jmac', 'jmac'],
    ['numbers a taken unit id', 'joc', 'joc-3'],
    ['avoids link ids too', 'feed', 'feed-2'],
    ['prefixes an all-digit id', '7', 'u-7'],
    ['prefixes and numbers a taken all-digit id', '42', 'u-42-2'],
    ['replaces characters ids may not hold', 'Civil Affairs (FO 1)', 'Civil-Affairs-FO-1'],
    ['keeps the characters ids may hold', 'a_b.c:d>e-f', 'a_b.c:d>e-f'],
    ['falls back to "unit" for nothing usable', ' (!) ', 'unit'],
    ['falls back to "unit" for empty text', '', 'unit'],
  ])('%s', (_name, base, expected) => {
    expect(freshId(taken(), base)).toBe(expected);
  });

  it('never returns an all-digit, unsafe, too long or used id', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.stringMatching(/^\d{1,6}$/),
          fc.string({ minLength: 150, maxLength: 500 }),
        ),
        fc.array(
          fc.oneof(fc.stringMatching(/^[a-z0-9-]{1,8}$/), fc.constantFrom('unit', 'u-1', 'unit-2')),
          { maxLength: 8 },
        ),
        (base, used) => {
          const d = doc(used.map((id) => unit('joc', id)));
          const id = freshId(d, base);
          expect(id).not.toMatch(/^\d+$/);
          expect(id).toMatch(/^[A-Za-z0-9_.:>-]+$/);
          expect(id.length).toBeLessThanOrEqual(200);
          expect(d.units[id]).toBeUndefined();
        },
      ),
      { numRuns: 500 },
    );
  });

  it('gives a unit id that survives saving and reopening, however long the base', () => {
    const d = emptyDoc('long');
    const id = freshId(d, `${'a'.repeat(200)}->${'b'.repeat(200)}`);
    d.units[id] = unit('joc', id);
    const r = parseDocument(serializeDocument(d));
    expect(r.ok ? Object.keys(r.doc.units) : r.problems).toEqual([id]);
  });

  it('keeps insertion order when its ids become map keys', () => {
    const d = emptyDoc('order');
    for (const base of ['b', '2', '1', 'a']) {
      const id = freshId(d, base);
      d.units[id] = unit('joc', id);
    }
    expect(Object.keys(d.units)).toEqual(['b', 'u-2', 'u-1', 'a']);
  });
});

describe('emptyDoc', () => {
  it('makes an empty document of the current schema that saves and reopens', () => {
    const now = new Date('2025-02-03T04:05:06.000Z');
    const d = emptyDoc('x', 'My chart', now);
    expect(d).toMatchObject({
      id: 'x',
      title: 'My chart',
      schemaVersion: SCHEMA_VERSION,
      units: {},
      links: {},
    });
    expect(d.meta).toEqual({ created: now.toISOString(), modified: now.toISOString() });
    expect(parseDocument(serializeDocument(d))).toEqual({ ok: true, doc: d });
  });
});
