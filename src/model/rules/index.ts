// The checklist: rule engine, built-in rule pack, declarative custom packs and scoring.
export { GROUP_IDS, GROUPS, SEVERITIES, groupInfo, isAutomatic, isManual } from './types';
export type {
  AutomaticRule,
  Finding,
  GroupInfo,
  ManualRule,
  QuickFix,
  Rule,
  RuleContext,
  RuleGroup,
  RuleProvenance,
  Severity,
} from './types';
export { Graph, buildGraph, MEMBERSHIP_KINDS, SYMMETRIC_KINDS } from './graph';
export type { Where } from './graph';
export { BUILT_IN_RULES, builtInRule } from './built-in';
export { compareRuleIds, evaluate, manualQuestions, score, validate } from './validate';
export type { Evaluation, GroupScore, Score, Tally } from './validate';
export { compilePack, compileRule } from './declarative';
export { MAX_RULE_PACK_BYTES, RuleDeclSchema, RulePackSchema, parseRulePack } from './pack-schema';
export type { RuleDecl, RuleDeclInput, RulePack, RulePackResult } from './pack-schema';
export { REQUIRED_TOR_FIELDS } from './forums';
export { MIN_COORDINATOR_GRADE } from './helpers';
export { coordinatorModel } from './authority';
export type { CoordinatorModel } from './authority';
export { W1_DECL, W2_DECL } from './early-warning';
export { MESSAGES } from './messages';
export type { MessageKey } from './messages';
export { renderText, say } from './text';
export type { FindingText, ListJoin, Said, TextValue, TextWords, UnitRef } from './text';
