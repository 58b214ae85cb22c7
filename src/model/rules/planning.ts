import type { Unit } from '../schema';
import type { Graph } from './graph';
import { finding, missingComponents, operationalTeams, workingForums } from './helpers';
import { componentWords, say } from './text';
import type { Rule } from './types';

const P1 = { id: 'P1', severity: 'warning' } as const;
const P2 = { id: 'P2', severity: 'info' } as const;
const P3 = { id: 'P3', severity: 'warning' } as const;
const P4 = { id: 'P4', severity: 'warning' } as const;
const P5 = { id: 'P5', severity: 'info' } as const;

/** Operational-level forums, and operational joint teams at HQ (a JOTC plans and tasks jointly too). */
function operationalBodies(g: Graph): Unit[] {
  return [...g.forums('operational'), ...operationalTeams(g)];
}

function withOutput(g: Graph, output: string): Unit[] {
  return g.allForums.filter((f) =>
    (f.tor?.outputs as readonly string[] | undefined)?.includes(output),
  );
}

/** Task 3 — Supporting joined-up operational and forward planning. */
export const PLANNING_RULES: Rule[] = [
  {
    ...P1,
    group: 'planning',
    title: 'Civilian, military and police planners plan POC together',
    why: 'A comprehensive approach needs joint civilian-police-military planning; when each component plans alone, their responses collide or leave gaps.',
    provenance: 'reconstructed',
    sources: ['S4'],
    remedy:
      'Give civilian POC staff a place in Force planning (U3/U5) and hold a standing joint planning meeting: an operational forum where the Force, the Police and civilian sections all sit.',
    check: (g) => {
      const bodies = operationalBodies(g);
      if (bodies.some((f) => missingComponents(g, f.id).length === 0)) return [];
      if (bodies.length === 0) return [finding(P1, say('P1.none'))];
      return bodies.map((f) =>
        finding(
          P1,
          say('P1.lacks', { forum: f, missing: componentWords(missingComponents(g, f.id)) }),
          [f],
        ),
      );
    },
  },
  {
    ...P2,
    group: 'planning',
    title: 'A forum produces contingency plans',
    why: 'Elections, seasonal movements and offensives are predictable; a forum that owns contingency plans turns that foresight into prepared responses.',
    provenance: 'reconstructed',
    sources: ['S16'],
    remedy:
      'Task the operational forum with scenario planning and list "contingency plans" among its outputs; keep contingency plans for each field office.',
    check: (g) =>
      withOutput(g, 'contingency_plans').length > 0
        ? []
        : [finding(P2, say('P2.none'), g.allForums)],
    appliesTo: (g) => g.allForums.length > 0,
  },
  {
    id: 'P2-Q',
    group: 'planning',
    title: 'Forward planning covers predictable POC risks',
    why: 'The drawing can show that a forum is meant to produce contingency plans, not that the plans exist and are current.',
    severity: 'info',
    provenance: 'reconstructed',
    sources: ['S16'],
    remedy:
      'Task the operational forum with scenario planning; keep contingency plans per field office.',
    question:
      'Do current contingency plans cover the predictable POC risks (elections, seasonal movements, offensives)?',
  },
  {
    ...P3,
    group: 'planning',
    title: 'Planning draws on JMAC threat analysis',
    why: 'Plans made without integrated threat analysis protect the wrong places at the wrong times.',
    provenance: 'reconstructed',
    sources: ['S20'],
    remedy:
      'Make a JMAC threat brief a standing item of the operational POC forum: draw the JMAC as a member, or a "feeds" link from the JMAC to the forum.',
    check: (g) => {
      const bodies = workingForums(g);
      const jmacs = g.K('jmac');
      const ok = bodies.some((f) =>
        jmacs.some((j) => g.E(j.id, f.id, 'feeds') || g.isMember(j.id, f.id)),
      );
      return ok
        ? []
        : [finding(P3, say('P3.unbriefed', { forums: bodies }), [...jmacs, ...bodies])];
    },
    appliesTo: (g) => g.K('jmac').length > 0 && workingForums(g).length > 0,
  },
  {
    ...P4,
    group: 'planning',
    title: 'Mission Support is in the loop for POC responses',
    why: 'Responses depend on helicopters, trucks and engineers; if Mission Support hears of a plan last, the response arrives late.',
    provenance: 'reconstructed',
    sources: [],
    remedy:
      'Add the Director of Mission Support or a JLOC representative to the operational forum (or the JOTC-type body).',
    check: (g) => {
      const bodies = workingForums(g);
      const ok = bodies.some(
        (f) =>
          g.members(f.id).some((m) => m.kind === 'jloc' || g.category(m) === 'support') ||
          g.K('dms').some((d) => g.repOf(d.id, f.id)),
      );
      return ok ? [] : [finding(P4, say('P4.absent', { forums: bodies }), bodies)];
    },
    appliesTo: (g) => workingForums(g).length > 0,
  },
  {
    ...P5,
    group: 'planning',
    title: 'Threats are prioritised with a priority matrix',
    why: 'Protection assets are always scarce. A shared priority matrix (such as MONUSCO’s Must-Should-Could) decides where they go on agreed grounds rather than by whoever shouts loudest.',
    provenance: 'reconstructed',
    sources: ['S6', 'S16'],
    remedy:
      'Adopt a POC priority matrix and have the operational forum keep it up to date; list "priority matrix" among that forum’s outputs.',
    check: (g) =>
      withOutput(g, 'priority_matrix').length > 0 ? [] : [finding(P5, say('P5.none'), g.allForums)],
  },
];
