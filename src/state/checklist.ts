import { BUILT_IN_RULES, evaluate, score } from '../model';
import type { Finding, OrgDoc, Rule, Score, Severity } from '../model';

/** The checklist's verdict on one document: findings, score, and per-unit badges. */
export interface Checklist {
  findings: Finding[];
  score: Score;
  /** Number of findings and the worst severity for each unit involved. */
  byUnit: Map<string, { count: number; worst: Severity }>;
  rules: readonly Rule[];
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

let last: { doc: OrgDoc; rules: readonly Rule[]; result: Checklist } | undefined;

/**
 * Validates a document, memoised on document and rule-set identity: immer gives a new document
 * object only when something changed, so repeated renders cost nothing.
 */
export function checklistOf(doc: OrgDoc, rules: readonly Rule[] = BUILT_IN_RULES): Checklist {
  if (last && last.doc === doc && last.rules === rules) return last.result;
  const { findings, applicable } = evaluate(doc, rules);
  const byUnit = new Map<string, { count: number; worst: Severity }>();
  for (const f of findings) {
    for (const id of new Set(f.unitIds)) {
      const cur = byUnit.get(id);
      if (!cur) byUnit.set(id, { count: 1, worst: f.severity });
      else {
        cur.count++;
        if (RANK[f.severity] < RANK[cur.worst]) cur.worst = f.severity;
      }
    }
  }
  const result = { findings, score: score(doc, findings, rules, applicable), byUnit, rules };
  last = { doc, rules, result };
  return result;
}
