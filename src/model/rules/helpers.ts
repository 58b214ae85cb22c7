import { findKind } from '../catalogue';
import type { Unit } from '../schema';
import type { Graph } from './graph';
import type { Said } from './text';
import type { Finding, Severity } from './types';

/** Categories counted as civilian presence in a forum: sections, POC offices, civilian leadership, support. */
const CIVILIAN_CATEGORIES = new Set(['civilian', 'poc', 'leadership', 'support']);

export function isCivilian(g: Graph, u: Unit): boolean {
  const c = g.category(u);
  return c !== undefined && CIVILIAN_CATEGORIES.has(c);
}
export function isMilitary(g: Graph, u: Unit): boolean {
  return g.category(u) === 'military';
}
export function isPolice(g: Graph, u: Unit): boolean {
  return g.category(u) === 'police';
}
export function isHumanitarian(u: Unit): boolean {
  return findKind(u.kind)?.humanitarian ?? false;
}
export function isTeam(u: Unit): boolean {
  return findKind(u.kind)?.team ?? false;
}

/** The kinds of unit a planner names a POC focal point in (§6.2 R4). */
export const KEY_SECTION_KINDS = [
  'civil-affairs',
  'human-rights',
  'child-protection',
  'wpa',
  'political-affairs',
  'public-info',
] as const;

/**
 * A POC focal point: a field POC officer, or any unit flagged as holding a focal point (in the
 * substantive-section model, the lead section's field teams act as focal points).
 */
export function isFocalPoint(u: Unit): boolean {
  return u.kind === 'poc-focal-point' || u.focalPoint === true;
}

/**
 * The coordinator's office: the coordinator itself and, when the coordinator is a group (a forum),
 * the units that chair it or run its secretariat, through whom a functional line to it runs.
 */
export function coordinatorOffice(g: Graph): Set<string> {
  return g.memo('coordinatorOffice', () => computeCoordinatorOffice(g));
}

function computeCoordinatorOffice(g: Graph): Set<string> {
  const out = new Set<string>();
  for (const c of g.coord) {
    out.add(c.id);
    if (findKind(c.kind)?.forum) {
      for (const s of g.secretariats(c.id)) out.add(s.id);
      for (const s of g.chairs(c.id, true)) out.add(s.id);
    }
  }
  return out;
}

/**
 * Focal points linked functionally to the coordinator (a coordinates-with or reports-to link
 * either way between the focal point and the coordinator's office).
 */
export function linkedFocalPoints(g: Graph): Unit[] {
  return g.memo('linkedFocalPoints', () => computeLinkedFocalPoints(g));
}

function computeLinkedFocalPoints(g: Graph): Unit[] {
  const office = coordinatorOffice(g);
  if (office.size === 0) return [];
  return focalPoints(g).filter(
    (u) =>
      g.fieldOf(u) !== undefined &&
      g.linkedTo(u.id, 'coordinates-with', 'reports-to').some((o) => office.has(o.id)),
  );
}

/**
 * The HQ bodies where day-to-day POC work is joined up: operational forums at HQ and operational
 * joint teams at HQ (a JOTC); when there are none, the strategic HQ forums stand in.
 */
export function workingForums(g: Graph): Unit[] {
  return g.memo('workingForums', () => {
    const op = [...g.operationalHq, ...operationalTeams(g)];
    return op.length > 0 ? op : g.strategicHq;
  });
}

/** Joint teams (not forums) at operational level at HQ: a JOTC. */
export function operationalTeams(g: Graph): Unit[] {
  return g.memo('operationalTeams', () =>
    g.units.filter(
      (u) => isTeam(u) && !findKind(u.kind)?.forum && g.level(u) === 'operational' && g.isHq(u),
    ),
  );
}

/** Every POC focal point (see isFocalPoint). */
export function focalPoints(g: Graph): Unit[] {
  return g.memo('focalPoints', () => g.units.filter(isFocalPoint));
}

/** The senior forum: an SMG-P if there is one, else the HOM-chaired strategic forum, else the first. */
export function seniorForum(g: Graph): Unit | undefined {
  const s = g.strategicHq;
  return (
    s.find((f) => f.kind === 'smg-p') ??
    s.find((f) => g.chairs(f.id).some((c) => c.kind === 'hom')) ??
    s[0]
  );
}

/**
 * Makes a finding of a rule. Built-in rules pass a Said (see say in text.ts) so the message can
 * also be shown in French; a plain string stays as written.
 */
export function finding(
  rule: { id: string; severity: Severity },
  message: string | Said,
  units: readonly (Unit | string)[] = [],
  extra: { severity?: Severity; linkIds?: string[]; data?: Record<string, string | string[]> } = {},
): Finding {
  const f: Finding = {
    ruleId: rule.id,
    severity: extra.severity ?? rule.severity,
    message: typeof message === 'string' ? message : message.message,
    unitIds: [...new Set(units.map((u) => (typeof u === 'string' ? u : u.id)))],
  };
  if (typeof message !== 'string') f.text = message.text;
  if (extra.linkIds) f.linkIds = extra.linkIds;
  if (extra.data) f.data = extra.data;
  return f;
}

/** Rank of a UN grade (G, NO, P1–P5, D1–D2, ASG, USG), or undefined when it cannot be read. */
export function gradeRank(grade: string | undefined): number | undefined {
  if (!grade) return undefined;
  const gr = grade.trim().toUpperCase().replace(/[\s-]/g, '');
  if (gr === 'USG') return 100;
  if (gr === 'ASG') return 90;
  const m = /^(P|D|NO|G|FS)(\d+)?$/.exec(gr);
  if (!m) return undefined;
  const n = Number(m[2] ?? 1);
  switch (m[1]) {
    case 'D':
      return 80 + n;
    case 'P':
      return 50 + n;
    case 'FS':
      return 40 + n;
    case 'NO':
      return 30 + n;
    default:
      return 10 + n;
  }
}

/** The lowest grade at which a coordinator is taken to have enough seniority (§6.11 A2). */
export const MIN_COORDINATOR_GRADE = 'P5';

/** Military sit in a forum: a military member, or the Force represented through its chain. */
export function hasMilitary(g: Graph, f: string): boolean {
  return g.members(f).some((m) => isMilitary(g, m)) || g.K('force').some((fc) => g.repOf(fc.id, f));
}

/** Police sit in a forum: a police member, or the Police Commissioner represented through the chain. */
export function hasPolice(g: Graph, f: string): boolean {
  return g.members(f).some((m) => isPolice(g, m)) || g.K('police').some((pc) => g.repOf(pc.id, f));
}

/** Civilians sit in a forum: a civilian section, POC office, civilian leader or support member. */
export function hasCivilian(g: Graph, f: string): boolean {
  return g.members(f).some((m) => isCivilian(g, m));
}

/** The components (civilian, military, police) missing from a forum. */
export function missingComponents(g: Graph, f: string): string[] {
  const out: string[] = [];
  if (!hasCivilian(g, f)) out.push('civilian');
  if (!hasMilitary(g, f)) out.push('military');
  if (!hasPolice(g, f)) out.push('police');
  return out;
}
