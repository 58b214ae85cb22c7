import type { Draft } from 'immer';
import type { OrgDoc, Unit } from '../schema';
import { addHqUnit, addLinkIfAllowed, asDoc, hqContainer } from './fixes';
import type { Graph } from './graph';
import { finding, missingComponents, seniorForum } from './helpers';
import { allOf, componentWords, say } from './text';
import type { Said } from './text';
import type { Finding, Rule } from './types';

const FO1 = { id: 'FO1', severity: 'warning' } as const;
const FO2 = { id: 'FO2', severity: 'warning' } as const;
const FO3 = { id: 'FO3', severity: 'info' } as const;
const FO4 = { id: 'FO4', severity: 'error' } as const;
const FO5 = { id: 'FO5', severity: 'error' } as const;
const FO6 = { id: 'FO6', severity: 'warning' } as const;
const FO7 = { id: 'FO7', severity: 'warning' } as const;
const FO8 = { id: 'FO8', severity: 'warning' } as const;
const FO9 = { id: 'FO9', severity: 'warning' } as const;
const FO10 = { id: 'FO10', severity: 'info' } as const;

/** The ToR fields (§7) a forum needs for FO7; chair, secretariat and members are links, checked elsewhere. */
export const REQUIRED_TOR_FIELDS = [
  'purpose',
  'functions',
  'frequency',
  'inputs',
  'outputs',
  'decisionRights',
  'humanitarianParticipation',
] as const;

const TOR_FIELD_KEYS = {
  purpose: 'FO7.purpose',
  functions: 'FO7.functions',
  frequency: 'FO7.frequency',
  inputs: 'FO7.inputs',
  outputs: 'FO7.outputs',
  decisionRights: 'FO7.decisionRights',
  humanitarianParticipation: 'FO7.humanitarianParticipation',
} as const satisfies Record<(typeof REQUIRED_TOR_FIELDS)[number], string>;

function isTop(g: Graph, f: Unit): boolean {
  if (g.strategicHq.includes(f)) return true;
  return g.strategicHq.length === 0 && g.isHq(f) && g.level(f) !== 'tactical';
}

function attends(g: Graph, kind: string): boolean {
  const forums = new Set(g.allForums.map((f) => f.id));
  return g
    .K(kind)
    .some((p) =>
      g.out(p.id, 'member-of', 'observer-of', 'co-chairs').some((l) => forums.has(l.target)),
    );
}

/** Chapter VI — Forum architecture. */
export const FORUMS_RULES: Rule[] = [
  {
    ...FO1,
    group: 'forums',
    title: 'A strategic POC forum exists at headquarters',
    why: 'Some POC decisions (priorities, scarce assets, support to national forces) can only be taken by the mission’s senior leaders together.',
    provenance: 'reconstructed',
    sources: ['S4'],
    remedy:
      'Create a Senior Management Group on Protection (SMG-P) chaired by the Head of Mission.',
    check: (g) => (g.strategicHq.length > 0 ? [] : [finding(FO1, say('FO1.none'), g.K('hom'))]),
    quickFix: {
      label: 'Add an SMG-P chaired by the Head of Mission',
      recipe: (d: Draft<OrgDoc>) => {
        const id = addHqUnit(d, 'smg-p', ['mlt', 'cmt', 'hom']);
        const doc = asDoc(d);
        const hq = hqContainer(doc);
        const homs = Object.values(doc.units).filter((u) => u.kind === 'hom');
        const hom = homs.find((h) => h.parent === hq?.id) ?? homs[0];
        if (hom) addLinkIfAllowed(d, hom.id, id, 'chairs');
      },
    },
  },
  {
    ...FO2,
    group: 'forums',
    title: 'An operational POC forum at HQ escalates to the strategic one',
    why: 'The senior forum meets rarely and needs decisions prepared; a working-level forum turns strategy into operations and takes issues up when they need a senior decision.',
    provenance: 'reconstructed',
    sources: ['S4'],
    remedy:
      'Create a POC working group at headquarters and draw its "escalates to" link to the strategic forum.',
    check: (g) => {
      if (g.operationalHq.length === 0) return [finding(FO2, say('FO2.none'), g.strategicHq)];
      const reach = g.canReach(
        g.strategicHq.map((f) => f.id),
        ['escalates-to'],
      );
      if (g.operationalHq.some((f) => reach.has(f.id))) return [];
      return [
        finding(
          FO2,
          say(g.operationalHq.length === 1 ? 'FO2.one' : 'FO2.other', { forums: g.operationalHq }),
          g.operationalHq,
        ),
      ];
    },
  },
  {
    ...FO3,
    group: 'forums',
    title: 'Tactical-level forums exist in the field',
    why: 'The three-level architecture (strategic, operational, tactical) is incomplete without forums where protection is delivered.',
    provenance: 'reconstructed',
    sources: ['S4'],
    remedy: 'Set up field POC working groups (see F1).',
    check: (g) => (g.fieldForums.length > 0 ? [] : [finding(FO3, say('FO3.none'), g.fieldOffices)]),
    appliesTo: (g) => g.fieldOffices.length > 0,
  },
  {
    ...FO4,
    group: 'forums',
    title: 'Every POC forum includes civilian, military and police',
    why: 'POC mechanisms should always bring the three components together; a forum missing one decides things the missing component has to carry out.',
    provenance: 'reconstructed',
    sources: ['S4'],
    remedy:
      'Add a member from the missing component (a section, a military unit or staff cell, or UNPOL).',
    check: (g) =>
      g.allForums.flatMap((f) => {
        const missing = missingComponents(g, f.id);
        return missing.length
          ? [finding(FO4, say('FO4.missing', { forum: f, missing: componentWords(missing) }), [f])]
          : [];
      }),
    appliesTo: (g) => g.allForums.length > 0,
  },
  {
    ...FO5,
    group: 'forums',
    title: 'The Force and Police heads sit in the senior forum',
    why: 'Decisions on physical protection bind the military and police; their heads must be in the room when those decisions are taken.',
    provenance: 'reconstructed',
    sources: ['S4'],
    remedy:
      'Add the Force Commander and the Police Commissioner as members of the senior POC forum.',
    check: (g) => {
      const kinds = ['force', 'police'].filter((k) => g.K(k).length > 0);
      const full = g.strategicHq.some((f) =>
        kinds.every((k) => g.members(f.id).some((m) => m.kind === k)),
      );
      if (full) return [];
      const senior = seniorForum(g) as Unit;
      const missing = kinds.filter((k) => !g.members(senior.id).some((m) => m.kind === k));
      const heads = missing.map((k) => g.K(k)[0] as Unit);
      return [
        finding(
          FO5,
          say(heads.length === 1 ? 'FO5.one' : 'FO5.other', { heads: allOf(heads), forum: senior }),
          [senior, ...heads],
          {
            data: { forum: senior.id, heads: heads.map((h) => h.id) },
          },
        ),
      ];
    },
    appliesTo: (g) =>
      g.strategicHq.length > 0 && (g.K('force').length > 0 || g.K('police').length > 0),
    quickFix: {
      label: 'Add them as members of the senior forum',
      available: (doc, f) => typeof f.data?.forum === 'string' && !!doc.units[f.data.forum],
      recipe: (d, f) => {
        const forum = f.data?.forum;
        const heads = f.data?.heads;
        if (typeof forum !== 'string' || !Array.isArray(heads)) return;
        for (const h of heads) addLinkIfAllowed(d, h, forum, 'member-of');
      },
    },
  },
  {
    ...FO6,
    group: 'forums',
    title: 'OCHA and the protection cluster are invited',
    why: 'Humanitarian partners are often part of POC mechanisms; inviting them as observers shares analysis while respecting their independence.',
    provenance: 'reconstructed',
    sources: ['S4'],
    remedy:
      'Invite OCHA and the protection cluster to the POC forums as observers, where the context allows.',
    check: (g) => {
      const partners = [
        { kind: 'ocha', key: 'FO6.ocha' },
        { kind: 'protection-cluster', key: 'FO6.cluster' },
      ] as const;
      const missing = partners.filter((p) => !attends(g, p.kind));
      if (missing.length === 0) return [];
      // One sentence per case, so that each language can word "OCHA and the cluster" its own way.
      const key = missing.length === 1 ? (missing[0] as (typeof partners)[number]).key : 'FO6.both';
      return [
        finding(
          FO6,
          say(key),
          missing.flatMap((p) => g.K(p.kind)),
        ),
      ];
    },
    appliesTo: (g) => g.allForums.length > 0,
  },
  {
    ...FO7,
    group: 'forums',
    title: 'Every forum has a complete ToR',
    why: 'Terms of reference settle what a forum is for, what it may decide and what it produces; without them members drift and decisions are contested.',
    provenance: 'reconstructed',
    sources: ['S4', 'S15', 'S16'],
    remedy:
      'Fill in the forum’s terms of reference: purpose, functions, frequency, inputs, outputs, decision rights and humanitarian participation.',
    check: (g) =>
      g.allForums.flatMap((f) => {
        const tor = (f.tor ?? {}) as Record<string, unknown>;
        const missing = REQUIRED_TOR_FIELDS.filter((k) => {
          const v = tor[k];
          return (
            v === undefined ||
            (typeof v === 'string' && v.trim() === '') ||
            (Array.isArray(v) && v.length === 0)
          );
        });
        return missing.length
          ? [
              finding(
                FO7,
                say('FO7.lacks', { forum: f, missing: missing.map((k) => say(TOR_FIELD_KEYS[k])) }),
                [f],
                { data: { missing: [...missing] } },
              ),
            ]
          : [];
      }),
    appliesTo: (g) => g.allForums.length > 0,
  },
  {
    ...FO8,
    group: 'forums',
    title: 'No orphan forums',
    why: 'A forum with no chair has nobody to convene it; one that reports or escalates to nobody takes decisions nobody above it hears about.',
    provenance: 'reconstructed',
    sources: ['S4'],
    remedy:
      'Give the forum a chair and an "escalates to" (or "reports to") link to the forum or leader above it.',
    check: (g) =>
      g.allForums.flatMap((f) => {
        const problems: Said[] = [];
        if (g.chairs(f.id, true).length === 0)
          problems.push(say(f.tor?.chairUnknown ? 'FO8.chairUnknown' : 'FO8.noChair'));
        if (!isTop(g, f) && g.out(f.id, 'escalates-to', 'reports-to').length === 0)
          problems.push(say('FO8.orphan'));
        return problems.length
          ? [finding(FO8, say('FO8.problems', { forum: f, problems }), [f])]
          : [];
      }),
    appliesTo: (g) => g.allForums.length > 0,
  },
  {
    ...FO9,
    group: 'forums',
    title: 'No duplicate forums',
    why: 'Two forums doing the same job at the same level and place split attendance, duplicate decisions and confuse everyone about where an issue belongs.',
    provenance: 'reconstructed',
    sources: ['S4'],
    remedy: 'Merge the forums, or give them distinct functions in their ToRs.',
    check: (g) => {
      const groups = new Map<string, Unit[]>();
      for (const f of g.allForums) {
        const fns = f.tor?.functions?.length
          ? [...f.tor.functions].sort().join(',')
          : `kind:${f.kind}`;
        const key = `${g.level(f)}|${g.fieldOf(f)?.id ?? (g.isHq(f) ? 'hq' : 'external')}|${fns}`;
        const list = groups.get(key);
        if (list) list.push(f);
        else groups.set(key, [f]);
      }
      const out: Finding[] = [];
      for (const list of groups.values())
        if (list.length > 1) out.push(finding(FO9, say('FO9.duplicates', { forums: list }), list));
      return out;
    },
    appliesTo: (g) => g.allForums.length > 1,
  },
  {
    ...FO10,
    group: 'forums',
    title: 'A crisis convening mechanism exists',
    why: 'Protection crises do not wait for the monthly meeting; someone must be able to convene the right people within hours.',
    provenance: 'reconstructed',
    sources: ['S4'],
    remedy:
      'Add a Crisis Management Team, or record in a forum’s ToR how it convenes in a crisis (for example an emergency SMG-P session within 24 hours).',
    check: (g) =>
      g.K('cmt').length > 0 || g.allForums.some((f) => !!f.tor?.crisisConvening?.trim())
        ? []
        : [finding(FO10, say('FO10.none'), g.strategicHq)],
  },
];
