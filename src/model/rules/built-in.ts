import { AUTHORITY_RULES } from './authority';
import { COMMUNITIES_RULES } from './communities';
import { EARLY_WARNING_RULES } from './early-warning';
import { FIELD_RULES } from './field';
import { FOLLOW_UP_RULES } from './follow-up';
import { FORUMS_RULES } from './forums';
import { NATIONAL_RULES } from './national';
import { PARTNERS_RULES } from './partners';
import { PLANNING_RULES } from './planning';
import { ROLES_RULES } from './roles';
import { TRAINING_RULES } from './training';
import type { Rule } from './types';
import { VISION_RULES } from './vision';

/**
 * The built-in checklist: every item of the domain reference §6, in group order. All are
 * reconstructed ("derived") from the study's task headings and related guidance.
 */
export const BUILT_IN_RULES: readonly Rule[] = [
  ...VISION_RULES,
  ...ROLES_RULES,
  ...PLANNING_RULES,
  ...FIELD_RULES,
  ...EARLY_WARNING_RULES,
  ...PARTNERS_RULES,
  ...COMMUNITIES_RULES,
  ...NATIONAL_RULES,
  ...FOLLOW_UP_RULES,
  ...TRAINING_RULES,
  ...AUTHORITY_RULES,
  ...FORUMS_RULES,
].map((r) => ({ ...r, pack: 'built-in' }) as Rule);

const byId = new Map(BUILT_IN_RULES.map((r) => [r.id, r]));

/** A built-in rule by id. */
export function builtInRule(id: string): Rule | undefined {
  return byId.get(id);
}
