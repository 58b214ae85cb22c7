import { describe, expect, it } from 'vitest';
import { MAX_RULE_PACK_BYTES, parseRulePack } from '../../src/model';
import type { ProblemCode } from '../../src/model';
import { problemText } from '../../src/i18n';
import { expectFrench } from './french-check';

// A custom rule pack that cannot be loaded, read in French: the same problems as in English
// (their English word for word), each said in French.

const rule = { type: 'kind-exists', id: 'X1', group: 'roles', title: 'T', kind: 'joc' };
const pack = (...rules: Record<string, unknown>[]) =>
  JSON.stringify({ id: 'p', title: 'P', rules: rules.map((r) => ({ ...rule, ...r })) });

describe('rule pack problems in French', () => {
  it.each<[string, string, ProblemCode, string]>([
    [
      'too large',
      ' '.repeat(MAX_RULE_PACK_BYTES + 1),
      'packTooLarge',
      'The rule pack is larger than 1 MB and was not read.',
    ],
    [
      'a syntax error',
      '{ "id": "x", "title": "X", "rules": [ }',
      'notJson',
      'Not valid JSON: Unexpected character "}" (line 1, column 39).',
    ],
    ['not an object', '[1, 2]', 'schema', 'Invalid input: expected object, received array'],
    ['an unknown kind', pack({ kind: 'x9' }), 'schema', 'Unknown unit kind "x9"'],
    [
      'a bad comparison',
      pack({ type: 'kind-count', op: '>', n: 1 }),
      'schema',
      'Invalid option: expected one of ">="|"<="|"=="',
    ],
    [
      'an unknown rule type',
      pack({ type: 'kind-missing' }),
      'schema',
      "Invalid discriminator value. Expected 'manual' | 'kind-exists' | 'kind-count' | 'link-between' | 'forum-has-member' | 'container-contains'",
    ],
    [
      'a forum form on an office',
      pack({ type: 'forum-has-member', forum: 'joc', member: 'joc' }),
      'schema',
      '"joc" is not a forum or team kind',
    ],
    ['an unexpected field', pack({ colour: 'red' }), 'schema', 'Unrecognized key: "colour"'],
    [
      'a missing rules list',
      JSON.stringify({ id: 'x1', title: 'X' }),
      'schema',
      'Invalid input: expected array, received undefined',
    ],
    [
      'a built-in rule id',
      pack({ id: 'W1' }),
      'builtInRuleId',
      'Rule id "W1" is already used by a built-in rule',
    ],
    ['a duplicate rule id', pack({}, {}), 'duplicateRuleId', 'Duplicate rule id "X1"'],
  ])('says %s in French, keeping the English', (_name, text, code, english) => {
    const r = parseRulePack(text);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const p = r.problems[0]!;
    expect(p).toMatchObject({ code, message: english });
    expect(problemText(p, 'en')).toBe(english);
    expectFrench(problemText(p, 'fr'), english);
  });

  it('keeps the line and column of a syntax error, in both languages', () => {
    const r = parseRulePack('{\n  "id": "x",\n  "title": oops\n}');
    if (r.ok) throw new Error('a broken pack was read');
    expect(r.problems[0]).toMatchObject({ path: '', line: 3, column: 12 });
    expect(problemText(r.problems[0]!, 'fr')).toBe(
      'JSON non valide\u00a0: caractère inattendu "o" (ligne 3, colonne 12).',
    );
  });
});
