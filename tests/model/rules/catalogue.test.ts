import { describe, expect, it } from 'vitest';
import {
  BUILT_IN_RULES,
  GROUP_IDS,
  GROUPS,
  isAutomatic,
  isManual,
  manualQuestions,
} from '../../../src/model';

const range = (prefix: string, from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => `${prefix}${from + i}`);

/** Every item of the domain reference §6. */
const SECTION_6 = [
  ...range('V', 1, 5),
  ...range('R', 1, 5),
  ...range('P', 1, 5),
  ...range('F', 1, 6),
  ...range('W', 1, 6),
  ...range('I', 1, 5),
  ...range('C', 1, 5),
  ...range('N', 1, 4),
  ...range('FR', 1, 4),
  ...range('T', 1, 4),
  ...range('A', 1, 6),
  ...range('FO', 1, 10),
];

/** §6.13 severity defaults. */
const ERRORS = ['R1', 'FO4', 'FO5', 'I5', 'W1', 'W2', 'A1'];
const WARNINGS = [
  'V4',
  ...range('R', 2, 5),
  'P1',
  'P3',
  'P4',
  ...range('F', 1, 5),
  ...range('W', 3, 6),
  ...range('I', 1, 4),
  'C1',
  ...range('C', 3, 5),
  ...range('A', 2, 6),
  'FO1',
  'FO2',
  ...range('FO', 6, 9),
];

/** Items for which §6 gives a predicate and also a question: the question is a separate "-Q" rule. */
const BOTH = ['P2', 'F6', 'W5', 'C2'];
/** Items §6 leaves to the planner. */
const MANUAL = ['V1', 'V3', 'V5', 'N3', 'N4', 'FR2', 'FR3', 'FR4', 'T1', 'T2', 'T3', 'T4'];

const PREFIX_GROUP: [RegExp, string][] = [
  [/^V\d/, 'vision'],
  [/^R\d/, 'roles'],
  [/^P\d/, 'planning'],
  [/^FR\d/, 'follow-up'],
  [/^FO\d/, 'forums'],
  [/^F\d/, 'field'],
  [/^W\d/, 'early-warning'],
  [/^I\d/, 'partners'],
  [/^C\d/, 'communities'],
  [/^N\d/, 'national'],
  [/^T\d/, 'training'],
  [/^A\d/, 'authority'],
];

describe('the built-in rule pack', () => {
  const ids = BUILT_IN_RULES.map((r) => r.id);

  it('holds every §6 item once, plus a "-Q" question where §6 gives both a predicate and a question', () => {
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual([...SECTION_6, ...BOTH.map((id) => `${id}-Q`)].sort());
  });

  it('is automatic where §6 gives a predicate and manual otherwise', () => {
    for (const r of BUILT_IN_RULES) {
      const manual = MANUAL.includes(r.id) || r.id.endsWith('-Q');
      expect(isManual(r), r.id).toBe(manual);
      expect(isAutomatic(r), r.id).toBe(!manual);
    }
    expect(manualQuestions().map((r) => r.id)).toEqual(
      ids.filter((id) => MANUAL.includes(id) || id.endsWith('-Q')),
    );
  });

  it.each(BUILT_IN_RULES.map((r) => [r.id, r] as const))(
    '%s has the §6.13 severity, a group, and derived provenance',
    (id, r) => {
      const base = id.replace(/-Q$/, '');
      const expected =
        ERRORS.includes(base) && !id.endsWith('-Q')
          ? 'error'
          : WARNINGS.includes(base) && !id.endsWith('-Q')
            ? 'warning'
            : 'info';
      expect(r.severity).toBe(expected);
      expect(r.group).toBe(PREFIX_GROUP.find(([re]) => re.test(base))?.[1]);
      expect(r.provenance).toBe('reconstructed');
      expect(r.pack).toBe('built-in');
      for (const s of r.sources) expect(s).toMatch(/^S\d+$/);
      for (const text of [r.title, r.why, r.remedy]) {
        expect(text.length).toBeGreaterThan(10);
        // Our own words: never presented as a quotation of the study.
        expect(text).not.toMatch(/["“”]the study/i);
      }
    },
  );

  it('lists the groups in the order of the study, with its ten task headings', () => {
    expect(GROUPS.map((g) => g.id)).toEqual([...GROUP_IDS]);
    expect(GROUPS.slice(0, 10).map((g) => g.title)).toEqual([
      'Supporting vision and policy',
      'Clarifying roles and responsibilities',
      'Supporting joined-up operational and forward planning',
      'Supporting the field',
      'Supporting effective early warning and situational awareness',
      'Working with international partners',
      'Engaging with local communities',
      'Engaging with national authorities',
      'Supporting follow-up and review',
      'Supporting training',
    ]);
    expect(GROUPS.slice(10).map((g) => g.title)).toEqual([
      'Authority and resources',
      'Forum architecture',
    ]);
  });

  it('keeps the rules in group order', () => {
    const order = BUILT_IN_RULES.map((r) => GROUP_IDS.indexOf(r.group));
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });
});
