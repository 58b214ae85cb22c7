import { z } from 'zod';
import { findKind } from '../catalogue';
import { locateJsonError } from '../json-locate';
import { LinkKindSchema } from '../link-kinds';
import { BUILT_IN_RULES } from './built-in';
import { GROUP_IDS, SEVERITIES } from './types';

/** Rule ids: a letter or digit first, then letters, digits, dots, dashes and underscores. */
export const RuleIdSchema = z
  .string()
  .min(1)
  .max(40)
  .regex(
    /^[A-Za-z0-9][A-Za-z0-9_.-]*$/,
    'letters, digits and . _ - only, starting with a letter or digit',
  );

const kindId = (what: 'unit' | 'forum' | 'container') =>
  z
    .string()
    .min(1)
    .refine((k) => findKind(k) !== undefined, {
      error: (iss) => `Unknown unit kind "${String(iss.input)}"`,
      abort: true,
    })
    .refine(
      (k) => {
        const def = findKind(k);
        if (what === 'forum') return !!def && (def.forum || def.team);
        if (what === 'container') return !!def?.container;
        return true;
      },
      {
        error: (iss) =>
          `"${String(iss.input)}" is not a ${what === 'forum' ? 'forum or team' : 'container'} kind`,
      },
    );

const common = {
  id: RuleIdSchema,
  group: z.enum(GROUP_IDS),
  title: z.string().min(1).max(300),
  why: z.string().max(2000).default(''),
  severity: z.enum(SEVERITIES).default('warning'),
  remedy: z.string().max(2000).default(''),
  provenance: z.enum(['verified', 'reconstructed']).optional(),
  sources: z.array(z.string().min(1).max(40)).max(20).default([]),
};

export const ManualDeclSchema = z
  .object({ ...common, type: z.literal('manual'), question: z.string().min(1).max(1000) })
  .strict();
export const KindExistsDeclSchema = z
  .object({ ...common, type: z.literal('kind-exists'), kind: kindId('unit') })
  .strict();
export const KindCountDeclSchema = z
  .object({
    ...common,
    type: z.literal('kind-count'),
    kind: kindId('unit'),
    op: z.enum(['>=', '<=', '==']),
    n: z.number().int().min(0).max(100000),
  })
  .strict();
export const LinkBetweenDeclSchema = z
  .object({
    ...common,
    type: z.literal('link-between'),
    link: LinkKindSchema,
    from: kindId('unit'),
    to: kindId('unit'),
  })
  .strict();
export const ForumHasMemberDeclSchema = z
  .object({
    ...common,
    type: z.literal('forum-has-member'),
    forum: kindId('forum'),
    member: kindId('unit'),
  })
  .strict();
export const ContainerContainsDeclSchema = z
  .object({
    ...common,
    type: z.literal('container-contains'),
    container: kindId('container'),
    contains: kindId('unit'),
  })
  .strict();

/** One rule of a custom pack: a manual question or one of the simple declarative forms. */
export const RuleDeclSchema = z.discriminatedUnion('type', [
  ManualDeclSchema,
  KindExistsDeclSchema,
  KindCountDeclSchema,
  LinkBetweenDeclSchema,
  ForumHasMemberDeclSchema,
  ContainerContainsDeclSchema,
]);
/** A declarative rule as written (defaults optional). */
export type RuleDeclInput = z.input<typeof RuleDeclSchema>;
/** A declarative rule after parsing (defaults filled in). */
export type RuleDecl = z.output<typeof RuleDeclSchema>;

/** A custom rule pack a mission can load: { id, title, rules }. */
export const RulePackSchema = z
  .object({
    $schema: z.string().optional(),
    id: RuleIdSchema,
    title: z.string().min(1).max(300),
    description: z.string().max(5000).optional(),
    rules: z.array(RuleDeclSchema).max(1000),
  })
  .strict();
export type RulePack = z.output<typeof RulePackSchema>;

/** Something wrong with a rule pack, with where it is (`rules[2].kind`; empty for the whole text). */
export interface RulePackProblem {
  path: string;
  message: string;
  line?: number;
  column?: number;
}

export type RulePackResult =
  { ok: true; pack: RulePack } | { ok: false; problems: RulePackProblem[] };

/** Largest rule pack text read. */
export const MAX_RULE_PACK_BYTES = 1024 * 1024;

/**
 * Reads a custom rule pack from JSON text. Never throws: returns the pack, or the problems (JSON
 * syntax errors with line and column, schema errors with their paths, unknown unit kinds,
 * duplicate rule ids and ids already used by the built-in rules).
 */
export function parseRulePack(text: string): RulePackResult {
  try {
    return parseUnsafe(text);
  } catch (e) {
    return {
      ok: false,
      problems: [{ path: '', message: `The rule pack could not be read: ${String(e)}` }],
    };
  }
}

function parseUnsafe(text: string): RulePackResult {
  if (text.length > MAX_RULE_PACK_BYTES)
    return {
      ok: false,
      problems: [{ path: '', message: 'The rule pack is larger than 1 MB and was not read.' }],
    };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    const at = locateJsonError(text);
    return {
      ok: false,
      problems: [
        {
          path: '',
          message: `Not valid JSON: ${at.message} (line ${at.line}, column ${at.column}).`,
          line: at.line,
          column: at.column,
        },
      ],
    };
  }
  const parsed = RulePackSchema.safeParse(raw);
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues
        .slice(0, 100)
        .map((i) => ({ path: formatPath(i.path), message: i.message })),
    };
  }
  const problems: RulePackProblem[] = [];
  const builtIn = new Set(BUILT_IN_RULES.map((r) => r.id));
  const seen = new Set<string>();
  parsed.data.rules.forEach((r, i) => {
    if (builtIn.has(r.id))
      problems.push({
        path: `rules[${i}].id`,
        message: `Rule id "${r.id}" is already used by a built-in rule`,
      });
    else if (seen.has(r.id))
      problems.push({ path: `rules[${i}].id`, message: `Duplicate rule id "${r.id}"` });
    seen.add(r.id);
  });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, pack: parsed.data };
}

function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${String(p)}`))
    .join('');
}
