import { describe, expect, it } from 'vitest';
import { summarizeIssue, typeName, UnitSchema } from '../../src/model';
import type { SchemaIssue } from '../../src/model';
import { schemaIssueText } from '../../src/i18n';
import { expectFrench } from './french-check';

// The summary of a zod issue: what it keeps (a type name, never the value), and the French of
// the issues zod can give that our schemas do not give today (so a new schema still reads well).

describe('schema issue summaries', () => {
  it('name the type received without keeping the value', () => {
    const r = UnitSchema.safeParse(
      { id: 'u1', kind: 'joc', label: { secret: 'TOP-SECRET' } },
      { reportInput: true },
    );
    const s = summarizeIssue(r.error!.issues[0]!);
    expect(s).toMatchObject({ expected: 'string', received: 'object' });
    expect(JSON.stringify(s)).not.toContain('TOP-SECRET');
  });

  it.each<[unknown, string]>([
    ['x', 'string'],
    [1, 'number'],
    [Number.NaN, 'nan'],
    [Number.POSITIVE_INFINITY, 'infinity'],
    [true, 'boolean'],
    [null, 'null'],
    [undefined, 'undefined'],
    [[], 'array'],
    [{}, 'object'],
  ])('name %s a %s', (value, name) => {
    expect(typeName(value)).toBe(name);
  });

  it.each<[string, SchemaIssue]>([
    [
      'an exact length',
      { code: 'too_small', message: '', origin: 'array', minimum: 3, exact: true },
    ],
    ['a multiple', { code: 'not_multiple_of', message: '', divisor: 5 }],
    [
      'a bad element',
      {
        code: 'invalid_element',
        message: '',
        inner: { code: 'invalid_type', message: '', expected: 'number', received: 'string' },
      },
    ],
    ['a bad element alone', { code: 'invalid_element', message: '' }],
    ['a bad key alone', { code: 'invalid_key', message: '' }],
    ['another pattern', { code: 'invalid_format', message: '', format: 'regex', pattern: '/^a$/' }],
    ['another format', { code: 'invalid_format', message: '', format: 'email' }],
    ['a union', { code: 'invalid_union', message: '' }],
    ['a message of someone else', { code: 'custom', message: 'Nope' }],
    ['a code zod may add', { code: 'something_new', message: 'Nope' }],
  ])('words %s in French too, though our schemas give none', (_name, s) => {
    expectFrench(schemaIssueText(s, 'fr'));
  });
});
