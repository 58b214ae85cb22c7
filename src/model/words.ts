import type { Answer, Authority, FORUM_FUNCTIONS, FORUM_OUTPUTS, FREQUENCIES } from './schema';
import type { CoordinationModel, Level, Location, Provenance } from './vocabulary';

// Plain-English names for the enums of the file format, shared by the inspector and the exports
// so that a forum's terms of reference read the same on screen and on paper.

export const LEVEL_WORDS: Record<Level, string> = {
  strategic: 'Strategic',
  operational: 'Operational',
  tactical: 'Tactical',
};

export const FUNCTION_WORDS: Record<(typeof FORUM_FUNCTIONS)[number], string> = {
  information_sharing: 'Information sharing',
  analysis: 'Analysis',
  planning: 'Planning',
  decision: 'Decision',
  tasking: 'Tasking',
  monitoring: 'Monitoring',
  early_warning: 'Early warning',
  advocacy: 'Advocacy',
};

export const OUTPUT_WORDS: Record<(typeof FORUM_OUTPUTS)[number], string> = {
  decisions: 'Decisions',
  action_log: 'Action log',
  recommendations_up: 'Recommendations to the level above',
  tasking: 'Tasking',
  priority_matrix: 'Priority matrix',
  local_protection_plan: 'Local protection plan',
  contingency_plans: 'Contingency plans',
  reports: 'Reports',
};

export const FREQUENCY_WORDS: Record<(typeof FREQUENCIES)[number], string> = {
  daily: 'Daily',
  weekly: 'Weekly',
  fortnightly: 'Every two weeks',
  monthly: 'Monthly',
  ad_hoc: 'When needed',
};

export const REPORTING_WORDS: Record<NonNullable<Authority['reportingLine']>, string> = {
  direct_to_HOM: 'Directly to the Head of Mission',
  via_COS: 'Through the Chief of Staff',
  via_DSRSG: 'Through a Deputy SRSG',
  via_section_chief: 'Through a section chief',
};

/** Where a unit sits, as the terms of reference name it. */
export const LOCATION_WORDS: Record<Location, string> = {
  hq: 'Mission headquarters',
  field: 'Field',
  external: 'Outside the mission',
};

/** The kind of organogram a preset shows (the start screen's card caption); "custom" is any other. */
export const MODEL_WORDS: Record<CoordinationModel, string> = {
  'poc-adviser': 'Coordinator model',
  'substantive-section': 'Coordinator model',
  group: 'Coordinator model',
  'head-of-mission': 'Coordinator model',
  'forum-architecture': 'Forum architecture',
  centralised: 'Teaching',
  decentralised: 'Teaching',
  template: 'Template',
  custom: 'Organogram',
};

/** Where a piece of data comes from, in one word (badges). */
export const PROVENANCE_WORDS: Record<Provenance['status'], string> = {
  verified: 'Verified',
  reconstructed: 'Derived',
  user: 'Added by you',
};

/** The answers to a checklist question, in full (the checklist report). */
export const ANSWER_WORDS: Record<Answer['answer'], string> = {
  yes: 'Yes',
  no: 'No',
  'n/a': 'Not applicable',
  unknown: 'Unknown',
};
