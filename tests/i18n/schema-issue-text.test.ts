import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import {
  LinkSchema,
  OrgFileSchema,
  RulePackSchema,
  SCHEMA_MESSAGES,
  serializeDocument,
  summarizeIssue,
  UnitSchema,
} from '../../src/model';
import type { SchemaIssue } from '../../src/model';
import { schemaIssueText } from '../../src/i18n';
import { doc, unit } from '../fixtures/builders';
import { expectFrench } from './french-check';

// zod's issues, as our schemas produce them, in French: each issue keeps zod's English word for
// word and is worded in French from its summary with our own templates.

const file = () => JSON.parse(serializeDocument(doc([unit('joc')]))) as Record<string, unknown>;
const rule = { type: 'kind-exists', id: 'X1', group: 'roles', title: 'T', kind: 'joc' };
const pack = (r: Record<string, unknown>) => ({ id: 'p', title: 'P', rules: [{ ...rule, ...r }] });
const aUnit = (u: Record<string, unknown>) => ({ id: 'u1', kind: 'joc', label: 'J', ...u });
const aLink = (l: Record<string, unknown>) => ({
  id: 'l1',
  kind: 'advises',
  source: 'a',
  target: 'b',
  ...l,
});

/** The first issue of a parse that must fail, summarised as parseDocument summarises it. */
function firstIssue(schema: z.ZodType, value: unknown): SchemaIssue {
  const r = schema.safeParse(value, { reportInput: true });
  if (r.success) throw new Error(`${JSON.stringify(value)} was accepted`);
  return summarizeIssue(r.error.issues[0]!);
}

const CASES: [string, z.ZodType, unknown, string, string | RegExp][] = [
  [
    'a wrong type',
    UnitSchema,
    aUnit({ label: 5 }),
    'invalid_type',
    'Valeur invalide\u00a0: texte attendu, nombre reçu',
  ],
  [
    'a missing field',
    UnitSchema,
    aUnit({ label: undefined }),
    'invalid_type',
    'Valeur manquante\u00a0: texte attendu',
  ],
  ['null for text', UnitSchema, aUnit({ label: null }), 'invalid_type', /texte attendu, null reçu/],
  [
    'an object for a list',
    OrgFileSchema,
    { ...file(), links: {} },
    'invalid_type',
    /tableau attendu, objet reçu/,
  ],
  [
    'a fraction for a whole number',
    RulePackSchema,
    pack({ type: 'kind-count', op: '>=', n: 1.5 }),
    'invalid_type',
    /nombre entier attendu, nombre reçu/,
  ],
  [
    'another format',
    OrgFileSchema,
    { ...file(), format: 'drawio' },
    'invalid_value',
    'Valeur invalide\u00a0: seule la valeur «\u00a0poc-organogram\u00a0» est acceptée',
  ],
  [
    'an unknown link kind',
    LinkSchema,
    aLink({ kind: 'manages' }),
    'invalid_value',
    /^Option invalide\u00a0: choisissez parmi «\u00a0reports-to\u00a0», .* ou «\u00a0feeds\u00a0»$/,
  ],
  [
    'empty text',
    RulePackSchema,
    { ...pack({}), title: '' },
    'too_small',
    'Trop court\u00a0: il faut au moins 1\u00a0caractère',
  ],
  [
    'a one-point route',
    LinkSchema,
    aLink({ route: [{ x: 0, y: 0 }] }),
    'too_small',
    /il faut au moins 2\u00a0éléments/,
  ],
  [
    'a zero width',
    UnitSchema,
    aUnit({ size: { width: 0, height: 1 } }),
    'too_small',
    /strictement supérieur à 0/,
  ],
  [
    'a negative count',
    UnitSchema,
    aUnit({ authority: { dedicatedStaff: -1 } }),
    'too_small',
    /supérieur ou égal à 0/,
  ],
  [
    'a long label',
    UnitSchema,
    aUnit({ label: 'x'.repeat(501) }),
    'too_big',
    'Trop long\u00a0: 500\u00a0caractères au plus',
  ],
  [
    'too many sources',
    RulePackSchema,
    pack({ sources: Array(21).fill('S1') }),
    'too_big',
    /20\u00a0éléments au plus/,
  ],
  [
    'a huge count',
    UnitSchema,
    aUnit({ authority: { dedicatedStaff: 20000 } }),
    'too_big',
    /inférieur ou égal à 10\u202f000/,
  ],
  [
    'an id with a space',
    UnitSchema,
    aUnit({ id: 'a b' }),
    'invalid_format',
    /^une lettre ou _ d’abord/,
  ],
  ['a reserved id', UnitSchema, aUnit({ id: 'constructor' }), 'custom', /^ce nom est réservé/],
  [
    'a rule id with a space',
    RulePackSchema,
    pack({ id: 'a b' }),
    'invalid_format',
    /^uniquement des lettres/,
  ],
  [
    'an unknown field',
    UnitSchema,
    aUnit({ colour: 'red' }),
    'unrecognized_keys',
    'Champ inconnu\u00a0: «\u00a0colour\u00a0»',
  ],
  [
    'two unknown fields',
    UnitSchema,
    aUnit({ colour: 'red', size2: 1 }),
    'unrecognized_keys',
    /^Champs inconnus\u00a0: «\u00a0colour\u00a0», «\u00a0size2\u00a0»$/,
  ],
  [
    'a bad answer key',
    OrgFileSchema,
    { ...file(), answers: { '9': { answer: 'yes' } } },
    'invalid_key',
    'Clé invalide\u00a0: identifiant de règle attendu',
  ],
  [
    'an unknown rule type',
    RulePackSchema,
    pack({ type: 'kind-missing' }),
    'invalid_union',
    /^Valeur de «\u00a0type\u00a0» invalide\u00a0: choisissez parmi «\u00a0manual\u00a0»/,
  ],
  [
    'an unknown kind',
    RulePackSchema,
    pack({ kind: 'x9' }),
    'custom',
    'Type d’unité inconnu\u00a0: «\u00a0x9\u00a0»',
  ],
  [
    'a forum form on an office',
    RulePackSchema,
    pack({ type: 'forum-has-member', forum: 'joc', member: 'joc' }),
    'custom',
    '«\u00a0joc\u00a0» n’est pas un type de forum ni d’équipe',
  ],
  [
    'a container form on a post',
    RulePackSchema,
    pack({ type: 'container-contains', container: 'hom', contains: 'joc' }),
    'custom',
    '«\u00a0hom\u00a0» n’est pas un type de conteneur',
  ],
];

describe('schema issues in French', () => {
  it.each(CASES)('says %s in French', (_name, schema, value, code, french) => {
    const s = firstIssue(schema, value);
    expect(s.code).toBe(code);
    expect(schemaIssueText(s, 'en')).toBe(s.message);
    const text = schemaIssueText(s, 'fr');
    expectFrench(text, s.message);
    if (typeof french === 'string') expect(text).toBe(french);
    else expect(text).toMatch(french);
  });

  it('covers every issue code our schemas give, and every message of our own', () => {
    const issues = CASES.map(([, schema, value]) => firstIssue(schema, value));
    expect(new Set(issues.map((s) => s.code))).toEqual(
      new Set(
        ['invalid_type', 'invalid_value', 'too_small', 'too_big', 'invalid_format'].concat([
          'custom',
          'unrecognized_keys',
          'invalid_key',
          'invalid_union',
        ]),
      ),
    );
    const own = issues.flatMap((s) => [s.custom?.code, s.inner?.custom?.code]).filter(Boolean);
    expect(new Set(own)).toEqual(new Set(Object.keys(SCHEMA_MESSAGES)));
  });
});
