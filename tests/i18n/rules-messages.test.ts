import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import { findingMessage } from '../../src/i18n/rule-text';
import FR_RULES from '../../src/i18n/locales/fr/rules.json';
import { BUILT_IN_RULES, evaluate, MESSAGES } from '../../src/model';
import type { Finding, FindingText, OrgDoc, TextValue } from '../../src/model';
import { presets } from '../../src/state/presets';

// Every built-in finding carries its message as a template key and values, so the checklist can
// speak French and name units by their French labels. These tests run the checklist over every
// preset and check what French makes of each finding.

const frMessages = (FR_RULES as { messages?: Record<string, Record<string, string>> }).messages;
const frFlat = new Map<string, string>(
  Object.entries(frMessages ?? {}).flatMap(([group, texts]) =>
    Object.entries(texts).map(([k, v]) => [`${group}.${k}`, v] as const),
  ),
);
const en = MESSAGES as Record<string, string>;
const placeholders = (s: string) => [...s.matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1]).sort();
const builtIn = new Set(BUILT_IN_RULES.map((r) => r.id));

describe('message templates', () => {
  it('has the same keys in English and French', () => {
    expect([...frFlat.keys()].sort()).toEqual(Object.keys(en).sort());
  });

  it.each(Object.keys(en))('%s has the same placeholders in both languages', (key) => {
    expect(placeholders(frFlat.get(key) ?? ''), key).toEqual(placeholders(en[key] ?? ''));
    expect(frFlat.get(key)?.trim(), key).toBeTruthy();
  });

  it('writes French with no-break spaces before high punctuation', () => {
    for (const [key, text] of frFlat) expect(text, key).not.toMatch(/ [:;!?»]|« /);
  });
});

/** Every unit a message names in full (a long list names only its first four). */
function namedUnits(text: FindingText): string[] {
  const out: string[] = [];
  const visit = (v: TextValue) => {
    if (typeof v !== 'object') return;
    if ('unit' in v) out.push(v.unit.id);
    else if ('units' in v)
      out.push(
        ...(v.join === 'names' && v.units.length > 4 ? v.units.slice(0, 4) : v.units).map(
          (u) => u.id,
        ),
      );
    else if ('text' in v) out.push(...namedUnits(v.text));
    else if ('texts' in v) for (const t of v.texts) out.push(...namedUnits(t));
  };
  for (const v of Object.values(text.values)) visit(v);
  return out;
}

/** The preset with a French label on every unit, marked so a test can find it in a message. */
function withFrenchLabels(doc: OrgDoc): OrgDoc {
  return produce(doc, (d) => {
    for (const u of Object.values(d.units)) u.labelFr = `${u.label || u.id} (FR)`;
  });
}

const cases = presets().flatMap((p) => [
  { name: p.id, doc: p.doc },
  { name: `${p.id} with French labels`, doc: withFrenchLabels(p.doc) },
]);

describe.each(cases)('the checklist of $name in French', ({ doc }) => {
  const findings: Finding[] = evaluate(doc).findings.filter((f) => builtIn.has(f.ruleId));

  it('gives every finding of a built-in rule its message as a template', () => {
    for (const f of findings) expect(f.text, `${f.ruleId}: ${f.message}`).toBeDefined();
  });

  it('renders every finding in French, fully filled in and not in English', () => {
    for (const f of findings) {
      const fr = findingMessage(f, doc, 'fr');
      expect(fr, f.ruleId).not.toContain('{{');
      expect(fr, f.ruleId).not.toBe(f.message);
      expect(findingMessage(f, doc, 'en')).toBe(f.message);
    }
  });

  it('names units by their French label in French and their English label in English', () => {
    for (const f of findings) {
      const fr = findingMessage(f, doc, 'fr');
      for (const id of namedUnits(f.text as FindingText)) {
        const u = doc.units[id];
        if (!u?.labelFr) continue;
        expect(fr, `${f.ruleId} ${id}`).toContain(u.labelFr);
        if (!u.label.includes(u.labelFr))
          expect(f.message, `${f.ruleId} ${id}`).not.toContain(u.labelFr);
      }
    }
  });
});
