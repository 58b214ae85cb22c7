import { finding, isMilitary, workingForums } from './helpers';
import { say } from './text';
import type { Said } from './text';
import type { Rule } from './types';

const C1 = { id: 'C1', severity: 'warning' } as const;
const C2 = { id: 'C2', severity: 'info' } as const;
const C3 = { id: 'C3', severity: 'warning' } as const;
const C4 = { id: 'C4', severity: 'warning' } as const;
const C5 = { id: 'C5', severity: 'warning' } as const;

const ENGAGERS = new Set(['cla', 'jpt', 'civil-affairs']);
// None, one or more: English says "0 kinds" and "1 kind", French "0 type" and "1 type".
const KIND_COUNT_KEYS = ['C3.noKind', 'C3.oneKind'] as const;
const VULNERABLE_GROUP_KINDS = new Set(['wpa', 'gender', 'child-protection']);

/** Task 7 — Engaging with local communities. */
export const COMMUNITIES_RULES: Rule[] = [
  {
    ...C1,
    group: 'communities',
    title: 'Each field office engages communities systematically',
    why: 'People at risk know their threats best. Without a standing channel in each area (community liaison assistants, protection teams, Civil Affairs), the mission hears from communities only by chance.',
    provenance: 'reconstructed',
    sources: ['S6', 'S7', 'S8', 'S9'],
    remedy:
      'Deploy community liaison assistants and joint protection teams; have Civil Affairs lead community protection plans. Draw their "liaises with" links to the community.',
    check: (g) => {
      const engagers = g.units.filter(
        (u) =>
          ENGAGERS.has(u.kind) &&
          g.linkedTo(u.id, 'liaises-with').some((c) => c.kind === 'community'),
      );
      const covered = g.coveredOffices(engagers);
      return g.fieldOffices
        .filter((o) => !covered.has(o.id))
        .map((o) =>
          finding(C1, say('C1.unengaged', { office: o }), [o], { data: { office: o.id } }),
        );
    },
    appliesTo: (g) => g.fieldOffices.length > 0,
  },
  {
    ...C2,
    group: 'communities',
    title: 'Community information reaches the decision forums',
    why: 'Community engagement is wasted if what communities say never reaches the forum that decides on a response.',
    provenance: 'reconstructed',
    sources: [],
    remedy:
      'Close the loop: route community information (through liaison assistants, Civil Affairs or alert networks) into the field forum, and back to communities through Public Information and Civil Affairs.',
    check: (g) => {
      const targets = g.fieldForums.length ? g.fieldForums : g.allForums;
      const reach = g.canReach(
        targets.map((f) => f.id),
        ['liaises-with', 'feeds', 'member-of'],
      );
      return g
        .K('community')
        .filter((c) => !reach.has(c.id))
        .map((c) =>
          finding(C2, say(g.fieldForums.length ? 'C2.field' : 'C2.any', { community: c }), [c]),
        );
    },
    appliesTo: (g) => g.K('community').length > 0 && g.allForums.length > 0,
  },
  {
    id: 'C2-Q',
    group: 'communities',
    title: 'Feedback returns to communities',
    why: 'Communities keep raising alerts only if they see something come of them.',
    severity: 'info',
    provenance: 'reconstructed',
    sources: [],
    remedy:
      'Use Public Information and Civil Affairs to tell communities what was done with their information.',
    question: 'Is feedback given to communities on what the mission did with their information?',
  },
  {
    ...C3,
    group: 'communities',
    title: 'Joint protection teams are multi-disciplinary and feed uniformed planning',
    why: 'A joint protection team is useful because it brings several sections’ eyes to one place and because its findings shape where troops go.',
    provenance: 'reconstructed',
    sources: ['S8'],
    remedy:
      'Compose JPTs from Civil Affairs, Political Affairs, Human Rights, Child Protection, Public Information and UNPOL, and draw a "feeds" link from the team to the sector or battalion.',
    check: (g) =>
      g.K('jpt').flatMap((j) => {
        const problems: Said[] = [];
        const kinds = new Set(g.members(j.id).map((m) => m.kind));
        if (kinds.size < 3)
          problems.push(say(KIND_COUNT_KEYS[kinds.size] ?? 'C3.fewKinds', { count: kinds.size }));
        if (
          !g.out(j.id, 'feeds').some((l) => {
            const t = g.unit(l.target);
            return !!t && isMilitary(g, t);
          })
        )
          problems.push(say('C3.noMilitary'));
        return problems.length ? [finding(C3, say('C3.problems', { team: j, problems }), [j])] : [];
      }),
    appliesTo: (g) => g.K('jpt').length > 0,
  },
  {
    ...C4,
    group: 'communities',
    title: 'Women, children and vulnerable groups are specifically consulted',
    why: 'Threats to women and children are often invisible to a general assessment; specialists in the room are how they get seen.',
    provenance: 'reconstructed',
    sources: [],
    remedy:
      'Add Women’s Protection Advisers, Gender or Child Protection staff to each joint protection team and field forum.',
    check: (g) =>
      [...g.fieldForums, ...g.K('jpt')]
        .filter((b) => !g.members(b.id).some((m) => VULNERABLE_GROUP_KINDS.has(m.kind)))
        .map((b) => finding(C4, say('C4.noSpecialist', { body: b }), [b])),
    appliesTo: (g) => g.fieldForums.length > 0 || g.K('jpt').length > 0,
  },
  {
    ...C5,
    group: 'communities',
    title: 'Public Information helps manage expectations',
    why: 'Communities that expect the mission to protect everyone everywhere lose trust when it cannot; Public Information has to say plainly what the mission can and cannot do.',
    provenance: 'reconstructed',
    sources: ['S15'],
    remedy:
      'Put Public Information in the operational POC forum and write a POC communication strategy.',
    check: (g) => {
      const bodies = workingForums(g);
      const ok = bodies.some((f) => g.members(f.id).some((m) => m.kind === 'public-info'));
      return ok
        ? []
        : [finding(C5, say('C5.absent', { forums: bodies }), [...g.K('public-info'), ...bodies])];
    },
    appliesTo: (g) => workingForums(g).length > 0,
  },
];
