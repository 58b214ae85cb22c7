import { removeLinks } from '../commands';
import type { OrgDoc, Unit } from '../schema';
import { addLinkIfAllowed, asDoc } from './fixes';
import type { Graph } from './graph';
import { finding, hasMilitary, hasPolice, linkedFocalPoints } from './helpers';
import { allOf, componentWords, say } from './text';
import type { Said } from './text';
import type { Finding, Rule } from './types';

const F1 = { id: 'F1', severity: 'warning' } as const;
const F2 = { id: 'F2', severity: 'warning' } as const;
const F3 = { id: 'F3', severity: 'warning' } as const;
const F4 = { id: 'F4', severity: 'warning' } as const;
const F5 = { id: 'F5', severity: 'warning' } as const;
const F6 = { id: 'F6', severity: 'info' } as const;

/** Offices the given units do not serve, each as a finding. */
function uncovered(
  g: Graph,
  units: Unit[],
  rule: { id: string; severity: 'warning' | 'info' },
  msg: (o: Unit) => Said,
): Finding[] {
  const covered = g.coveredOffices(units);
  return g.fieldOffices
    .filter((o) => !covered.has(o.id))
    .map((o) => finding(rule, msg(o), [o], { data: { office: o.id } }));
}

/** The HQ forum a field forum should escalate to: an operational one, else a strategic one. */
function hqTarget(g: { operationalHq: Unit[]; strategicHq: Unit[] }): Unit | undefined {
  return g.operationalHq[0] ?? g.strategicHq[0];
}

function hooFor(g: Graph, forum: Unit): Unit | undefined {
  const hoos = g.K('hoo');
  return (
    hoos.find((h) => g.fieldOf(h)?.id === g.fieldOf(forum)?.id) ??
    hoos.find((h) => g.sameArea(h, forum))
  );
}

/** Task 4 — Supporting the field. */
export const FIELD_RULES: Rule[] = [
  {
    ...F1,
    group: 'field',
    title: 'Each field office has a POC forum',
    why: 'Threats are local and move fast. A field forum lets the people on the spot analyse threats and decide a response without waiting for headquarters.',
    provenance: 'reconstructed',
    sources: ['S6', 'S12', 'S29'],
    remedy:
      'Set up a field POC working group in each field office, chaired by the Head of Office and with a ToR.',
    check: (g) => uncovered(g, g.fieldForums, F1, (o) => say('F1.noForum', { office: o })),
    appliesTo: (g) => g.fieldOffices.length > 0,
  },
  {
    ...F2,
    group: 'field',
    title: 'Field forums are chaired by the Head of Office',
    why: 'The Head of Office is the senior civilian in the area and speaks for the mission to local authorities; a forum chaired lower down cannot commit the office.',
    provenance: 'reconstructed',
    sources: ['S12'],
    remedy:
      'Name the Head of Office as chair of the field forum, or record a formal designation of another chair in the forum ToR.',
    check: (g) =>
      g.fieldForums.flatMap((f) => {
        const chairs = g.chairs(f.id);
        if (chairs.some((c) => c.kind === 'hoo' && g.sameArea(c, f))) return [];
        if (chairs.length > 0 && f.tor?.delegatedByHOM === true) return [];
        const hoo = hooFor(g, f);
        const data: Record<string, string> = { forum: f.id };
        if (hoo) data.hoo = hoo.id;
        const msg = chairs.length
          ? say('F2.chaired', { forum: f, chairs: allOf(chairs) })
          : say('F2.noChair', { forum: f });
        return [finding(F2, msg, [f, ...chairs, ...(hoo ? [hoo] : [])], { data })];
      }),
    appliesTo: (g) => g.fieldForums.length > 0,
    quickFix: {
      label: 'Make the Head of Office the chair',
      available: (doc: OrgDoc, f: Finding) => {
        const hoo = f.data?.hoo;
        const forum = f.data?.forum;
        return (
          typeof hoo === 'string' &&
          typeof forum === 'string' &&
          !!doc.units[hoo] &&
          !!doc.units[forum]
        );
      },
      recipe: (d, f) => {
        const hoo = f.data?.hoo;
        const forum = f.data?.forum;
        if (typeof hoo !== 'string' || typeof forum !== 'string') return;
        const others = Object.values(asDoc(d).links).filter(
          (l) => l.kind === 'chairs' && l.target === forum,
        );
        removeLinks(
          d,
          others.map((l) => l.id),
        );
        addLinkIfAllowed(d, hoo, forum, 'chairs');
      },
    },
  },
  {
    ...F3,
    group: 'field',
    title: 'Field forums include the local military and police',
    why: 'Physical protection in the field is delivered by battalions and UNPOL teams; a field forum without them decides things it cannot carry out.',
    provenance: 'reconstructed',
    sources: [],
    remedy:
      'Invite the sector or battalion commander and the UNPOL team leader as standing members of the field forum.',
    check: (g) =>
      g.fieldForums.flatMap((f) => {
        const missing: string[] = [];
        if (!hasMilitary(g, f.id)) missing.push('military');
        if (!hasPolice(g, f.id)) missing.push('police');
        return missing.length
          ? [finding(F3, say('F3.missing', { forum: f, missing: componentWords(missing) }), [f])]
          : [];
      }),
    appliesTo: (g) => g.fieldForums.length > 0,
  },
  {
    ...F4,
    group: 'field',
    title: 'Field forums link up to the HQ forum',
    why: 'Some problems raised in the field can only be solved at headquarters; without a route up, field forums are left on their own and HQ never hears.',
    provenance: 'reconstructed',
    sources: ['S6'],
    remedy:
      'Draw an "escalates to" link from each field forum to the operational (or strategic) POC forum at HQ, agree a standard report template and a set time for HQ to answer.',
    check: (g) => {
      const targets = [...g.operationalHq, ...g.strategicHq].map((f) => f.id);
      const reach = g.canReach(targets, ['escalates-to']);
      const to = hqTarget(g);
      return g.fieldForums
        .filter((f) => !reach.has(f.id))
        .map((f) =>
          finding(F4, say('F4.noRoute', { forum: f }), [f], {
            data: to ? { forum: f.id, to: to.id } : { forum: f.id },
          }),
        );
    },
    appliesTo: (g) => g.fieldForums.length > 0,
    quickFix: {
      label: 'Link it to the HQ POC forum',
      available: (doc, f) =>
        typeof f.data?.to === 'string' &&
        !!doc.units[f.data.to] &&
        typeof f.data.forum === 'string',
      recipe: (d, f) => {
        const { forum, to } = f.data ?? {};
        if (typeof forum === 'string' && typeof to === 'string')
          addLinkIfAllowed(d, forum, to, 'escalates-to');
      },
    },
  },
  {
    ...F5,
    group: 'field',
    title: 'Each field office has a focal point linked to the coordinator',
    why: 'The coordinator’s reach into the field runs through people: a POC officer or focal point in each office with a working line back to the coordinator.',
    provenance: 'reconstructed',
    sources: ['S16'],
    remedy:
      'Deploy or designate a POC officer or focal point in each field office and draw its functional line ("coordinates with" or "reports to") to the coordinator.',
    check: (g) =>
      uncovered(g, linkedFocalPoints(g), F5, (o) => say('F5.noFocalPoint', { office: o })),
    appliesTo: (g) => g.fieldOffices.length > 0 && g.coord.length > 0,
  },
  {
    ...F6,
    group: 'field',
    title: 'Each field office plans local protection',
    why: 'A local protection plan turns the mission-wide strategy into what this office, this battalion and this police team will do about these threats.',
    provenance: 'reconstructed',
    sources: ['S16', 'S18'],
    remedy:
      'Have the field forum draft a local protection plan and list it among the forum’s outputs.',
    check: (g) =>
      uncovered(
        g,
        g.fieldForums.filter((f) => f.tor?.outputs?.includes('local_protection_plan')),
        F6,
        (o) => say('F6.noPlan', { office: o }),
      ),
    appliesTo: (g) => g.fieldOffices.length > 0,
  },
  {
    id: 'F6-Q',
    group: 'field',
    title: 'Local protection plans exist and are current',
    why: 'The drawing shows which forums are meant to produce local protection plans, not whether the plans exist.',
    severity: 'info',
    provenance: 'reconstructed',
    sources: ['S16', 'S18'],
    remedy: 'Have each field forum draft and keep a local protection plan.',
    question: 'Does every field office have a current local protection plan?',
  },
];
