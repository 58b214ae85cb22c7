import { removeLinks } from '../commands';
import type { Graph } from './graph';
import { finding, isHumanitarian, seniorForum } from './helpers';
import { listed, say } from './text';
import type { Rule } from './types';

const I1 = { id: 'I1', severity: 'warning' } as const;
const I2 = { id: 'I2', severity: 'warning' } as const;
const I3 = { id: 'I3', severity: 'warning' } as const;
const I4 = { id: 'I4', severity: 'warning' } as const;
const I5 = { id: 'I5', severity: 'error' } as const;

/** Whether a partner of this kind attends a POC forum or liaises with the coordinator. */
function engaged(g: Graph, kind: string): boolean {
  const forums = new Set(g.allForums.map((f) => f.id));
  const coord = new Set(g.coord.map((c) => c.id));
  return g
    .K(kind)
    .some(
      (p) =>
        g.out(p.id, 'member-of', 'observer-of', 'co-chairs').some((l) => forums.has(l.target)) ||
        g.linkedTo(p.id, 'liaises-with').some((u) => coord.has(u.id)),
    );
}

const CHANNEL_TARGETS = new Set(['military', 'police', 'support']);

/** Task 6 — Working with international partners. */
export const PARTNERS_RULES: Rule[] = [
  {
    ...I1,
    group: 'partners',
    title: 'OCHA is engaged with the POC structure',
    why: 'OCHA coordinates the humanitarian response and civil-military relations; leaving it out means mission and humanitarian protection efforts run past each other.',
    provenance: 'reconstructed',
    sources: ['S4', 'S10'],
    remedy:
      'Invite the OCHA head or civil-military officer to the POC forums as an observer, and give OCHA a liaison point with the coordinator.',
    check: (g) =>
      engaged(g, 'ocha')
        ? []
        : [
            finding(I1, say(g.K('ocha').length ? 'I1.disengaged' : 'I1.absent'), [
              ...g.K('ocha'),
              ...g.coord,
            ]),
          ],
  },
  {
    ...I2,
    group: 'partners',
    title: 'The protection cluster is engaged',
    why: 'The protection cluster holds the humanitarian protection analysis; the mission and the cluster should attend each other’s meetings and share information on agreed terms.',
    provenance: 'reconstructed',
    sources: ['S4', 'S15', 'S26'],
    remedy:
      'Set up two-way attendance between the POC forums and the protection cluster, and agree an information-sharing protocol.',
    check: (g) =>
      engaged(g, 'protection-cluster')
        ? []
        : [
            finding(I2, say(g.K('protection-cluster').length ? 'I2.disengaged' : 'I2.absent'), [
              ...g.K('protection-cluster'),
              ...g.coord,
            ]),
          ],
  },
  {
    ...I3,
    group: 'partners',
    title: 'The DSRSG (RC/HC) sits in the senior POC forum',
    why: 'The triple-hatted deputy is the bridge to the UN country team and the humanitarian country team; their seat in the senior forum keeps mission decisions joined up with agency work.',
    provenance: 'reconstructed',
    sources: [],
    remedy: 'Add the DSRSG (RC/HC) as a member of the senior POC forum.',
    check: (g) => {
      const deputies = g.K('dsrsg-rchc');
      const senior = seniorForum(g);
      if (deputies.length === 0)
        return [
          finding(I3, say('I3.absent'), senior ? [senior] : [], {
            severity: 'info',
          }),
        ];
      const seated = g.strategicHq.some((f) => deputies.some((d) => g.isMember(d.id, f.id)));
      return seated
        ? []
        : [finding(I3, say('I3.unseated'), [...deputies, ...(senior ? [senior] : [])])];
    },
    appliesTo: (g) => g.strategicHq.length > 0,
  },
  {
    ...I4,
    group: 'partners',
    title: 'One principled channel for humanitarian requests',
    why: 'Humanitarians asking for escorts or transport should go through one door, with priorities set by the humanitarian system, not by whichever commander they happen to know.',
    provenance: 'reconstructed',
    sources: ['S10', 'S11', 'S12'],
    remedy:
      'Set up a single entry point (a JOTC-like centre or a humanitarian liaison desk) that receives humanitarian requests and passes them on to the Force, the Police or Mission Support.',
    check: (g) => {
      const channels = g.K('jotc', 'humanitarian-liaison');
      const ok = channels.some((n) => {
        const fromHumanitarians = g.in(n.id, 'feeds').some((l) => {
          const s = g.unit(l.source);
          return !!s && isHumanitarian(s);
        });
        const toAssets = g.out(n.id, 'tasks', 'feeds').some((l) => {
          const t = g.unit(l.target);
          return !!t && CHANNEL_TARGETS.has(g.category(t) ?? '');
        });
        return fromHumanitarians && toAssets;
      });
      if (ok) return [];
      return [
        finding(
          I4,
          channels.length
            ? say(channels.length === 1 ? 'I4.one' : 'I4.other', { channels: listed(channels) })
            : say('I4.none'),
          channels,
        ),
      ];
    },
  },
  {
    ...I5,
    group: 'partners',
    title: 'Humanitarian actors are never tasked by the mission',
    why: 'Humanitarian organisations must stay independent of a mission that may use force; tasking them compromises their neutrality and their access.',
    provenance: 'reconstructed',
    sources: [],
    remedy:
      'Remove the "tasks" link; make the humanitarian actor an observer of the forum or draw a "liaises with" link instead.',
    check: (g) =>
      g.links
        .filter((l) => l.kind === 'tasks')
        .flatMap((l) => {
          const s = g.unit(l.source);
          const t = g.unit(l.target);
          if (!s || !t || g.isExternal(s) || !isHumanitarian(t)) return [];
          return [
            finding(I5, say('I5.tasked', { source: s, target: t }), [s, t], {
              linkIds: [l.id],
              data: { link: l.id },
            }),
          ];
        }),
    quickFix: {
      label: 'Remove the tasking link',
      available: (doc, f) => typeof f.data?.link === 'string' && !!doc.links[f.data.link],
      recipe: (d, f) => {
        if (typeof f.data?.link === 'string') removeLinks(d, [f.data.link]);
      },
    },
  },
];
