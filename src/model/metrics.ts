/**
 * Structure metrics for comparing organograms (trainers set a centralised model beside a
 * decentralised one). Each figure is defined in its field's comment; all run in O(n + m).
 */
import { CATEGORIES, LEVELS } from './vocabulary';
import type { Category, Level } from './vocabulary';
import { levelOf } from './doc';
import type { OrgDoc, Unit } from './schema';
import { BUILT_IN_RULES, evaluate, Graph, score } from './rules';
import type { Rule, Tally } from './rules';
import { ALERT_KINDS, centralisationOf, fieldCoverage, officeHops, share } from './metrics-areas';
import type { Centralisation, FieldCoverage, Hops } from './metrics-areas';
import { articulationPoints, bfs, distinctOutDegree, EdgeList, hopStats } from './metrics-graph';
import type { Csr, HopSummary } from './metrics-graph';
import type { LinkKind } from './link-kinds';

export type { Centralisation, FieldCoverage, HopSummary, Hops };

export interface StructureMetrics {
  units: number;
  links: number;
  unitsPerCategory: Record<Category, number>;
  /** Forums (catalogue meeting bodies) by effective level. */
  forumsPerLevel: Record<Level, number>;
  /**
   * Weighted share of forums and tasking bodies at headquarters, in [0, 1]; null when the
   * structure has none. A body is a forum or the source of a `tasks` link, not external and not a
   * container. Weight: 3 if it tasks (ToR decision rights "tasking" or a `tasks` link), 2 if its
   * ToR says "decision", else 1. At headquarters: effective level strategic or operational and
   * not inside a field container (field office, sector, county support base).
   */
  centralisation: Centralisation;
  /** Direct reports per unit: units that report to it plus units it commands (distinct). Mean over units with any. */
  spanOfControl: { max: number; maxUnit: string | null; mean: number | null; managers: number };
  /** Longest shortest path from the (first) HoM down reports-to and command links; null without a HoM. */
  reportingDepth: {
    hom: string | null;
    max: number | null;
    deepest: string | null;
    reached: number;
  };
  /**
   * Hops from each field alert source (CLA, CAN) and from each field container (its nearest unit)
   * to the JOC and the HoM, along feeds, escalates-to and member-of links (as rule W5 reads alert
   * routes) and from a forum to its chairs, since the HoM hears a forum's business as its chair.
   */
  alertHops: {
    sources: Hops[];
    fieldOffices: Hops[];
    toJoc: HopSummary;
    toHom: HopSummary;
  };
  /**
   * Shares of field containers served by a forum, a POC focal point (a POC Officer, or any unit
   * flagged focalPoint) and a community mechanism (CLA, CAN), and by all three; null with no
   * field containers. Served: such a unit is inside the container (or one enclosing or inside it,
   * as the checklist's field rules read it), or is linked to a unit inside it. For forums, only
   * participation counts (member, chair, co-chair, secretariat): feeding an HQ forum is not
   * having one.
   */
  fieldCoverage: FieldCoverage;
  /** Articulation points of the undirected graph of all links between non-container units, in document order. */
  singlePointsOfFailure: string[];
  /** The checklist score (automatic rules and answered questions) and its share; null when nothing applies. */
  checklist: Tally & { share: number | null };
}

const FLOW_FORWARD: readonly LinkKind[] = ['feeds', 'escalates-to', 'member-of'];
const FLOW_TO_CHAIR: readonly LinkKind[] = ['chairs', 'co-chairs'];

/** Computes every structure metric of a document; `rules` drive the checklist score. */
export function structureMetrics(
  doc: OrgDoc,
  rules: readonly Rule[] = BUILT_IN_RULES,
): StructureMetrics {
  const g = new Graph(doc);
  const units = g.units;
  const index = new Map<string, number>(units.map((u, i) => [u.id, i]));
  const n = units.length;
  const down = new EdgeList(n); // superior → direct report
  const flowBack = new EdgeList(n); // information flow, reversed: searched from the goal
  const undirected = new EdgeList(n);
  const taskers = new Set<string>();
  const container = units.map((u) => g.kindOf(u)?.container ?? false);
  for (const l of g.links) {
    const s = index.get(l.source);
    const t = index.get(l.target);
    if (s === undefined || t === undefined) continue;
    if (l.kind === 'reports-to') down.add(t, s);
    else if (l.kind === 'command') down.add(s, t);
    else if (l.kind === 'tasks') taskers.add(l.source);
    if (FLOW_FORWARD.includes(l.kind)) flowBack.add(t, s);
    else if (FLOW_TO_CHAIR.includes(l.kind)) flowBack.add(s, t);
    if (s !== t && !container[s] && !container[t]) undirected.addBoth(s, t);
  }

  const unitsPerCategory = Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as Record<
    Category,
    number
  >;
  for (const u of units) {
    const c = g.category(u);
    if (c) unitsPerCategory[c]++;
  }
  const forumsPerLevel = Object.fromEntries(LEVELS.map((l) => [l, 0])) as Record<Level, number>;
  for (const f of g.allForums) forumsPerLevel[levelOf(f)]++;

  const centralisation = centralisationOf(g, taskers);

  const hierarchy = down.build();
  const homs = g.K('hom');
  const flow = flowBack.build();
  const toJoc = bfs(
    flow,
    g.K('joc').map((u) => index.get(u.id)!),
  );
  const toHom = bfs(
    flow,
    homs.map((u) => index.get(u.id)!),
  );
  const hops = (id: string, i: number): Hops => ({
    id,
    toJoc: toJoc[i]! < 0 ? null : toJoc[i]!,
    toHom: toHom[i]! < 0 ? null : toHom[i]!,
  });
  const alertAt = g
    .K(...ALERT_KINDS)
    .map((u) => index.get(u.id)!)
    .sort((x, y) => x - y);
  const alertHops: StructureMetrics['alertHops'] = {
    sources: alertAt.map((i) => hops(units[i]!.id, i)),
    fieldOffices: officeHops(g, index, toJoc, toHom),
    toJoc: hopStats(toJoc, alertAt),
    toHom: hopStats(toHom, alertAt),
  };

  const cut = articulationPoints(undirected.build());
  const evaluation = evaluate(doc, rules);
  const tally = score(doc, evaluation.findings, rules, evaluation.applicable).overall;
  return {
    units: n,
    links: g.links.length,
    unitsPerCategory,
    forumsPerLevel,
    centralisation,
    spanOfControl: spanOfControl(hierarchy, units),
    reportingDepth: reportingDepth(hierarchy, units, homs[0] ? index.get(homs[0].id)! : -1),
    alertHops,
    fieldCoverage: fieldCoverage(g),
    singlePointsOfFailure: units.filter((_, i) => cut[i] === 1).map((u) => u.id),
    checklist: { ...tally, share: share(tally.passed, tally.total) },
  };
}

function spanOfControl(hierarchy: Csr, units: readonly Unit[]): StructureMetrics['spanOfControl'] {
  const span = distinctOutDegree(hierarchy);
  let max = 0;
  let maxUnit: string | null = null;
  let managers = 0;
  let reports = 0;
  for (let i = 0; i < span.length; i++) {
    const k = span[i]!;
    if (k === 0) continue;
    managers++;
    reports += k;
    if (k > max) [max, maxUnit] = [k, units[i]!.id];
  }
  return { max, maxUnit, mean: share(reports, managers), managers };
}

/** Depth below the HoM (vertex `hom`, -1 for none); ties go to the first unit in document order. */
function reportingDepth(
  hierarchy: Csr,
  units: readonly Unit[],
  hom: number,
): StructureMetrics['reportingDepth'] {
  if (hom < 0) return { hom: null, max: null, deepest: null, reached: 0 };
  const depth = bfs(hierarchy, [hom]);
  let max = 0;
  let deepest: string | null = null;
  let reached = 0;
  for (let i = 0; i < depth.length; i++) {
    const d = depth[i]!;
    if (d <= 0) continue;
    reached++;
    if (d > max) [max, deepest] = [d, units[i]!.id];
  }
  return { hom: units[hom]!.id, max, deepest, reached };
}
