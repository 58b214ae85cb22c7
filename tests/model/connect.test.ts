import { describe, expect, it } from 'vitest';
import { LINK_KINDS, canConnect, defaultLinkKind } from '../../src/model';
import type { Link, LinkKind } from '../../src/model';
import { doc, link, unit } from '../fixtures/builders';

/** One unit of each kind the rules talk about; the id is the kind unless said otherwise. */
const UNITS = [
  unit('mission-hq'),
  unit('field-office', 'fo'),
  unit('hom', 'hom', { parent: 'mission-hq' }),
  unit('dsrsg-pol'),
  unit('cos'),
  unit('joc'),
  unit('jmac'),
  unit('jotc'),
  unit('poc-adviser'),
  unit('smg-p'),
  unit('poc-wg'),
  unit('field-poc-wg', 'field-poc-wg', { parent: 'fo' }),
  unit('civil-affairs'),
  unit('human-rights'),
  unit('force'),
  unit('force-hq'),
  unit('sector-hq'),
  unit('battalion'),
  unit('police'),
  unit('fpu'),
  unit('cla', 'cla', { parent: 'fo' }),
  unit('jpt'),
  unit('ocha'),
  unit('hct'),
  unit('cluster'),
  unit('national-authority'),
  unit('national-army'),
  unit('community'),
  unit('foreign-forces'),
  unit('un-hq'),
  unit('mystery-kind', 'mystery'),
];

const base = (links: Link[] = []) => doc(UNITS, links);

type Case = [string, LinkKind, string, string, Link[], RegExp | 'ok'];

// Each rule of connect.ts: a case it refuses (with what the reason must mention) and a case it allows.
const cases: Case[] = [
  // Both ends must exist
  [
    'refuses a link to a unit that is not in the document',
    'feeds',
    'joc',
    'ghost',
    [],
    /units of this organogram/,
  ],
  [
    'refuses a link from a unit that is not in the document',
    'feeds',
    'ghost',
    'joc',
    [],
    /units of this organogram/,
  ],
  // Self-links
  ['refuses a self-link', 'coordinates-with', 'joc', 'joc', [], /itself/],
  ['refuses a self-link of any kind', 'escalates-to', 'poc-wg', 'poc-wg', [], /itself/],
  // Unknown kinds
  ['refuses an end of unknown kind', 'feeds', 'mystery', 'joc', [], /unknown unit kind/],
  // Containers
  [
    'refuses a link to a container',
    'reports-to',
    'hom',
    'mission-hq',
    [],
    /Mission headquarters is a container/,
  ],
  ['refuses a link from a container', 'feeds', 'fo', 'joc', [], /Field office is a container/],
  ['allows a link to a unit inside a container', 'reports-to', 'cos', 'hom', [], 'ok'],
  // Duplicates
  [
    'refuses a second link of the same kind between the same ends',
    'advises',
    'poc-adviser',
    'hom',
    [link('advises', 'poc-adviser', 'hom')],
    /already advises/,
  ],
  [
    'allows a reverse link of a directed kind',
    'advises',
    'hom',
    'poc-adviser',
    [link('advises', 'poc-adviser', 'hom')],
    'ok',
  ],
  [
    'allows a second link of another kind between the same ends',
    'reports-to',
    'poc-adviser',
    'hom',
    [link('advises', 'poc-adviser', 'hom')],
    'ok',
  ],
  [
    'refuses the reverse of a coordinates-with link (it is symmetric)',
    'coordinates-with',
    'joc',
    'jmac',
    [link('coordinates-with', 'jmac', 'joc')],
    /already coordinates with/,
  ],
  [
    'refuses the reverse of a liaises-with link (it is symmetric)',
    'liaises-with',
    'ocha',
    'joc',
    [link('liaises-with', 'joc', 'ocha')],
    /already liaises with/,
  ],
  // Participation: forums and teams
  ['refuses member-of a unit that is not a forum', 'member-of', 'joc', 'jmac', [], /not a forum/],
  ['allows member-of a forum', 'member-of', 'joc', 'poc-wg', [], 'ok'],
  ['allows member-of a team', 'member-of', 'civil-affairs', 'jpt', [], 'ok'],
  [
    'refuses chairing a team',
    'chairs',
    'civil-affairs',
    'jpt',
    [],
    /only points at forums: .*not a forum/,
  ],
  [
    'refuses the secretariat of a section',
    'secretariat-of',
    'poc-adviser',
    'civil-affairs',
    [],
    /not a forum/,
  ],
  // Participation: externals
  [
    'refuses an external chair',
    'chairs',
    'ocha',
    'poc-wg',
    [],
    /outside the mission and cannot chair/,
  ],
  [
    'refuses an external secretariat',
    'secretariat-of',
    'hct',
    'smg-p',
    [],
    /outside the mission .*secretariat/,
  ],
  ['allows an external observer', 'observer-of', 'ocha', 'poc-wg', [], 'ok'],
  ['allows a mission secretariat', 'secretariat-of', 'poc-adviser', 'smg-p', [], 'ok'],
  // Participation: chairs
  [
    'refuses a forum chairing a forum',
    'chairs',
    'poc-wg',
    'smg-p',
    [],
    /forum cannot chair another forum/,
  ],
  [
    'refuses a second chair',
    'chairs',
    'dsrsg-pol',
    'smg-p',
    [link('chairs', 'hom', 'smg-p')],
    /SMG-P already has a chair.*co-chair/,
  ],
  [
    'allows a co-chair beside the chair',
    'co-chairs',
    'dsrsg-pol',
    'smg-p',
    [link('chairs', 'hom', 'smg-p')],
    'ok',
  ],
  [
    'allows a chair of a forum without one',
    'chairs',
    'hom',
    'smg-p',
    [link('chairs', 'hom', 'poc-wg')],
    'ok',
  ],
  // Command
  ['refuses command from a civilian', 'command', 'hom', 'battalion', [], /uniformed|civilian/],
  ['refuses command of a civilian', 'command', 'force', 'joc', [], /not uniformed/],
  [
    'refuses military command of police',
    'command',
    'force',
    'fpu',
    [],
    /Military and police keep separate command chains/,
  ],
  [
    'refuses police command of military',
    'command',
    'police',
    'battalion',
    [],
    /separate command chains/,
  ],
  [
    'refuses command upward',
    'command',
    'battalion',
    'force',
    [],
    /downward: Battalion sits below Force/,
  ],
  ['allows command downward', 'command', 'force', 'battalion', [], 'ok'],
  ['allows command within a level', 'command', 'sector-hq', 'battalion', [], 'ok'],
  ['allows police command downward', 'command', 'police', 'fpu', [], 'ok'],
  [
    'refuses a second command parent',
    'command',
    'sector-hq',
    'battalion',
    [link('command', 'force', 'battalion')],
    /Battalion already has a commander/,
  ],
  [
    'allows command of another unit by the same commander',
    'command',
    'force',
    'force-hq',
    [link('command', 'force', 'battalion')],
    'ok',
  ],
  // Tasks
  ['refuses tasking of a humanitarian actor', 'tasks', 'joc', 'ocha', [], /humanitarian/],
  [
    'refuses tasking of the protection cluster',
    'tasks',
    'jotc',
    'cluster',
    [],
    /never tasks humanitarian actors/,
  ],
  [
    'refuses tasking by an external',
    'tasks',
    'community',
    'joc',
    [],
    /outside the mission and cannot task/,
  ],
  [
    'refuses tasking of national forces',
    'tasks',
    'jotc',
    'national-army',
    [],
    /outside the mission's authority/,
  ],
  ['allows tasking of bilateral forces', 'tasks', 'jotc', 'foreign-forces', [], 'ok'],
  ['allows tasking inside the mission', 'tasks', 'jotc', 'battalion', [], 'ok'],
  // Reports to
  [
    'refuses reports-to from an external into the mission',
    'reports-to',
    'national-authority',
    'hom',
    [],
    /outside the mission and does not report into it/,
  ],
  [
    'refuses reports-to from the mission to an external',
    'reports-to',
    'hom',
    'national-authority',
    [],
    /Mission units do not report to Host-state government/,
  ],
  ['allows reports-to UN HQ', 'reports-to', 'hom', 'un-hq', [], 'ok'],
  ['allows reports-to between externals', 'reports-to', 'cluster', 'hct', [], 'ok'],
  ['refuses a forum reporting to a section', 'reports-to', 'poc-wg', 'joc', [], /leadership post/],
  ['allows a forum reporting to a leadership post', 'reports-to', 'poc-wg', 'hom', [], 'ok'],
  // Escalates to
  [
    'refuses escalates-to from a non-forum',
    'escalates-to',
    'joc',
    'smg-p',
    [],
    /Only forums escalate/,
  ],
  [
    'refuses escalates-to a section',
    'escalates-to',
    'poc-wg',
    'joc',
    [],
    /higher forum or to a leadership post/,
  ],
  ['allows escalates-to a higher forum', 'escalates-to', 'field-poc-wg', 'poc-wg', [], 'ok'],
  ['allows escalates-to a leadership post', 'escalates-to', 'poc-wg', 'hom', [], 'ok'],
  // Liaises with
  [
    'refuses liaises-with between two mission units',
    'liaises-with',
    'joc',
    'jmac',
    [],
    /coordinates with/,
  ],
  ['allows liaises-with an external', 'liaises-with', 'civil-affairs', 'community', [], 'ok'],
  // Internal-only kinds
  [
    'refuses coordinates-with an external',
    'coordinates-with',
    'joc',
    'ocha',
    [],
    /liaises with.*Coordination of Humanitarian/,
  ],
  [
    'refuses advises from an external',
    'advises',
    'hct',
    'hom',
    [],
    /liaises with.*Humanitarian Country Team/,
  ],
  [
    'allows coordinates-with between sections',
    'coordinates-with',
    'civil-affairs',
    'human-rights',
    [],
    'ok',
  ],
  // Feeds
  ['allows an external feeding the mission', 'feeds', 'community', 'cla', [], 'ok'],
  ['allows a field tool feeding the JOC', 'feeds', 'cla', 'joc', [], 'ok'],
];

describe('canConnect', () => {
  it.each(cases)('%s', (_name, kind, source, target, links, expected) => {
    const v = canConnect(base(links), source, target, kind);
    if (expected === 'ok') expect(v).toEqual({ ok: true });
    else {
      expect(v.ok).toBe(false);
      expect(v.ok ? '' : v.reason).toMatch(expected);
    }
  });

  it.each<[string, Link]>([
    ['a duplicate', link('coordinates-with', 'joc', 'jmac', { id: 'self' })],
    ['a second chair', link('chairs', 'hom', 'smg-p', { id: 'self' })],
    ['a second command parent', link('command', 'force', 'battalion', { id: 'self' })],
  ])('ignores the link being checked when it would count as %s', (_name, l) => {
    const d = base([l]);
    expect(canConnect(d, l.source, l.target, l.kind, l.id)).toEqual({ ok: true });
    expect(canConnect(d, l.source, l.target, l.kind).ok).toBe(false);
  });

  it('reads the level override of a unit when checking command direction', () => {
    const d = doc([
      unit('force'),
      unit('battalion', 'battalion', { level: 'strategic' }),
      unit('force-hq'),
    ]);
    expect(canConnect(d, 'battalion', 'force-hq', 'command')).toEqual({ ok: true });
    expect(canConnect(d, 'force-hq', 'battalion', 'command').ok).toBe(false);
  });
});

describe('defaultLinkKind', () => {
  it.each<[string, string, string, Link[], LinkKind | undefined]>([
    ['to a forum: member-of', 'joc', 'poc-wg', [], 'member-of'],
    ['from an external to a forum: member-of', 'ocha', 'poc-wg', [], 'member-of'],
    ['to a leadership post: reports-to', 'civil-affairs', 'hom', [], 'reports-to'],
    [
      'between two sections: coordinates-with',
      'civil-affairs',
      'human-rights',
      [],
      'coordinates-with',
    ],
    ['to an external: liaises-with', 'joc', 'ocha', [], 'liaises-with'],
    ['from an external: liaises-with', 'community', 'civil-affairs', [], 'liaises-with'],
    ['from a field tool to the JOC: feeds', 'cla', 'joc', [], 'feeds'],
    ['from a forum to a forum: escalates-to', 'poc-wg', 'smg-p', [], 'escalates-to'],
    ['down a uniformed chain: command', 'force', 'battalion', [], 'command'],
    ['up a uniformed chain: reports-to', 'battalion', 'force', [], 'reports-to'],
    [
      'to an already commanded unit: reports-to',
      'sector-hq',
      'battalion',
      [link('command', 'force', 'battalion')],
      'reports-to',
    ],
    [
      'to a forum the source already belongs to: observer-of',
      'joc',
      'poc-wg',
      [link('member-of', 'joc', 'poc-wg')],
      'observer-of',
    ],
    ['to a container: none', 'hom', 'mission-hq', [], undefined],
    ['to itself: none', 'joc', 'joc', [], undefined],
    ['to a missing unit: none', 'joc', 'ghost', [], undefined],
    ['to a unit of unknown kind: none', 'joc', 'mystery', [], undefined],
  ])('%s', (_name, source, target, links, expected) => {
    expect(defaultLinkKind(base(links), source, target)).toBe(expected);
  });

  it('never returns a kind canConnect refuses, and returns none only when every kind is refused', () => {
    const d = base([
      link('command', 'force', 'battalion'),
      link('chairs', 'hom', 'smg-p'),
      link('coordinates-with', 'joc', 'jmac'),
      link('member-of', 'joc', 'poc-wg'),
    ]);
    const ids = Object.keys(d.units);
    let checked = 0;
    for (const s of ids)
      for (const t of ids) {
        const k = defaultLinkKind(d, s, t);
        const anyAllowed = LINK_KINDS.some((kind) => canConnect(d, s, t, kind).ok);
        if (k === undefined) expect(anyAllowed, `${s} -> ${t}`).toBe(false);
        else expect(canConnect(d, s, t, k), `${s} -> ${t}: ${k}`).toEqual({ ok: true });
        checked++;
      }
    expect(checked).toBe(UNITS.length ** 2);
  });
});
