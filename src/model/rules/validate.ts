import type { OrgDoc } from '../schema';
import { BUILT_IN_RULES } from './built-in';
import { Graph } from './graph';
import { finding } from './helpers';
import { say } from './text';
import { GROUP_IDS, GROUPS, isManual } from './types';
import type { Finding, ManualRule, Rule, RuleGroup } from './types';

const GROUP_ORDER = new Map<string, number>(GROUP_IDS.map((g, i) => [g, i]));
const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

/** Compares rule ids naturally: V2 before V10, W5 before W5-Q. */
export function compareRuleIds(a: string, b: string): number {
  return collator.compare(a, b);
}

export interface Evaluation {
  findings: Finding[];
  /** Ids of the automatic rules that apply to the document (the others drop out of the score). */
  applicable: Set<string>;
}

/** Runs every automatic rule once over a fresh graph index; findings sorted by group, then rule id. */
export function evaluate(doc: OrgDoc, rules: readonly Rule[] = BUILT_IN_RULES): Evaluation {
  const g = new Graph(doc);
  const applicable = new Set<string>();
  const groupOf = new Map<string, string>();
  const findings: Finding[] = [];
  for (const rule of rules) {
    if (isManual(rule)) continue;
    groupOf.set(rule.id, rule.group);
    try {
      if (rule.appliesTo && !rule.appliesTo(g)) continue;
      applicable.add(rule.id);
      for (const f of rule.check(g)) findings.push(f);
    } catch (e) {
      applicable.add(rule.id);
      findings.push(
        finding({ id: rule.id, severity: 'info' }, say('check.failed', { error: String(e) })),
      );
    }
  }
  const order = (f: Finding) => GROUP_ORDER.get(groupOf.get(f.ruleId) ?? '') ?? GROUP_IDS.length;
  const indexed = findings.map((f, i) => ({ f, i }));
  indexed.sort(
    (a, b) => order(a.f) - order(b.f) || compareRuleIds(a.f.ruleId, b.f.ruleId) || a.i - b.i,
  );
  return { findings: indexed.map((x) => x.f), applicable };
}

/**
 * Checks a document against the rules (the built-in checklist by default) and returns the
 * findings sorted by group order, then rule id. Pure: memoise on document identity outside.
 * @example const findings = validate(doc); // [{ ruleId: 'W2', severity: 'error', … }]
 */
export function validate(doc: OrgDoc, rules: readonly Rule[] = BUILT_IN_RULES): Finding[] {
  return evaluate(doc, rules).findings;
}

export interface Tally {
  passed: number;
  total: number;
}

export interface GroupScore extends Tally {
  group: RuleGroup;
  title: string;
}

export interface Score {
  /** Every group, in display order (groups with no applicable rules have total 0). */
  groups: GroupScore[];
  byGroup: Record<RuleGroup, Tally>;
  overall: Tally;
}

/**
 * The checklist score: an automatic rule that applies counts as passed when it has no finding;
 * a manual question counts as passed when answered "yes"; "n/a" answers drop out of the total,
 * and unanswered or "unknown" questions count as not passed.
 * Pass `applicable` (from evaluate) to avoid re-checking which automatic rules apply.
 */
export function score(
  doc: OrgDoc,
  findings: readonly Finding[],
  rules: readonly Rule[] = BUILT_IN_RULES,
  applicable?: ReadonlySet<string>,
): Score {
  const applies =
    applicable ??
    evaluate(
      doc,
      rules.filter((r) => !isManual(r)),
    ).applicable;
  const failing = new Set(findings.map((f) => f.ruleId));
  const byGroup = Object.fromEntries(GROUP_IDS.map((g) => [g, { passed: 0, total: 0 }])) as Record<
    RuleGroup,
    Tally
  >;
  for (const rule of rules) {
    const tally = byGroup[rule.group];
    if (!tally) continue;
    if (isManual(rule)) {
      const answer = doc.answers[rule.id]?.answer;
      if (answer === 'n/a') continue;
      tally.total++;
      if (answer === 'yes') tally.passed++;
    } else {
      if (!applies.has(rule.id)) continue;
      tally.total++;
      if (!failing.has(rule.id)) tally.passed++;
    }
  }
  const groups = GROUPS.map((g) => ({ group: g.id, title: g.title, ...byGroup[g.id] }));
  const overall = groups.reduce(
    (acc, g) => ({ passed: acc.passed + g.passed, total: acc.total + g.total }),
    { passed: 0, total: 0 },
  );
  return { groups, byGroup, overall };
}

/** The manual questions among the rules, in order. */
export function manualQuestions(rules: readonly Rule[] = BUILT_IN_RULES): ManualRule[] {
  return rules.filter(isManual);
}
