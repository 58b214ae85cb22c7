import { findKind } from './catalogue';
import type { ConnectRefusal } from './connect-reasons';
import { JSON_ERRORS } from './json-locate';
import type { JsonError } from './json-locate';
import type { SchemaIssue } from './schema-issue';
import { fillTemplate } from './template';

// Why a file or a rule pack cannot be read, as a code plus the things the sentence names. As with
// link refusals (connect-reasons.ts), the English sentence is built here from the template of its
// code; the French templates sit in src/i18n/locales/fr/problems.json under the same codes, so the
// interface can say a problem in the language on screen while the model knows no translation.

/** The English sentence of each problem. `{{name}}` is a part of the problem's `values`. */
export const PROBLEM_MESSAGES = {
  // Reading an organogram file.
  unreadable: 'The file could not be read: {{error}}',
  tooLarge: 'The file is larger than {{max}} MB and was not opened.',
  fileTooLarge: '{{name}} is {{size}} MB; files over {{max}} MB are not opened.',
  fileUnreadable: '{{name}} could not be read: {{error}}',
  notJson: 'Not valid JSON: {{detail}} (line {{line}}, column {{column}}).',
  notObject: 'This is not an organogram file: expected a JSON object.',
  noSchemaVersion: 'This is not an organogram file: it has no schemaVersion.',
  newerSchema:
    'This file was saved by a newer version of the app (schema {{version}}); this version reads schema {{current}} and older. Update the app to open it.',
  tooOld: 'Schema version {{version}} is too old to open.',
  wrongFormat: 'This is not an organogram file: "format" must be "{{format}}".',
  schema: '{{issue}}',
  // Integrity: what the schema cannot check.
  duplicateUnitId: 'Duplicate unit id "{{id}}"',
  unknownKind: 'Unknown unit kind "{{kind}}"',
  parentMissing: 'Parent "{{parent}}" is not a unit of this file',
  parentNotContainer: 'Parent "{{parent}}" is a {{kind}}, not a container',
  cycle: 'Unit "{{id}}" is inside itself (a containment cycle)',
  duplicateId: 'Duplicate id "{{id}}"',
  sourceMissing: 'Link source "{{id}}" is not a unit of this file',
  targetMissing: 'Link target "{{id}}" is not a unit of this file',
  linkNotAllowed: 'Link "{{id}}" is not allowed: {{reason}}',
  duplicateStepId: 'Duplicate step id "{{id}}"',
  highlightMissing:
    'Step "{{step}}" highlights "{{unit}}", but there is no unit with id "{{unit}}"',
  // Reading a custom rule pack.
  packUnreadable: 'The rule pack could not be read: {{error}}',
  packTooLarge: 'The rule pack is larger than {{max}} MB and was not read.',
  builtInRuleId: 'Rule id "{{id}}" is already used by a built-in rule',
  duplicateRuleId: 'Duplicate rule id "{{id}}"',
} as const;

export type ProblemCode = keyof typeof PROBLEM_MESSAGES;

/**
 * One thing a problem names: text shown as written (ids, an engine's error), a whole number, a
 * number with a fixed count of decimals, a unit kind, a link refusal, a JSON syntax error, or a
 * schema issue. Never the file's content itself beyond the ids the sentence quotes.
 */
export type ProblemPart =
  | string
  | number
  | { amount: number; digits: number }
  | { kind: string }
  | { refusal: ConnectRefusal }
  | { json: JsonError }
  | { issue: SchemaIssue };

export type ProblemValues = Readonly<Record<string, ProblemPart>>;

/** Something wrong with a file or a rule pack, said so that a user can act on it. */
export interface Problem {
  /** Where in the file, as a path like `units[3].kind`; absent or empty for whole-file problems. */
  path?: string;
  /** The English sentence. */
  message: string;
  code: ProblemCode;
  values: ProblemValues;
  line?: number;
  column?: number;
}

/** Words for the parts of a problem in one language. */
export interface ProblemWords {
  number: (n: number, digits?: number) => string;
  kind: (kindId: string) => string;
  refusal: (r: ConnectRefusal) => string;
  json: (e: JsonError) => string;
  issue: (s: SchemaIssue) => string;
}

/** A problem template filled with its parts, in the language the words are in. */
export function fillProblem(template: string, values: ProblemValues, words: ProblemWords): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => {
    const part = values[name];
    if (part === undefined) return whole;
    if (typeof part === 'string') return part;
    if (typeof part === 'number') return words.number(part);
    if ('amount' in part) return words.number(part.amount, part.digits);
    if ('kind' in part) return words.kind(part.kind);
    if ('refusal' in part) return words.refusal(part.refusal);
    if ('json' in part) return words.json(part.json);
    return words.issue(part.issue);
  });
}

/** The English words: catalogue names, canConnect's reasons, zod's own messages. */
export const ENGLISH_PROBLEM_WORDS: ProblemWords = {
  // Whole numbers as they always were (String); decimals as the browser's en-US locale writes them.
  number: (n, digits) =>
    digits === undefined
      ? String(n)
      : n.toLocaleString('en-US', {
          minimumFractionDigits: digits,
          maximumFractionDigits: digits,
          useGrouping: false,
        }),
  kind: (id) => findKind(id)?.name ?? id,
  refusal: (r) => r.reason,
  json: (e) => fillTemplate(JSON_ERRORS[e.code], e.values),
  issue: (s) => s.message,
};

/** Where a problem is: a path in the file, or a line and column of its text. */
export interface ProblemPlace {
  path?: string;
  line?: number;
  column?: number;
}

/** A problem with its English sentence. */
export function problem(
  code: ProblemCode,
  values: ProblemValues = {},
  place: ProblemPlace = {},
): Problem {
  const message = fillProblem(PROBLEM_MESSAGES[code], values, ENGLISH_PROBLEM_WORDS);
  return { ...place, message, code, values };
}

/** A path from zod or our own checks, written as `units[3].kind`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${String(p)}`))
    .join('');
}
