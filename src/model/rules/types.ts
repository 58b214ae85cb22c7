import type { Draft } from 'immer';
import type { OrgDoc } from '../schema';
import type { Graph } from './graph';
import type { FindingText } from './text';

/**
 * The checklist groups: the study's ten coordination tasks (their headings are verified from the
 * study's table of contents), then the coordinator's authority and resources (Chapter V) and the
 * forum architecture (Chapter VI).
 */
export const GROUP_IDS = [
  'vision',
  'roles',
  'planning',
  'field',
  'early-warning',
  'partners',
  'communities',
  'national',
  'follow-up',
  'training',
  'authority',
  'forums',
] as const;
export type RuleGroup = (typeof GROUP_IDS)[number];

export interface GroupInfo {
  id: RuleGroup;
  /** The heading shown above the group's findings. */
  title: string;
  /** The study's task number (1–10) for the ten tasks. */
  task?: number;
  /** Where the heading comes from: the ten task headings are the study's own (table of contents). */
  headingSource: string;
}

/** The groups in display order, with their headings. */
export const GROUPS: readonly GroupInfo[] = [
  {
    id: 'vision',
    task: 1,
    title: 'Supporting vision and policy',
    headingSource: 'Study, Chapter III (table of contents)',
  },
  {
    id: 'roles',
    task: 2,
    title: 'Clarifying roles and responsibilities',
    headingSource: 'Study, Chapter III (table of contents)',
  },
  {
    id: 'planning',
    task: 3,
    title: 'Supporting joined-up operational and forward planning',
    headingSource: 'Study, Chapter III (table of contents)',
  },
  {
    id: 'field',
    task: 4,
    title: 'Supporting the field',
    headingSource: 'Study, Chapter III (table of contents)',
  },
  {
    id: 'early-warning',
    task: 5,
    title: 'Supporting effective early warning and situational awareness',
    headingSource: 'Study, Chapter III (table of contents)',
  },
  {
    id: 'partners',
    task: 6,
    title: 'Working with international partners',
    headingSource: 'Study, Chapter III (table of contents)',
  },
  {
    id: 'communities',
    task: 7,
    title: 'Engaging with local communities',
    headingSource: 'Study, Chapter III (table of contents)',
  },
  {
    id: 'national',
    task: 8,
    title: 'Engaging with national authorities',
    headingSource: 'Study, Chapter III (table of contents)',
  },
  {
    id: 'follow-up',
    task: 9,
    title: 'Supporting follow-up and review',
    headingSource: 'Study, Chapter III (table of contents)',
  },
  {
    id: 'training',
    task: 10,
    title: 'Supporting training',
    headingSource: 'Study, Chapter III (table of contents)',
  },
  {
    id: 'authority',
    title: 'Authority and resources',
    headingSource: 'Study, Chapter V (table of contents)',
  },
  {
    id: 'forums',
    title: 'Forum architecture',
    headingSource: 'Study, Chapter VI (table of contents)',
  },
];

/** The group's entry in GROUPS. */
export function groupInfo(id: RuleGroup): GroupInfo {
  return GROUPS.find((g) => g.id === id) as GroupInfo;
}

export const SEVERITIES = ['error', 'warning', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

/**
 * Where a rule comes from. Every built-in rule is "reconstructed": the study's own checklist
 * (Tool 2) could not be retrieved, so the items are derived from its task headings and related
 * guidance. The app shows these as "derived" and never as quotations of the study.
 */
export type RuleProvenance = 'verified' | 'reconstructed';

/** Something the checklist found: which rule, how bad, what, and the units and links involved. */
export interface Finding {
  ruleId: string;
  severity: Severity;
  message: string;
  unitIds: string[];
  linkIds?: string[];
  /** What a quick fix needs to know (unit ids and the like), as plain JSON. */
  data?: Record<string, string | string[]>;
  /**
   * The message as a template key and values, units by id, so it can be shown in another
   * language. Built-in rules always set it; custom packs' own text may not.
   */
  text?: FindingText;
}

/** A one-click repair for a finding: an immer recipe over the document. */
export interface QuickFix {
  label: string;
  /** Whether the fix can be applied to this finding in this document (default: yes). */
  available?: (doc: OrgDoc, finding: Finding) => boolean;
  recipe: (draft: Draft<OrgDoc>, finding: Finding) => void;
}

/** The document and its precomputed graph index, built once per validate call. */
export type RuleContext = Graph;

interface RuleBase {
  id: string;
  group: RuleGroup;
  title: string;
  /** Why it matters, in a sentence or two. */
  why: string;
  severity: Severity;
  provenance: RuleProvenance;
  /** Source references (S-numbers of the domain reference) the rule draws on. */
  sources: string[];
  /** What to do about it. */
  remedy: string;
  /** The rule pack the rule came from: "built-in", or the id of a loaded custom pack. */
  pack?: string;
}

/** A rule checked automatically against the drawing. */
export interface AutomaticRule extends RuleBase {
  check: (ctx: RuleContext) => Finding[];
  /** Whether the rule applies to this document at all (default: always). Rules that do not apply drop out of the score. */
  appliesTo?: (ctx: RuleContext) => boolean;
  quickFix?: QuickFix;
  question?: undefined;
}

/** A rule the planner answers: yes / no / not applicable / unknown, with a note. */
export interface ManualRule extends RuleBase {
  question: string;
  check?: undefined;
  appliesTo?: undefined;
  quickFix?: undefined;
}

export type Rule = AutomaticRule | ManualRule;

export function isManual(rule: Rule): rule is ManualRule {
  return typeof rule.question === 'string';
}

export function isAutomatic(rule: Rule): rule is AutomaticRule {
  return typeof rule.check === 'function';
}
