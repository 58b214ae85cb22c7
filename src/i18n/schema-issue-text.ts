import { fillTemplate } from '../model';
import type { Lang, Primitive, SchemaIssue } from '../model';
import FR from './locales/fr/problems.json';

// A schema issue in French, worded from zod's summary with our own templates (zod speaks English
// only). English is zod's own sentence, kept as it was.

type Table = Record<string, string | undefined>;
const fr = FR as unknown as Record<'issues' | 'units' | 'types' | 'custom', Table>;

/** The French issue templates this file words issues with, and the units it counts in. */
export const ISSUE_TEMPLATE_KEYS = [
  'invalid_type',
  'missing',
  'invalid_value_one',
  'invalid_value_other',
  'invalid_discriminator',
  'too_small_size',
  'too_small_size_exclusive',
  'too_big_size',
  'too_big_size_exclusive',
  'size_exact',
  'too_small_value',
  'too_small_value_exclusive',
  'too_big_value',
  'too_big_value_exclusive',
  'value_exact',
  'invalid_format',
  'invalid_format_regex',
  'not_multiple_of',
  'unrecognized_keys_one',
  'unrecognized_keys_other',
  'invalid_key',
  'invalid_key_inner',
  'invalid_element',
  'invalid_element_inner',
  'invalid_union',
  'custom',
  'list_or',
] as const;
type IssueKey = (typeof ISSUE_TEMPLATE_KEYS)[number];

/** What zod counts for a size, by the origin of the value measured. */
const SIZE_UNITS: Readonly<Record<string, string>> = {
  string: 'character',
  array: 'item',
  set: 'item',
  map: 'entry',
  file: 'byte',
};

const plural = new Intl.PluralRules('fr');
const one = (n: number) => (plural.select(n) === 'one' ? 'one' : 'other');
const number = (n: number) => n.toLocaleString('fr-FR');
const say = (key: IssueKey, values: Record<string, string | number> = {}) =>
  fillTemplate(fr.issues[key] ?? key, values);
const typeWord = (t: string | undefined) => (t && fr.types[t]) || t || '';
const quote = (v: Primitive) => (typeof v === 'string' ? `«\u00a0${v}\u00a0»` : String(v));

/** "« a », « b » ou « c »": the values a field accepts, in French. */
function either(values: readonly Primitive[]): string {
  const quoted = values.map(quote);
  const last = quoted.pop() ?? '';
  return quoted.length ? say('list_or', { list: quoted.join(', '), last }) : last;
}

function size(s: SchemaIssue, n: number, small: boolean): string {
  const unit = SIZE_UNITS[s.origin ?? ''];
  const values = { n: number(n), unit: unit ? (fr.units[`${unit}_${one(n)}`] ?? '') : '' };
  const kind = unit ? 'size' : 'value';
  if (s.exact) return say(`${kind}_exact`, values);
  const side = small ? 'too_small' : 'too_big';
  return say(`${side}_${kind}${s.inclusive === false ? '_exclusive' : ''}`, values);
}

/** A schema issue in French, from its summary; one of our own messages from its code. */
export function frenchIssue(s: SchemaIssue): string {
  if (s.custom) {
    const template = fr.custom[s.custom.code];
    if (template) return fillTemplate(template, s.custom.values);
  }
  const values = s.values ?? [];
  switch (s.code) {
    case 'invalid_type':
      return s.received === 'undefined'
        ? say('missing', { expected: typeWord(s.expected) })
        : say('invalid_type', { expected: typeWord(s.expected), received: typeWord(s.received) });
    case 'invalid_value':
      return say(values.length === 1 ? 'invalid_value_one' : 'invalid_value_other', {
        values: either(values),
      });
    case 'too_small':
      return size(s, s.minimum ?? 0, true);
    case 'too_big':
      return size(s, s.maximum ?? 0, false);
    case 'invalid_format':
      return s.format === 'regex'
        ? say('invalid_format_regex', { pattern: s.pattern ?? '' })
        : say('invalid_format', { format: s.format ?? '' });
    case 'not_multiple_of':
      return say('not_multiple_of', { divisor: number(s.divisor ?? 0) });
    case 'unrecognized_keys': {
      const keys = s.keys ?? [];
      return say(`unrecognized_keys_${keys.length > 1 ? 'other' : 'one'}`, {
        keys: keys.map(quote).join(', '),
      });
    }
    case 'invalid_key':
    case 'invalid_element':
      return s.inner ? say(`${s.code}_inner`, { inner: frenchIssue(s.inner) }) : say(s.code);
    case 'invalid_union':
      return s.discriminator && values.length
        ? say('invalid_discriminator', { discriminator: s.discriminator, values: either(values) })
        : say('invalid_union');
    default:
      return say('custom');
  }
}

/** A schema issue in a language: zod's English as it was, or our French. */
export function schemaIssueText(s: SchemaIssue, lang: Lang): string {
  return lang === 'fr' ? frenchIssue(s) : s.message;
}
