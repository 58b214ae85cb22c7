import type { Unit } from '../schema';
import type { Graph } from './graph';
import { finding, isMilitary, isPolice, seniorForum } from './helpers';
import { say } from './text';
import type { Finding, Rule } from './types';

const N1 = { id: 'N1', severity: 'info' } as const;
const N2 = { id: 'N2', severity: 'info' } as const;

const LEADERS = new Set(['hom', 'dsrsg-rchc', 'dsrsg-pol']);
const CONDITIONALITY = /conditional|hrddp|due diligence/i;

/** Links between the mission's forces and national forces, either way round (military–army, police–police). */
function supportLinks(g: Graph): { mission: Unit; national: Unit; link: string }[] {
  return g.memo('supportLinks', () => computeSupportLinks(g));
}

function computeSupportLinks(g: Graph): { mission: Unit; national: Unit; link: string }[] {
  const out: { mission: Unit; national: Unit; link: string }[] = [];
  const nationals = new Set(g.K('national-army', 'national-police').map((u) => u.id));
  for (const l of g.links) {
    if (!nationals.has(l.source) && !nationals.has(l.target)) continue;
    const s = g.unit(l.source);
    const t = g.unit(l.target);
    if (!s || !t) continue;
    for (const [m, n] of [
      [s, t],
      [t, s],
    ] as const) {
      if (
        (isMilitary(g, m) && n.kind === 'national-army') ||
        (isPolice(g, m) && n.kind === 'national-police')
      )
        out.push({ mission: m, national: n, link: l.id });
    }
  }
  return out;
}

/** Task 8 — Engaging with national authorities. */
export const NATIONAL_RULES: Rule[] = [
  {
    ...N1,
    group: 'national',
    title: 'Regular engagement with national and local authorities',
    why: 'The host state bears the primary responsibility to protect civilians; the mission has to engage it at the top and in every area where it works.',
    provenance: 'reconstructed',
    sources: ['S18', 'S15'],
    remedy:
      'Hold leadership-level dialogue with the government and joint mechanisms such as joint security committees; in the field, have the Head of Office and Civil Affairs engage local authorities. Draw these as "liaises with" links.',
    check: (g) => {
      const out: Finding[] = [];
      const top = g.units
        .filter((u) => LEADERS.has(u.kind))
        .some((u) => g.linkedTo(u.id, 'liaises-with').some((n) => n.kind === 'national-authority'));
      if (!top) out.push(finding(N1, say('N1.top'), [...g.K('hom'), ...g.K('national-authority')]));
      const engaged = g.units.filter(
        (u) =>
          (u.kind === 'hoo' || u.kind === 'civil-affairs') &&
          g
            .linkedTo(u.id, 'liaises-with')
            .some((n) => n.kind === 'local-authority' || n.kind === 'national-authority'),
      );
      const covered = g.coveredOffices(engaged);
      for (const o of g.fieldOffices)
        if (!covered.has(o.id)) out.push(finding(N1, say('N1.field', { office: o }), [o]));
      return out;
    },
  },
  {
    ...N2,
    group: 'national',
    title: 'Support to national forces is conditioned on human-rights screening',
    why: 'Support to national forces that abuse civilians makes the mission complicit; the human rights due diligence policy requires a senior-level decision with human-rights input.',
    provenance: 'reconstructed',
    sources: ['S6'],
    remedy:
      'Give a senior forum, with Human Rights as a member, the decision on support to national forces (conditionality) and record it among the forum’s decision areas.',
    check: (g) => {
      const ok = g.strategicHq.some(
        (f) =>
          g.members(f.id).some((m) => m.kind === 'human-rights') &&
          (f.tor?.decisions ?? []).some((d) => CONDITIONALITY.test(d)),
      );
      if (ok) return [];
      const links = supportLinks(g);
      const senior = seniorForum(g);
      return [
        finding(
          N2,
          senior ? say('N2.senior', { forum: senior }) : say('N2.none'),
          [...new Set(links.flatMap((s) => [s.mission, s.national])), ...(senior ? [senior] : [])],
          { linkIds: [...new Set(links.map((s) => s.link))] },
        ),
      ];
    },
    appliesTo: (g) => supportLinks(g).length > 0,
  },
  {
    id: 'N3',
    group: 'national',
    title: 'Capacity building of national forces includes POC',
    why: 'National police and army will be protecting civilians long after the mission leaves.',
    severity: 'info',
    provenance: 'reconstructed',
    sources: [],
    remedy: 'Build POC into UNPOL and Force programmes with national police and army.',
    question:
      'Do UNPOL and Force capacity-building programmes with national police and army include POC?',
  },
  {
    id: 'N4',
    group: 'national',
    title: 'The mission speaks to authorities with one voice',
    why: 'Authorities play mission components off against each other when they hear different messages.',
    severity: 'info',
    provenance: 'reconstructed',
    sources: [],
    remedy: 'Agree key messages to the authorities in the senior forum.',
    question:
      'Does the mission agree its POC messages to national authorities in the senior forum?',
  },
];
