import fc from 'fast-check';
import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import {
  BUILT_IN_RULES,
  evaluate,
  isManual,
  manualQuestions,
  parseDocument,
  score,
  serializeDocument,
  validate,
} from '../../src/model';
import type { AutomaticRule, OrgDoc } from '../../src/model';
import { validDocArb } from '../fixtures/random-doc';

// Random valid documents (tests/fixtures/random-doc.ts) carry every optional field now and then,
// text from any Unicode plane, fractional coordinates and routes. Seeds are fixed so a failure
// reproduces; fast-check prints the shrunk document.
const RUNS = { numRuns: 200, seed: 20261124 };

const problemsOf = (text: string) => {
  const r = parseDocument(text);
  return r.ok ? [] : r.problems;
};

describe('a random valid document', () => {
  it('serializes and parses back to the same document, in the same order', () => {
    fc.assert(
      fc.property(validDocArb, (doc) => {
        const text = serializeDocument(doc);
        const r = parseDocument(text);
        expect(r).toEqual({ ok: true, doc });
        if (!r.ok) return;
        // toEqual ignores key order, but the maps' order is the drawing order of the canvas.
        expect(Object.keys(r.doc.units)).toEqual(Object.keys(doc.units));
        expect(Object.keys(r.doc.links)).toEqual(Object.keys(doc.links));
        // Opening puts each object's keys in schema order; from then on, saving what was opened
        // writes the same bytes every time, so a save without edits changes nothing.
        const saved = serializeDocument(r.doc);
        const again = parseDocument(saved);
        expect(again.ok && serializeDocument(again.doc)).toBe(saved);
      }),
      RUNS,
    );
  });

  it('is checked by every built-in rule without an error, and only names its own units', () => {
    fc.assert(
      fc.property(validDocArb, (doc) => {
        const { findings, applicable } = evaluate(doc);
        // evaluate() turns a rule that throws into a finding rather than throwing itself, so
        // "never throws" means: no finding says a rule could not be checked.
        const broken = findings.filter((f) => /could not be checked/.test(f.message));
        expect(broken).toEqual([]);
        for (const f of findings) {
          for (const id of f.unitIds)
            expect(doc.units[id], `${f.ruleId} names ${id}`).toBeDefined();
          for (const id of f.linkIds ?? [])
            expect(doc.links[id], `${f.ruleId} names ${id}`).toBeDefined();
        }
        expect(validate(doc)).toEqual(findings);
        const s = score(doc, findings, BUILT_IN_RULES, applicable);
        expect(s.overall.passed).toBeLessThanOrEqual(s.overall.total);
        expect(s.overall.total).toBeLessThanOrEqual(BUILT_IN_RULES.length);
        expect(manualQuestions().every(isManual)).toBe(true);
      }),
      RUNS,
    );
  });

  it('stays valid after any quick fix the checklist offers for it', () => {
    const rules = new Map(
      BUILT_IN_RULES.filter((r): r is AutomaticRule => !isManual(r)).map((r) => [r.id, r]),
    );
    let fixes = 0;
    fc.assert(
      fc.property(validDocArb, (doc) => {
        for (const f of validate(doc)) {
          const fix = rules.get(f.ruleId)?.quickFix;
          if (!fix || (fix.available && !fix.available(doc, f))) continue;
          // The same call the checklist's "Fix" button makes through the store.
          const fixed: OrgDoc = produce(doc, (d) => fix.recipe(d, f));
          expect(problemsOf(serializeDocument(fixed)), `${f.ruleId}: ${fix.label}`).toEqual([]);
          fixes++;
        }
      }),
      { ...RUNS, numRuns: 100 },
    );
    // The property is only worth something if fixes were actually offered.
    expect(fixes).toBeGreaterThan(50);
  });
});
