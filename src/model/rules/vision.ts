import { finding } from './helpers';
import { say, written } from './text';
import type { Said } from './text';
import type { Rule } from './types';

const V2 = { id: 'V2', severity: 'info' } as const;
const V4 = { id: 'V4', severity: 'warning' } as const;

/** Task 1 — Supporting vision and policy. */
export const VISION_RULES: Rule[] = [
  {
    id: 'V1',
    group: 'vision',
    title: 'An endorsed mission-wide POC strategy',
    why: 'Without a strategy the Head of Mission has signed, each component works to its own idea of what protecting civilians means, and the coordination structure has nothing to coordinate around.',
    severity: 'info',
    provenance: 'reconstructed',
    sources: ['S18', 'S28'],
    remedy:
      'Have the coordinator lead the drafting with every component, following the DPKO/DFS strategy framework, and take the draft to the senior forum for the Head of Mission to endorse.',
    question: 'Is there a mission-wide POC strategy that the Head of Mission has endorsed?',
  },
  {
    ...V2,
    group: 'vision',
    title: 'The strategy can describe every forum',
    why: 'The strategy should say which mechanism works at each level, who sits in it and on what terms. A forum with no purpose, chair, members or rhythm cannot be written into it.',
    provenance: 'reconstructed',
    sources: ['S4', 'S27'],
    remedy:
      'Give each forum a purpose, a chair, at least three members and a meeting frequency; then export the coordination mechanisms annex from this organogram.',
    check: (g) =>
      g.allForums.flatMap((f) => {
        const missing: Said[] = [];
        if (!f.tor?.purpose?.trim()) missing.push(say('V2.purpose'));
        if (g.chairs(f.id, true).length === 0)
          missing.push(say(f.tor?.chairUnknown ? 'V2.chairUnknown' : 'V2.chair'));
        const n = g.members(f.id).length;
        if (n < 3) missing.push(say('V2.members', { count: n }));
        if (!f.tor?.frequency) missing.push(say('V2.frequency'));
        return missing.length
          ? [finding(V2, say('V2.lacks', { forum: written(f), missing }), [f])]
          : [];
      }),
    appliesTo: (g) => g.allForums.length > 0,
  },
  {
    id: 'V3',
    group: 'vision',
    title: 'The strategy is reviewed on a set cycle',
    why: 'Threats, deployments and mandates change; a strategy nobody revisits soon describes a mission that no longer exists.',
    severity: 'info',
    provenance: 'reconstructed',
    sources: [],
    remedy:
      "Put a review date in the senior forum's calendar and make the coordinator responsible for it.",
    question:
      'Has the POC strategy been reviewed in the last 12 months, or since the last mandate renewal?',
  },
  {
    ...V4,
    group: 'vision',
    title: 'Leadership visibly owns POC',
    why: 'POC has to be driven from the top. When the Head of Mission chairs the senior POC forum, or formally hands the chair to a deputy, every component sees that the priority is real.',
    provenance: 'reconstructed',
    sources: ['S4', 'S21'],
    remedy:
      'Have the Head of Mission chair the senior POC forum, or issue a directive naming a deputy as chair (record it as "delegated by the HOM" in the forum ToR) and naming the coordinator.',
    check: (g) => {
      const owned = g.strategicHq.some((f) =>
        g
          .chairs(f.id)
          .some(
            (c) =>
              c.kind === 'hom' ||
              ((c.kind === 'dsrsg-rchc' || c.kind === 'dsrsg-pol') &&
                f.tor?.delegatedByHOM === true),
          ),
      );
      if (owned) return [];
      return [finding(V4, say('V4.unowned'), [...g.strategicHq, ...g.K('hom')])];
    },
    appliesTo: (g) => g.strategicHq.length > 0,
  },
  {
    id: 'V5',
    group: 'vision',
    title: 'Work plans and budgets carry POC objectives',
    why: 'What is not in work plans and budgets does not get staff time or money, however strongly the strategy is worded.',
    severity: 'info',
    provenance: 'reconstructed',
    sources: [],
    remedy:
      'Have the coordinator review component work plans and add POC objectives and indicators to them.',
    question: "Do the components' work plans and budgets include POC objectives?",
  },
];
