import type { z } from 'zod';
import { formatPath, problem } from './problems';
import type { Problem } from './problems';
import { fillTemplate } from './template';

// zod words its issues in English only. We keep its English as it is, and beside it a small
// summary of the issue (its code and the facts the sentence is made of) from which another
// language words the issue itself. The summary never holds the input: a file can be large, and a
// problem is shown and logged, so only a type name is derived from it.

/** Messages written in our own schemas, by code; `{{value}}` is the value checked. */
export const SCHEMA_MESSAGES = {
  idCharacters: 'a letter or _ first, then letters, digits and . _ : - > only',
  reservedId: 'this name is reserved; choose another id',
  answerRuleId: 'a rule id',
  ruleIdCharacters: 'letters, digits and . _ - only, starting with a letter or digit',
  unknownKind: 'Unknown unit kind "{{value}}"',
  notForumKind: '"{{value}}" is not a forum or team kind',
  notContainerKind: '"{{value}}" is not a container kind',
} as const;

export type SchemaMessageCode = keyof typeof SCHEMA_MESSAGES;

/** The type names a summary uses for what was expected and what was received. */
export const TYPE_NAMES = [
  'string',
  'number',
  'int',
  'boolean',
  'array',
  'object',
  'record',
  'null',
  'undefined',
  'nan',
  'infinity',
] as const;

export type Primitive = string | number | boolean | null;

/** One zod issue, summarised. `message` is zod's English (or ours, for our own messages). */
export interface SchemaIssue {
  code: string;
  message: string;
  expected?: string;
  received?: string;
  /** The values allowed (an enum, a literal, a discriminated union's tags). */
  values?: readonly Primitive[];
  origin?: string;
  minimum?: number;
  maximum?: number;
  inclusive?: boolean;
  exact?: boolean;
  keys?: readonly string[];
  format?: string;
  pattern?: string;
  divisor?: number;
  discriminator?: string;
  /** One of our own messages, with the values it names. */
  custom?: { code: SchemaMessageCode; values: Readonly<Record<string, string>> };
  /** The first issue inside an invalid record key or collection element. */
  inner?: SchemaIssue;
}

// zod's format issues carry the pattern but no parameters, so a regex's own message is found
// again through its pattern; each pattern is registered where the schema is written.
const PATTERN_CODES = new Map<string, SchemaMessageCode>();

/** The message for `.regex(pattern, …)`, remembered by its pattern so other languages find it. */
export function patternMessage(pattern: RegExp, code: SchemaMessageCode): string {
  PATTERN_CODES.set(String(pattern), code);
  return SCHEMA_MESSAGES[code];
}

/** Parameters for `.refine(check, …)` that say one of our messages with its code. */
export function codedError(code: SchemaMessageCode): { error: string; params: { code: string } } {
  return { error: SCHEMA_MESSAGES[code], params: { code } };
}

/** A custom issue for `ctx.addIssue` in a superRefine, naming the value checked. */
export function codedIssue(code: SchemaMessageCode, value: string) {
  const values = { value };
  const message = fillTemplate(SCHEMA_MESSAGES[code], values);
  return { code: 'custom' as const, message, params: { code, values } };
}

function isMessageCode(x: unknown): x is SchemaMessageCode {
  return typeof x === 'string' && Object.hasOwn(SCHEMA_MESSAGES, x);
}

/** The type of a value as a summary names it (zod's own names, NaN and infinities apart). */
export function typeName(input: unknown): string {
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'array';
  if (typeof input === 'number') {
    if (Number.isNaN(input)) return 'nan';
    return Number.isFinite(input) ? 'number' : 'infinity';
  }
  return typeof input;
}

const primitive = (v: unknown): Primitive =>
  v === null || ['string', 'number', 'boolean'].includes(typeof v) ? (v as Primitive) : String(v);
const num = (v: unknown): number | undefined =>
  typeof v === 'number' || typeof v === 'bigint' ? Number(v) : undefined;
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/** Summarises a zod issue; parse with `reportInput: true` so the received type can be named. */
export function summarizeIssue(issue: z.core.$ZodIssue): SchemaIssue {
  const i = issue as unknown as Record<string, unknown>;
  const s: SchemaIssue = { code: issue.code, message: issue.message };
  const received = str(i.received)?.toLowerCase();
  if (issue.code === 'invalid_type')
    s.received = received ?? ('input' in i ? typeName(i.input) : 'undefined');
  if (str(i.expected)) s.expected = str(i.expected);
  const values = Array.isArray(i.values) ? i.values : Array.isArray(i.options) ? i.options : null;
  if (values) s.values = values.map(primitive);
  if (str(i.origin)) s.origin = str(i.origin);
  if (num(i.minimum) !== undefined) s.minimum = num(i.minimum);
  if (num(i.maximum) !== undefined) s.maximum = num(i.maximum);
  if (typeof i.inclusive === 'boolean') s.inclusive = i.inclusive;
  if (i.exact === true) s.exact = true;
  if (Array.isArray(i.keys)) s.keys = i.keys.map(String);
  if (str(i.format)) s.format = str(i.format);
  if (str(i.pattern)) s.pattern = str(i.pattern);
  if (num(i.divisor) !== undefined) s.divisor = num(i.divisor);
  if (str(i.discriminator)) s.discriminator = str(i.discriminator);
  const params = (i.params ?? {}) as { code?: unknown; values?: Record<string, string> };
  const code = issue.code === 'custom' ? params.code : PATTERN_CODES.get(s.pattern ?? '');
  if (isMessageCode(code)) s.custom = { code, values: params.values ?? {} };
  const nested = Array.isArray(i.issues)
    ? (i.issues[0] as z.core.$ZodIssue | undefined)
    : undefined;
  if (nested) s.inner = summarizeIssue(nested);
  return s;
}

/** A zod error's first issues as problems, each at its path; parse with `reportInput: true`. */
export function schemaProblems(error: z.ZodError, limit: number): Problem[] {
  return error.issues
    .slice(0, limit)
    .map((issue) =>
      problem(
        'schema',
        { issue: { issue: summarizeIssue(issue) } },
        { path: formatPath(issue.path) },
      ),
    );
}
