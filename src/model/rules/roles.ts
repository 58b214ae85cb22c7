import { finding, focalPoints, KEY_SECTION_KINDS } from './helpers';
import { say } from './text';
import type { Finding, Rule } from './types';

const R1 = { id: 'R1', severity: 'error' } as const;
const R2 = { id: 'R2', severity: 'warning' } as const;
const R3 = { id: 'R3', severity: 'warning' } as const;
const R4 = { id: 'R4', severity: 'warning' } as const;
const R5 = { id: 'R5', severity: 'warning' } as const;

const ROLE_CATEGORIES = new Set(['military', 'police', 'civilian', 'joint']);

/** Task 2 — Clarifying roles and responsibilities. */
export const ROLES_RULES: Rule[] = [
  {
    ...R1,
    group: 'roles',
    title: 'Exactly one POC coordinator is designated',
    why: 'Missions where one established person or office owned POC coordination did better. With no coordinator nobody convenes; with several, each waits for the other.',
    provenance: 'reconstructed',
    sources: [],
    remedy:
      'Designate one coordinator (an adviser, a section, a group or the Head of Mission) and record the choice in a Head of Mission directive. Mark it as the coordinator in this organogram.',
    check: (g) => {
      const c = g.coord;
      if (c.length === 1) return [];
      if (c.length === 0) return [finding(R1, say('R1.none'))];
      const leads = c.filter((u) => u.authority?.leadCoordinator === true);
      if (leads.length === 1) return [];
      return [
        finding(R1, say('R1.many', { count: c.length, units: c }), c, {
          severity: 'warning',
        }),
      ];
    },
  },
  {
    ...R2,
    group: 'roles',
    title: 'The coordinator has a written ToR',
    why: 'A written ToR tells the components what the coordinator may ask of them, and keeps the role alive when the post-holder changes.',
    provenance: 'reconstructed',
    sources: ['S4'],
    remedy:
      "Adopt terms of reference for the coordinator, modelled on the Handbook's ToR for Senior POC Advisers (Annex I), and record them in the coordinator's authority fields.",
    check: (g) =>
      g.coord
        .filter((c) => c.authority?.hasWrittenToR !== true)
        .map((c) => finding(R2, say('R2.noToR', { unit: c }), [c])),
    appliesTo: (g) => g.coord.length > 0,
  },
  {
    ...R3,
    group: 'roles',
    title: "Each component's POC role is defined",
    why: "When a section or unit does not know what POC asks of it, the work falls to the coordinator or to nobody. A roles matrix is the strategy's backbone.",
    provenance: 'reconstructed',
    sources: ['S14', 'S27'],
    remedy:
      'Write a POC role for every military, police, civilian and joint unit (the component roles of Tool 3 are a starting point) and annex the resulting roles matrix to the strategy.',
    check: (g) => {
      const missing = g.units.filter((u) => {
        const c = g.category(u);
        return c !== undefined && ROLE_CATEGORIES.has(c) && !u.pocRole?.trim();
      });
      if (missing.length === 0) return [];
      return [
        finding(
          R3,
          say(missing.length === 1 ? 'R3.one' : 'R3.other', {
            count: missing.length,
            units: missing,
          }),
          missing,
        ),
      ];
    },
    appliesTo: (g) => g.units.some((u) => ROLE_CATEGORIES.has(g.category(u) ?? '')),
  },
  {
    ...R4,
    group: 'roles',
    title: 'POC focal points are named in key sections and field offices',
    why: 'Focal points are how the coordinator reaches into sections and field offices; without a named person, requests go to a general inbox and stall.',
    provenance: 'reconstructed',
    sources: ['S16'],
    remedy:
      'Name a POC focal point in each key section (Civil Affairs, Human Rights, Child Protection, Women’s Protection, Political Affairs, Public Information) and in each field office; the coordinator keeps the list.',
    check: (g) => {
      const out: Finding[] = [];
      const covered = g.coveredOffices(focalPoints(g));
      const bare = g.fieldOffices.filter((o) => !covered.has(o.id));
      if (bare.length)
        out.push(
          finding(R4, say('R4.offices', { offices: bare }), bare, {
            data: { offices: bare.map((o) => o.id) },
          }),
        );
      const kinds = new Set<string>(KEY_SECTION_KINDS);
      const sections = g.units.filter(
        (u) => kinds.has(u.kind) && g.isHq(u) && u.focalPoint !== true,
      );
      if (sections.length) out.push(finding(R4, say('R4.sections', { sections }), sections));
      return out;
    },
    appliesTo: (g) =>
      g.fieldOffices.length > 0 ||
      g.units.some((u) => (KEY_SECTION_KINDS as readonly string[]).includes(u.kind) && g.isHq(u)),
  },
  {
    ...R5,
    group: 'roles',
    title: 'The interface with the protection cluster is defined',
    why: 'Humanitarian protection actors hold analysis the mission needs and need the mission to respect their independence; the terms of that relationship have to be set, not improvised.',
    provenance: 'reconstructed',
    sources: ['S26'],
    remedy:
      'Agree terms of engagement with the protection cluster: observer status in the POC forums, an information-sharing protocol and civil-military guidelines. Draw it as an observer of a forum or a liaison with the coordinator.',
    check: (g) => {
      const clusters = g.K('protection-cluster');
      const forums = new Set(g.allForums.map((u) => u.id));
      const inner = new Set([...forums, ...g.coord.map((u) => u.id)]);
      const engaged = clusters.some(
        (pc) =>
          g.linkedTo(pc.id, 'liaises-with').some((u) => inner.has(u.id)) ||
          g.out(pc.id, 'member-of', 'observer-of', 'co-chairs').some((l) => forums.has(l.target)),
      );
      if (engaged) return [];
      return [
        finding(R5, say(clusters.length ? 'R5.disengaged' : 'R5.absent'), [
          ...clusters,
          ...g.coord,
        ]),
      ];
    },
  },
];
