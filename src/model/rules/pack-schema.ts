import { z } from 'zod';
import { findKind } from '../catalogue';
import { locateJsonError } from '../json-locate';
import { LinkKindSchema } from '../link-kinds';
import { problem } from '../problems';
import type { Problem } from '../problems';
import { codedIssue, patternMessage, schemaProblems } from '../schema-issue';
import { BUILT_IN_RULES } from './built-in';
import { GROUP_IDS, SEVERITIES } from './types';

const RULE_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;

/** Rule ids: a letter or digit first, then letters, digits, dots, dashes and underscores. */
export const RuleIdSchema = z
  .string()
  .min(1)
  .max(40)
  .regex(RULE_ID_PATTERN, patternMessage(RULE_ID_PATTERN, 'ruleIdCharacters'));

// One check, so an unknown kind gives one issue and the forum or container test runs only on a
// known kind; each issue carries its message's code and the kind it names.
const kindId = (what: 'unit' | 'forum' | 'container') =>
  z
    .string()
    .min(1)
    .superRefine((k, ctx) => {
      const def = findKind(k);
      if (!def) ctx.addIssue(codedIssue('unknownKind', k));
      else if (what === 'forum' && !(def.forum || def.team))
        ctx.addIssue(codedIssue('notForumKind', k));
      else if (what === 'container' && !def.container)
        ctx.addIssue(codedIssue('notContainerKind', k));
    });

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

/** A pack, or its problems (a problem with the whole text has an empty path). */
export type RulePackResult = { ok: true; pack: RulePack } | { ok: false; problems: Problem[] };

/** Where a problem with the whole text is: an empty path. */
const WHOLE = { path: '' };

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
    return { ok: false, problems: [problem('packUnreadable', { error: String(e) }, WHOLE)] };
  }
}

function parseUnsafe(text: string): RulePackResult {
  if (text.length > MAX_RULE_PACK_BYTES) {
    const max = MAX_RULE_PACK_BYTES / 1024 / 1024;
    return { ok: false, problems: [problem('packTooLarge', { max }, WHOLE)] };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    const { code, values, line, column } = locateJsonError(text);
    const detail = { json: { code, values } };
    const p = problem('notJson', { detail, line, column }, { ...WHOLE, line, column });
    return { ok: false, problems: [p] };
  }
  // The input is reported only so an issue can name the type it received; it is not kept.
  const parsed = RulePackSchema.safeParse(raw, { reportInput: true });
  if (!parsed.success) return { ok: false, problems: schemaProblems(parsed.error, 100) };
  const problems: Problem[] = [];
  const builtIn = new Set(BUILT_IN_RULES.map((r) => r.id));
  const seen = new Set<string>();
  parsed.data.rules.forEach((r, i) => {
    const at = { path: `rules[${i}].id` };
    if (builtIn.has(r.id)) problems.push(problem('builtInRuleId', { id: r.id }, at));
    else if (seen.has(r.id)) problems.push(problem('duplicateRuleId', { id: r.id }, at));
    seen.add(r.id);
  });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, pack: parsed.data };
}
