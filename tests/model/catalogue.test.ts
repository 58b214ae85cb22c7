import { describe, expect, it } from 'vitest';
import {
  CATEGORIES,
  CONTAINER_KIND_IDS,
  LEVELS,
  LINK_KIND_DEFS,
  LINK_KINDS,
  LOCATIONS,
  TIERS,
  UNIT_KINDS,
  findKind,
  kindsByCategory,
  linkKindDef,
  unitKind,
} from '../../src/model';
import type { Category } from '../../src/model';

describe('unit catalogue', () => {
  it('has at least 45 kinds', () => {
    expect(UNIT_KINDS.length).toBeGreaterThanOrEqual(45);
  });

  it('gives every kind a unique kebab-case id', () => {
    const ids = UNIT_KINDS.map((k) => k.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('gives every kind a unique short label', () => {
    const shorts = UNIT_KINDS.map((k) => k.short);
    const repeated = shorts.filter((s, i) => shorts.indexOf(s) !== i);
    expect(repeated).toEqual([]);
  });

  it.each(['JOC', 'JMAC', 'Civil Affairs', 'Force', 'POC Adviser'])(
    'has a kind whose short label is exactly "%s"',
    (short) => {
      expect(UNIT_KINDS.filter((k) => k.short === short)).toHaveLength(1);
    },
  );

  it.each(UNIT_KINDS.map((k) => [k.id, k] as const))(
    '%s has a name, a role, a level, a location and known tiers',
    (_id, k) => {
      expect(k.name.trim().length).toBeGreaterThan(2);
      expect(k.short.trim().length).toBeGreaterThan(0);
      expect(k.role.trim().length).toBeGreaterThan(20);
      expect(LEVELS).toContain(k.level);
      expect(LOCATIONS).toContain(k.location);
      expect(CATEGORIES).toContain(k.category);
      for (const t of k.tiers) expect(TIERS).toContain(t);
      expect(k.provenance).toBe(k.sources.length > 0 ? 'verified' : 'reconstructed');
    },
  );

  it.each<[string, Category, string[]]>([
    ['leadership posts', 'leadership', ['hom', 'dsrsg-rchc', 'dsrsg-pol', 'cos', 'hoo']],
    ['joint structures', 'joint', ['joc', 'jmac', 'jloc', 'jotc']],
    ['POC offices', 'poc', ['poc-adviser', 'poc-focal-point']],
    ['forums', 'forum', ['smg-p', 'poc-wg', 'field-poc-wg', 'jpg']],
    [
      'substantive sections',
      'civilian',
      ['civil-affairs', 'human-rights', 'child-protection', 'political-affairs'],
    ],
    ['military component and units', 'military', ['force', 'force-hq', 'sector-hq', 'battalion']],
    ['police component and units', 'police', ['police', 'police-hq', 'fpu', 'ipo']],
    ['field tools', 'field', ['jpt', 'cla', 'can']],
    [
      'external partners',
      'external',
      ['ocha', 'protection-cluster', 'hct', 'national-authority', 'community'],
    ],
    ['containers', 'container', ['mission-hq', 'sector', 'field-office']],
  ])('covers the %s', (_name, category, ids) => {
    for (const id of ids) expect(findKind(id)?.category, id).toBe(category);
  });

  it.each<[string, (id: string) => boolean, string[]]>([
    [
      'forums are meeting bodies',
      (id) => unitKind(id).forum,
      ['smg-p', 'poc-wg', 'field-poc-wg', 'jpg', 'mlt', 'cmt'],
    ],
    ['JPT and JOTC are teams', (id) => unitKind(id).team, ['jpt', 'jotc']],
    [
      'containers hold units',
      (id) => unitKind(id).container,
      ['mission-hq', 'sector', 'field-office', 'csb'],
    ],
    [
      'military and police are uniformed',
      (id) => unitKind(id).uniformed,
      ['force', 'battalion', 'police', 'fpu'],
    ],
    [
      'humanitarian actors are marked',
      (id) => unitKind(id).humanitarian,
      ['ocha', 'protection-cluster', 'hct', 'icrc', 'ngo'],
    ],
    [
      'civilian offices are not uniformed',
      (id) => !unitKind(id).uniformed,
      ['hom', 'joc', 'civil-affairs', 'poc-adviser', 'cla'],
    ],
    [
      'national authorities are not humanitarian',
      (id) => !unitKind(id).humanitarian,
      ['national-authority', 'national-army', 'foreign-forces'],
    ],
  ])('flags: %s', (_name, holds, ids) => {
    for (const id of ids) expect(holds(id), id).toBe(true);
  });

  it('places every external partner outside the mission and nothing else', () => {
    for (const k of UNIT_KINDS)
      expect(k.location === 'external', k.id).toBe(k.category === 'external');
  });

  it('lists kinds in palette (category) order', () => {
    const order = UNIT_KINDS.map((k) => CATEGORIES.indexOf(k.category));
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('groups kinds by category without losing or repeating any', () => {
    const groups = kindsByCategory();
    expect(groups.flatMap((g) => g.kinds)).toEqual([...UNIT_KINDS]);
    for (const g of groups) {
      expect(g.kinds.length).toBeGreaterThan(0);
      for (const k of g.kinds) expect(k.category).toBe(g.category);
    }
  });

  it('lists exactly the container kinds as containers', () => {
    expect([...CONTAINER_KIND_IDS].sort()).toEqual(['csb', 'field-office', 'mission-hq', 'sector']);
  });

  it('finds kinds by id and answers undefined or throws for an unknown id', () => {
    expect(findKind('joc')?.short).toBe('JOC');
    expect(unitKind('jmac').short).toBe('JMAC');
    expect(findKind('no-such-kind')).toBeUndefined();
    expect(() => unitKind('no-such-kind')).toThrow(/no-such-kind/);
  });
});

describe('link kinds', () => {
  it('has the 13 kinds of line', () => {
    expect([...LINK_KINDS].sort()).toEqual(
      [
        'advises',
        'chairs',
        'co-chairs',
        'command',
        'coordinates-with',
        'escalates-to',
        'feeds',
        'liaises-with',
        'member-of',
        'observer-of',
        'reports-to',
        'secretariat-of',
        'tasks',
      ].sort(),
    );
  });

  it.each([...LINK_KINDS])(
    '%s has a definition with a label, a meaning and a line style',
    (kind) => {
      const def = linkKindDef(kind);
      expect(def.id).toBe(kind);
      expect(def.label.length).toBeGreaterThan(0);
      expect(def.meaning.length).toBeGreaterThan(10);
      expect(['solid', 'dotted', 'dashed']).toContain(def.style.stroke);
      expect(def.style.width).toBeGreaterThan(0);
      expect(def.style.color).toMatch(/^#[0-9a-f]{6}$/i);
      expect(typeof def.style.arrow).toBe('boolean');
    },
  );

  it('treats reports-to, command and escalates-to as the only hierarchical kinds, each with a superior end', () => {
    const hierarchical = LINK_KINDS.filter((k) => LINK_KIND_DEFS[k].hierarchical);
    expect([...hierarchical].sort()).toEqual(['command', 'escalates-to', 'reports-to']);
    expect(LINK_KIND_DEFS.command.superior).toBe('source');
    expect(LINK_KIND_DEFS['reports-to'].superior).toBe('target');
    expect(LINK_KIND_DEFS['escalates-to'].superior).toBe('target');
  });

  it('marks the forum-participation kinds, each with a badge', () => {
    const participation = LINK_KINDS.filter((k) => LINK_KIND_DEFS[k].participation);
    expect([...participation].sort()).toEqual([
      'chairs',
      'co-chairs',
      'member-of',
      'observer-of',
      'secretariat-of',
    ]);
    for (const k of participation) expect(LINK_KIND_DEFS[k].style.badge, k).toBeTruthy();
  });

  it('draws every kind differently', () => {
    const looks = LINK_KINDS.map((k) => JSON.stringify(LINK_KIND_DEFS[k].style));
    expect(new Set(looks).size).toBe(LINK_KINDS.length);
  });
});
