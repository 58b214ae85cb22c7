import { LEVEL_WORDS, LEVELS } from '../../model';
export {
  FREQUENCY_WORDS,
  FUNCTION_WORDS,
  LEVEL_WORDS,
  OUTPUT_WORDS,
  REPORTING_WORDS,
} from '../../model';
import type { ForumTor, Level, Provenance } from '../../model';

/** Plain-English names for the enums the inspector shows (shared ones come from the model). */
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
