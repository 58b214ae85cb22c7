import { describe, expect, it } from 'vitest';
import {
  BUILT_IN_RULES,
  compareRuleIds,
  evaluate,
  GROUP_IDS,
  manualQuestions,
  score,
  validate,
} from '../../../src/model';
import type { Rule } from '../../../src/model';
import { edit, goodMission, preset, without } from './fixtures';

describe('validate', () => {
  it('sorts findings by group order, then rule id (V2 before V10)', () => {
    const findings = validate(preset('blank-mission'));
    const group = new Map(BUILT_IN_RULES.map((r) => [r.id, GROUP_IDS.indexOf(r.group)]));
    for (let i = 1; i < findings.length; i++) {
      const a = findings[i - 1]!;
      const b = findings[i]!;
      const ga = group.get(a.ruleId)!;
      const gb = group.get(b.ruleId)!;
      expect(
        ga < gb || (ga === gb && compareRuleIds(a.ruleId, b.ruleId) <= 0),
        `${a.ruleId} then ${b.ruleId}`,
      ).toBe(true);
    }
    expect(compareRuleIds('V2', 'V10')).toBeLessThan(0);
    expect(compareRuleIds('W5', 'W5-Q')).toBeLessThan(0);
  });

  it('runs a custom rule list, and reports a rule that throws instead of failing', () => {
    const broken: Rule = {
      id: 'X',
      group: 'vision',
      title: 'Broken',
      why: '',
      severity: 'error',
      provenance: 'reconstructed',
      sources: [],
      remedy: '',
      check: () => {
        throw new Error('boom');
      },
    };
    const findings = validate(goodMission(), [broken]);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ ruleId: 'X', severity: 'info' });
    expect(findings[0]!.message).toContain('boom');
  });
});

describe('score', () => {
  it('counts applicable automatic rules passed when they have no finding, and manual questions when answered yes', () => {
    const doc = goodMission();
    const { findings, applicable } = evaluate(doc);
    const s = score(doc, findings, BUILT_IN_RULES, applicable);
    const manual = manualQuestions().length;
    expect(s.overall.total).toBe(applicable.size + manual);
    expect(s.overall.passed).toBe(applicable.size);
    // Same answer without passing the applicable set.
    expect(score(doc, findings)).toEqual(s);
  });

  it('drops n/a answers and rules that do not apply', () => {
    const base = goodMission();
    const noField = without(
      base,
      'fo',
      'fo-hoo',
      'fo-poc',
      'fo-wg',
      'fo-bn',
      'fo-ipo',
      'fo-ca',
      'fo-cp',
      'fo-cla',
      'fo-can',
      'fo-jpt',
    );
    const field = score(base, validate(base)).byGroup.field;
    const none = score(noField, validate(noField)).byGroup.field;
    // F1–F6 apply with a field office (F6-Q is a question); without one only F6-Q remains.
    expect(field).toEqual({ passed: 6, total: 7 });
    expect(none).toEqual({ passed: 0, total: 1 });
    const na = edit(noField, (d) => {
      d.answers['F6-Q'] = { answer: 'n/a' };
    });
    expect(score(na, validate(na)).byGroup.field).toEqual({ passed: 0, total: 0 });
  });

  it('gives every group in order, with its title', () => {
    const s = score(goodMission(), []);
    expect(s.groups.map((g) => g.group)).toEqual([...GROUP_IDS]);
    expect(s.groups[0]!.title).toBe('Supporting vision and policy');
  });

  it('counts a rule with findings as not passed', () => {
    const doc = without(goodMission(), 'jmac');
    const s = score(doc, validate(doc));
    const ok = score(goodMission(), validate(goodMission()));
    expect(s.byGroup['early-warning'].passed).toBeLessThan(ok.byGroup['early-warning'].passed);
  });
});
