import { describe, expect, it } from 'vitest';
import { findingMessage, fixLabel, groupText, ruleText } from '../../src/i18n/rule-text';
import FR_RULES from '../../src/i18n/locales/fr/rules.json';
import {
  BUILT_IN_RULES,
  compilePack,
  GROUP_IDS,
  GROUPS,
  isAutomatic,
  isManual,
  say,
  validate,
} from '../../src/model';
import type { Finding } from '../../src/model';
import { goodMission, patch, without } from '../model/rules/fixtures';

// The checklist's own words in French: rule texts, group headings, quick-fix labels, and the
// fallbacks to English for custom packs and anything French does not have.

const fr = FR_RULES as unknown as {
  groups: Record<string, string>;
  fixes: Record<string, string>;
  rules: Record<string, Record<string, string>>;
};
const withFix = BUILT_IN_RULES.filter((r) => isAutomatic(r) && r.quickFix);
const FIELDS = ['title', 'why', 'remedy', 'question'] as const;

describe('rule texts', () => {
  it.each(BUILT_IN_RULES.map((r) => ({ id: r.id, r })))('$id is written in French', ({ r }) => {
    for (const f of FIELDS) {
      if (f === 'question' && !isManual(r)) continue;
      expect(ruleText(r, f, 'fr'), f).not.toBe(r[f]);
      expect(ruleText(r, f, 'en'), f).toBe(r[f]);
    }
    if (isManual(r)) expect(ruleText(r, 'question', 'fr')).toMatch(/\u00a0\?$/);
  });

  it('uses French typography: no-break spaces before high punctuation and inside guillemets', () => {
    const all = [
      ...Object.values(fr.rules).flatMap((r) => Object.values(r)),
      ...Object.values(fr.groups),
      ...Object.values(fr.fixes),
    ];
    for (const text of all) expect(text).not.toMatch(/ [:;!?»]|« |'/);
  });

  it('shows a custom pack as written', () => {
    const [custom] = compilePack({
      id: 'mine',
      rules: [{ type: 'manual', id: 'V1', group: 'vision', title: 'Mine', question: 'Mine?' }],
    });
    expect(custom && ruleText(custom, 'title', 'fr')).toBe('Mine');
    expect(custom && fixLabel(custom, 'fr')).toBe('');
  });
});

describe('group headings', () => {
  it('has a French heading for every group, and no other', () => {
    expect(Object.keys(fr.groups).sort()).toEqual([...GROUP_IDS].sort());
  });

  it.each(GROUPS.map((g) => ({ id: g.id, g })))('$id reads in either language', ({ g }) => {
    expect(groupText(g.id, 'en')).toBe(g.title);
    expect(groupText(g, 'en')).toBe(g.title);
    expect(groupText(g.id, 'fr')).toBe(fr.groups[g.id]);
    expect(groupText(g, 'fr')).not.toBe(g.title);
  });
});

describe('quick-fix labels', () => {
  it('has a French label for every quick fix, and no other', () => {
    expect(Object.keys(fr.fixes).sort()).toEqual(withFix.map((r) => r.id).sort());
  });

  it.each(withFix.map((r) => ({ id: r.id, r })))('$id reads in either language', ({ r }) => {
    expect(fixLabel(r, 'en')).toBe(r.quickFix?.label);
    expect(fixLabel(r, 'fr')).toBe(fr.fixes[r.id]);
    expect(fixLabel(r, 'fr')).not.toBe(r.quickFix?.label);
  });

  it('is empty for a rule with no quick fix', () => {
    const manual = BUILT_IN_RULES.find(isManual);
    expect(manual && fixLabel(manual, 'fr')).toBe('');
  });
});

describe('finding messages in French', () => {
  const good = goodMission();
  const doc = patch(good, 'force', { pocRole: '', labelFr: 'Commandant de la force (FR)' });
  const r3 = validate(doc).find((f) => f.ruleId === 'R3') as Finding;

  it('names units in French and keeps the English message as it was', () => {
    expect(r3.message).toBe('1 unit has no POC role written down: force.');
    expect(findingMessage(r3, doc, 'fr')).toBe(
      '1 unité n’a pas de rôle de PdC défini par écrit\u00a0: Commandant de la force (FR).',
    );
    expect(findingMessage(r3, doc, 'en')).toBe(r3.message);
  });

  it('names a unit no longer in the document by the name the finding used', () => {
    expect(findingMessage(r3, without(doc, 'force'), 'fr')).toContain(': force.');
  });

  it('keeps a message with no template, or an unknown one, in English', () => {
    const plain: Finding = { ruleId: 'X', severity: 'info', message: 'As written.', unitIds: [] };
    expect(findingMessage(plain, doc, 'fr')).toBe('As written.');
    const unknown = { ...plain, text: { key: 'no.such', values: {} } };
    expect(findingMessage(unknown, doc, 'fr')).toBe('As written.');
  });

  it('joins nested phrases with "et"', () => {
    const said = say('A3.problems', {
      unit: doc.units.force!,
      problems: [say('A3.noStaff'), say('A3.addedDuty')],
    });
    const f: Finding = {
      ruleId: 'A3',
      severity: 'warning',
      message: said.message,
      unitIds: [],
      text: said.text,
    };
    expect(said.message).toBe(
      'force has no dedicated POC staff recorded and holds the role as an added duty.',
    );
    expect(findingMessage(f, doc, 'fr')).toMatch(
      /^Commandant de la force \(FR\) .+ et exerce ce rôle/,
    );
  });
});
