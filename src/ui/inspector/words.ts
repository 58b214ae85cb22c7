import { LEVELS } from '../../model';
import type { FORUM_FUNCTIONS, FORUM_OUTPUTS, FREQUENCIES } from '../../model';
import type { Authority, ForumTor, Level, Provenance } from '../../model';

/** Plain-English names for the enums the inspector shows. */
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

export const DECISION_WORDS: Record<NonNullable<ForumTor['decisionRights']>, string> = {
  advisory: 'Advisory',
  decision: 'Takes decisions',
  tasking: 'Tasks units',
};

export const HUMANITARIAN_WORDS: Record<
  NonNullable<ForumTor['humanitarianParticipation']>,
  string
> = {
  none: 'None',
  observer: 'Observer',
  member: 'Member',
};

export const REPORTING_WORDS: Record<NonNullable<Authority['reportingLine']>, string> = {
  direct_to_HOM: 'Directly to the Head of Mission',
  via_COS: 'Through the Chief of Staff',
  via_DSRSG: 'Through a Deputy SRSG',
  via_section_chief: 'Through a section chief',
};

/** Select data from a record of words, in the record's order. */
export function options<K extends string>(words: Record<K, string>): { value: K; label: string }[] {
  return (Object.keys(words) as K[]).map((value) => ({ value, label: words[value] }));
}

/** Level options, marking the kind's default. */
export function levelOptions(defaultLevel?: Level): { value: Level; label: string }[] {
  return LEVELS.map((value) => ({
    value,
    label: value === defaultLevel ? `${LEVEL_WORDS[value]} (default)` : LEVEL_WORDS[value],
  }));
}

/** Where a unit or link comes from, in one line. */
export function provenanceText(p: Provenance | undefined): string {
  if (!p) return 'Source not recorded';
  if (p.status === 'verified')
    return p.sources?.length ? `Verified (${p.sources.join(', ')})` : 'Verified';
  if (p.status === 'reconstructed')
    return "Derived — reconstructed from related guidance, not the study's own words";
  return 'Added by you';
}
