import { setTor } from '../commands';
import type { OrgDoc, Unit } from '../schema';
import { addLinkIfAllowed, asDoc } from './fixes';
import { finding } from './helpers';
import { say } from './text';
import type { Finding, Rule } from './types';

const FR1 = { id: 'FR1', severity: 'info' } as const;

/** Who should run a forum's secretariat: the coordinator, else a POC adviser (never the forum itself). */
function secretariatCandidate(doc: OrgDoc, forumId: string): Unit | undefined {
  const units = Object.values(doc.units);
  return (
    units.find((u) => u.isCoordinator === true && u.id !== forumId && u.kind !== 'mission-hq') ??
    units.find((u) => u.kind === 'poc-adviser' && u.id !== forumId)
  );
}

/** Task 9 — Supporting follow-up and review. */
export const FOLLOW_UP_RULES: Rule[] = [
  {
    ...FR1,
    group: 'follow-up',
    title: 'Every forum has a secretariat that keeps an action log',
    why: 'Decisions without an owner, a deadline and someone who checks are forgotten by the next meeting.',
    provenance: 'reconstructed',
    sources: ['S12', 'S15', 'S16'],
    remedy:
      'Name a secretariat for each forum (the POC unit or a section) and keep an action log of decisions with owners and deadlines; list "action log" among the forum’s outputs.',
    check: (g) =>
      g.allForums.flatMap((f) => {
        const noSecretariat = g.secretariats(f.id).length === 0;
        const noLog = !f.tor?.outputs?.includes('action_log');
        if (!noSecretariat && !noLog) return [];
        const key =
          noSecretariat && noLog ? 'FR1.both' : noSecretariat ? 'FR1.secretariat' : 'FR1.log';
        return [finding(FR1, say(key, { forum: f }), [f], { data: { forum: f.id } })];
      }),
    appliesTo: (g) => g.allForums.length > 0,
    quickFix: {
      label: 'Make the coordinator the secretariat and keep an action log',
      available: (doc: OrgDoc, f: Finding) => {
        const forum = f.data?.forum;
        return typeof forum === 'string' && !!doc.units[forum];
      },
      recipe: (d, f) => {
        const forum = f.data?.forum;
        if (typeof forum !== 'string') return;
        const doc = asDoc(d);
        const hasSecretariat = Object.values(doc.links).some(
          (l) => l.kind === 'secretariat-of' && l.target === forum,
        );
        if (!hasSecretariat) {
          const who = secretariatCandidate(doc, forum);
          if (who) addLinkIfAllowed(d, who.id, forum, 'secretariat-of');
        }
        const outputs = doc.units[forum]?.tor?.outputs ?? [];
        if (!outputs.includes('action_log'))
          setTor(d, forum, { outputs: [...outputs, 'action_log'] });
      },
    },
  },
  {
    id: 'FR2',
    group: 'follow-up',
    title: 'Decisions are followed up and reported upward',
    why: 'A forum that never checks its own action points cannot tell whether it changed anything.',
    severity: 'info',
    provenance: 'reconstructed',
    sources: [],
    remedy:
      'Make "status of action points" a standing agenda item and report progress to the higher forum.',
    question:
      'Are forum decisions followed up at the next meeting and reported to the higher forum?',
  },
  {
    id: 'FR3',
    group: 'follow-up',
    title: 'Lessons from major incidents feed back into strategy',
    why: 'Each major incident shows where the structure failed; without a review, the same failure repeats.',
    severity: 'info',
    provenance: 'reconstructed',
    sources: [],
    remedy:
      'Adopt an after-action review procedure and give a best-practice officer the job of feeding lessons into the strategy and SOPs.',
    question:
      'Are after-action reviews held after major POC incidents, with lessons fed into the strategy and SOPs?',
  },
  {
    id: 'FR4',
    group: 'follow-up',
    title: 'The strategy has indicators and reporting is consistent',
    why: 'Without indicators nobody can say whether protection improved; inconsistent reporting to UN Headquarters and the Security Council undermines the mission’s credibility.',
    severity: 'info',
    provenance: 'reconstructed',
    sources: ['S5'],
    remedy:
      'Adopt a monitoring and evaluation framework with POC objectives and indicators (for example in the performance assessment system).',
    question:
      'Does the POC strategy have indicators, and is reporting to UN Headquarters and the Security Council consistent with them?',
  },
];
