import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EN } from '../../src/i18n/locales/en';
import { FR } from '../../src/i18n/locales/fr';
import FR_CATALOGUE from '../../src/i18n/locales/fr/catalogue.json';
import FR_WORDS from '../../src/i18n/locales/fr/words.json';
import FR_RULES from '../../src/i18n/locales/fr/rules.json';
import FR_PROBLEMS from '../../src/i18n/locales/fr/problems.json';
import { WORD_TABLES } from '../../src/i18n/words-text';
import { ISSUE_TEMPLATE_KEYS } from '../../src/i18n/schema-issue-text';
import {
  BUILT_IN_RULES,
  CATEGORIES,
  JSON_ERRORS,
  LINK_KINDS,
  isManual,
  MOVE_REFUSALS,
  PROBLEM_MESSAGES,
  SCHEMA_MESSAGES,
  TYPE_NAMES,
  UNIT_KINDS,
} from '../../src/model';

// Interface text lives in en/*.json and fr/*.json; the data's English is the data itself and
// its French lives in fr/catalogue.json, fr/words.json, fr/rules.json and fr/problems.json. Both
// kinds are checked.

function flatten(obj: unknown, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(obj as Record<string, unknown>)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out.set(key, v);
    else for (const [kk, vv] of flatten(v, key)) out.set(kk, vv);
  }
  return out;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return name === 'locales' ? [] : sourceFiles(p);
    return /\.(ts|tsx)$/.test(name) ? [p] : [];
  });
}

const en = flatten(EN);
const fr = flatten(FR);
const src = sourceFiles('src').map((p) => ({ path: p, text: readFileSync(p, 'utf8') }));
// Plural forms share one key in the source: "x_one" and "x_other" are both used by t('x').
const base = (key: string) => key.replace(/_(zero|one|two|few|many|other)$/, '');
const placeholders = (s: string) => [...s.matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1] ?? '').sort();

describe('interface text', () => {
  it('has the same keys in English and French', () => {
    const frBases = new Set([...fr.keys()].map(base));
    const enBases = new Set([...en.keys()].map(base));
    expect([...enBases].filter((k) => !frBases.has(k))).toEqual([]);
    expect([...frBases].filter((k) => !enBases.has(k))).toEqual([]);
  });

  it('has every key used in src/ in both languages', () => {
    const used = src.flatMap(({ path, text }) =>
      [...text.matchAll(/\bt\(\s*['"`]([\w.-]+)['"`]/g)].map((m) => ({ path, key: m[1] ?? '' })),
    );
    expect(used.length).toBeGreaterThan(0);
    const has = (m: Map<string, string>, key: string) =>
      m.has(key) || [...m.keys()].some((k) => base(k) === key);
    expect(used.filter((u) => !has(en, u.key))).toEqual([]);
    expect(used.filter((u) => !has(fr, u.key))).toEqual([]);
  });

  it('has no key that src/ never names', () => {
    const all = src.map((f) => f.text).join('\n');
    const unused = [...new Set([...en.keys()].map(base))].filter(
      (key) =>
        !all.includes(`'${key}'`) && !all.includes(`"${key}"`) && !all.includes(`\`${key}\``),
    );
    expect(unused).toEqual([]);
  });

  it('keeps the same placeholders in both languages, and no empty text', () => {
    for (const [key, text] of en) {
      expect(text.trim(), key).not.toBe('');
      const other = fr.get(key);
      if (other === undefined) continue;
      expect(other.trim(), key).not.toBe('');
      expect(placeholders(other), key).toEqual(placeholders(text));
    }
  });
});

describe('data in French', () => {
  const cat = FR_CATALOGUE as unknown as Record<string, Record<string, Record<string, string>>>;
  const get = (table: string, id: string, f: string) => cat[table]?.[id]?.[f];

  it('names and describes every kind of unit, and no other', () => {
    expect(Object.keys(cat.kinds ?? {}).sort()).toEqual(UNIT_KINDS.map((k) => k.id).sort());
    for (const k of UNIT_KINDS)
      for (const f of ['short', 'name', 'role'])
        expect(get('kinds', k.id, f), `${k.id}.${f}`).toBeTruthy();
  });

  it('names and explains every link kind and every category, and no other', () => {
    expect(Object.keys(cat.links ?? {}).sort()).toEqual([...LINK_KINDS].sort());
    for (const id of LINK_KINDS)
      for (const f of ['label', 'meaning']) expect(get('links', id, f), `${id}.${f}`).toBeTruthy();
    expect(Object.keys(cat.categories ?? {}).sort()).toEqual([...CATEGORIES].sort());
    for (const c of CATEGORIES) expect(get('categories', c, 'label'), c).toBeTruthy();
  });

  it('has every word of every word table, and no other', () => {
    const words = FR_WORDS as unknown as Record<string, Record<string, string>>;
    expect(Object.keys(words).sort()).toEqual(Object.keys(WORD_TABLES).sort());
    for (const [table, english] of Object.entries(WORD_TABLES))
      expect(Object.keys(words[table] ?? {}).sort(), table).toEqual(Object.keys(english).sort());
  });

  it('has the title, reason and remedy of every built-in rule (and its question), and no other', () => {
    const rules = (FR_RULES as { rules?: Record<string, Record<string, string>> }).rules ?? {};
    expect(Object.keys(rules).sort()).toEqual(BUILT_IN_RULES.map((r) => r.id).sort());
    for (const r of BUILT_IN_RULES) {
      const fields = ['title', 'why', 'remedy', ...(isManual(r) ? ['question'] : [])];
      expect(Object.keys(rules[r.id] ?? {}).sort(), r.id).toEqual(fields.sort());
      for (const f of fields) expect(rules[r.id]?.[f], `${r.id}.${f}`).toBeTruthy();
    }
  });
});

describe('problems in French', () => {
  const fr = FR_PROBLEMS as unknown as Record<string, Record<string, string>>;
  const keys = (table: string) => Object.keys(fr[table] ?? {}).sort();
  // The model's English templates, by section of fr/problems.json.
  const english: Record<string, Record<string, string>> = {
    problems: PROBLEM_MESSAGES,
    json: JSON_ERRORS,
    custom: SCHEMA_MESSAGES,
    moves: MOVE_REFUSALS,
  };

  it('has a template for every problem, JSON error, schema message and move refusal, and no other', () => {
    for (const [table, templates] of Object.entries(english))
      expect(keys(table), table).toEqual(Object.keys(templates).sort());
  });

  it('names the same parts as the English, and leaves none empty', () => {
    for (const [table, templates] of Object.entries(english))
      for (const [code, text] of Object.entries(templates)) {
        const french = fr[table]?.[code] ?? '';
        expect(french.trim(), `${table}.${code}`).not.toBe('');
        expect(placeholders(french), `${table}.${code}`).toEqual(placeholders(text));
      }
  });

  it('words every schema issue, type and unit it is asked for, and nothing else', () => {
    expect(keys('issues')).toEqual([...ISSUE_TEMPLATE_KEYS].sort());
    expect(keys('types')).toEqual([...TYPE_NAMES].sort());
    const units = ['byte', 'character', 'entry', 'item'];
    expect(keys('units')).toEqual(units.flatMap((u) => [`${u}_one`, `${u}_other`]).sort());
    expect(Object.keys(fr).sort()).toEqual(
      ['custom', 'issues', 'json', 'moves', 'problems', 'types', 'units'].sort(),
    );
  });

  it('uses French typography: no-break spaces before high punctuation and inside guillemets', () => {
    for (const table of Object.values(fr))
      for (const text of Object.values(table)) expect(text).not.toMatch(/ [:;!?»]|« |'/);
  });
});
