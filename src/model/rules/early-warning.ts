import type { Draft } from 'immer';
import { findKind } from '../catalogue';
import type { OrgDoc } from '../schema';
import { compileRule } from './declarative';
import { addHqUnit, addLinkIfAllowed, asDoc, hqContainer } from './fixes';
import { finding, isMilitary, workingForums } from './helpers';
import { say } from './text';
import type { RuleDeclInput } from './pack-schema';
import type { AutomaticRule, QuickFix, Rule } from './types';

const W3 = { id: 'W3', severity: 'warning' } as const;
const W4 = { id: 'W4', severity: 'warning' } as const;
const W5 = { id: 'W5', severity: 'warning' } as const;
const W6 = { id: 'W6', severity: 'warning' } as const;

/** W1 and W2 are plain "a kind exists" rules, so they are written in the declarative form. */
export const W1_DECL: RuleDeclInput = {
  type: 'kind-exists',
  id: 'W1',
  group: 'early-warning',
  title: 'The mission has a Joint Operations Centre',
  why: 'The JOC keeps round-the-clock situational awareness and is where POC alerts land; without it nobody holds the current picture when a crisis breaks.',
  severity: 'error',
  remedy: 'Establish a JOC under the Chief of Staff, as DPKO policy expects of every mission.',
  provenance: 'reconstructed',
  sources: ['S19', 'S20'],
  kind: 'joc',
};

export const W2_DECL: RuleDeclInput = {
  type: 'kind-exists',
  id: 'W2',
  group: 'early-warning',
  title: 'The mission has a Joint Mission Analysis Centre',
  why: 'The JMAC turns military, police and civilian information into integrated threat analysis; without it POC forums decide on anecdote.',
  severity: 'error',
  remedy:
    'Establish a JMAC, reporting to the Chief of Staff, with military, police and civilian analysts.',
  provenance: 'reconstructed',
  sources: ['S20'],
  kind: 'jmac',
};

/** Adds a unit of a kind at HQ, next to its sibling kinds, reporting to the Chief of Staff. */
function addUnderCos(kind: string, anchors: string[]): QuickFix {
  const name = findKind(kind)?.short ?? kind;
  return {
    label: `Add a ${name} at headquarters`,
    recipe: (d: Draft<OrgDoc>) => {
      const id = addHqUnit(d, kind, anchors);
      const doc = asDoc(d);
      const hq = hqContainer(doc);
      const coses = Object.values(doc.units).filter((u) => u.kind === 'cos');
      const cos = coses.find((c) => c.parent === hq?.id) ?? coses[0];
      if (cos) addLinkIfAllowed(d, id, cos.id, 'reports-to');
    },
  };
}

const W1: AutomaticRule = {
  ...(compileRule(W1_DECL, 'built-in') as AutomaticRule),
  quickFix: addUnderCos('joc', ['jmac', 'cos']),
};
const W2: AutomaticRule = {
  ...(compileRule(W2_DECL, 'built-in') as AutomaticRule),
  quickFix: addUnderCos('jmac', ['joc', 'cos']),
};

const STOVEPIPE_KINDS = [
  'human-rights',
  'civil-affairs',
  'child-protection',
  'police-hq',
  'force-hq',
] as const;

/** Task 5 — Supporting effective early warning and situational awareness. */
export const EARLY_WARNING_RULES: Rule[] = [
  W1,
  W2,
  {
    ...W3,
    group: 'early-warning',
    title: 'The JOC and JMAC both brief the POC forum',
    why: 'The JOC knows what is happening now and the JMAC what is likely next; the forum that decides on POC responses needs both, every time it meets.',
    provenance: 'reconstructed',
    sources: [],
    remedy:
      'Make JOC and JMAC briefings standing agenda items of the operational (or early-warning) POC forum and make the Chiefs JOC and JMAC members.',
    check: (g) => {
      const candidates = [
        ...new Set([
          ...workingForums(g),
          ...g.allForums.filter((f) => f.tor?.functions?.includes('early_warning')),
        ]),
      ];
      const joc = g.K('joc');
      const jmac = g.K('jmac');
      const briefs = (unitIds: string[], f: string) =>
        unitIds.some((u) => g.E(u, f, 'feeds') || g.isMember(u, f));
      const ok = candidates.some(
        (f) =>
          briefs(
            joc.map((u) => u.id),
            f.id,
          ) &&
          briefs(
            jmac.map((u) => u.id),
            f.id,
          ),
      );
      return ok
        ? []
        : [
            finding(W3, say('W3.unbriefed', { forums: candidates }), [
              ...joc,
              ...jmac,
              ...candidates,
            ]),
          ];
    },
    appliesTo: (g) => g.K('joc').length > 0 && g.K('jmac').length > 0 && g.allForums.length > 0,
  },
  {
    ...W4,
    group: 'early-warning',
    title: 'Community alerts reach the JOC or base commanders',
    why: 'Communities usually see a threat coming first. Community liaison assistants and alert networks only protect anyone if their alerts reach people who can act.',
    provenance: 'reconstructed',
    sources: ['S6', 'S9'],
    remedy:
      'Deploy community liaison assistants with bases, set up community alert networks, and draw their "feeds" links to the JOC or the base; write a JOC procedure for POC alerts.',
    check: (g) => {
      const sources = g.K('cla', 'can');
      if (sources.length === 0) return [finding(W4, say('W4.none'))];
      const targets = [...g.K('joc'), ...g.units.filter((u) => isMilitary(g, u))].map((u) => u.id);
      const reach = g.canReach(targets, ['feeds']);
      return sources.some((s) => reach.has(s.id)) ? [] : [finding(W4, say('W4.unfed'), sources)];
    },
  },
  {
    ...W5,
    group: 'early-warning',
    title: 'Every alert reaches someone who decides',
    why: 'An alert that lands in an inbox protects nobody. Each alert source needs a route to a forum chaired by someone with authority to order a response.',
    provenance: 'reconstructed',
    sources: ['S4'],
    remedy:
      'Adopt an early-warning and rapid-response procedure that names the decision-maker at each level, and draw the route: alert source → JOC or field forum → a forum chaired by a leader or Head of Office.',
    check: (g) => {
      const deciding = g.allForums.filter((f) =>
        g.chairs(f.id, true).some((c) => g.category(c) === 'leadership'),
      );
      const reach = g.canReach(
        deciding.map((f) => f.id),
        ['feeds', 'escalates-to', 'member-of'],
      );
      return g
        .K('cla', 'can')
        .filter((s) => !reach.has(s.id))
        .map((s) => finding(W5, say('W5.stuck', { unit: s }), [s]));
    },
    appliesTo: (g) => g.K('cla', 'can').length > 0,
  },
  {
    id: 'W5-Q',
    group: 'early-warning',
    title: 'An early-warning and rapid-response procedure sets timelines',
    why: 'The drawing shows where alerts go, not how fast anyone must act on them.',
    severity: 'info',
    provenance: 'reconstructed',
    sources: ['S4'],
    remedy:
      'Adopt an early-warning and rapid-response SOP that names the decision-maker at each level and the time allowed.',
    question: 'Is there an early-warning and rapid-response SOP with response timelines?',
  },
  {
    ...W6,
    group: 'early-warning',
    title: 'Information flows across components into the JOC and JMAC',
    why: 'Human Rights, Civil Affairs, Child Protection, UNPOL and the Force each see part of the threat; if they do not feed the JOC or JMAC, nobody sees the whole.',
    provenance: 'reconstructed',
    sources: [],
    remedy:
      'Agree an information-sharing protocol (and a joint database) and draw "feeds" links from each of these components to the JOC or JMAC.',
    check: (g) => {
      const hubs = new Set(g.K('joc', 'jmac').map((u) => u.id));
      const silent = STOVEPIPE_KINDS.flatMap((k) => {
        const units = g.K(k);
        if (units.length === 0) return [];
        const feeding = units.some((u) => g.out(u.id, 'feeds').some((l) => hubs.has(l.target)));
        if (feeding) return [];
        const hq = units.filter((u) => g.isHq(u));
        return hq.length ? hq : units;
      });
      return silent.length
        ? [finding(W6, say(silent.length === 1 ? 'W6.one' : 'W6.other', { units: silent }), silent)]
        : [];
    },
    appliesTo: (g) =>
      g.K('joc', 'jmac').length > 0 && STOVEPIPE_KINDS.some((k) => g.K(k).length > 0),
  },
];
