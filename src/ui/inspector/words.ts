import { LEVELS } from '../../model';
import type { ForumTor, Lang, Level, Provenance } from '../../model';
import { fixedT } from '../../i18n';
import { levelWord } from '../../i18n';

// The inspector's enums in words. Tables shared with the exports are the model's, with their
// French in words.json (wordsIn); the two only the inspector shows have theirs in inspector.json.

/** Keys of the words for a forum's decision rights (every key literal, for the keys test). */
export const DECISION_KEYS = {
  advisory: 'inspector.decision.advisory',
  decision: 'inspector.decision.decision',
  tasking: 'inspector.decision.tasking',
} as const satisfies Record<NonNullable<ForumTor['decisionRights']>, string>;

/** Keys of the words for humanitarian participation in a forum. */
export const HUMANITARIAN_KEYS = {
  none: 'inspector.humanitarian.none',
  observer: 'inspector.humanitarian.observer',
  member: 'inspector.humanitarian.member',
} as const satisfies Record<NonNullable<ForumTor['humanitarianParticipation']>, string>;

/** Select data for the keys of a record, each labelled by `label`, in the record's order. */
export function keyOptions<K extends string>(
  keys: Record<K, unknown>,
  label: (value: K) => string,
): { value: K; label: string }[] {
  return (Object.keys(keys) as K[]).map((value) => ({ value, label: label(value) }));
}

/** Select data from a record of words, in the record's order. */
export function options<K extends string>(words: Record<K, string>): { value: K; label: string }[] {
  return (Object.keys(words) as K[]).map((value) => ({ value, label: words[value] }));
}

/** Level options, marking the kind's default. */
export function levelOptions(lang: Lang, defaultLevel?: Level): { value: Level; label: string }[] {
  const t = fixedT(lang);
  return LEVELS.map((value) => {
    const level = levelWord(value, lang);
    return {
      value,
      label: value === defaultLevel ? t('inspector.levelDefault', { level }) : level,
    };
  });
}

/** Where a unit or link comes from, in one line. */
export function provenanceText(p: Provenance | undefined, lang: Lang): string {
  const t = fixedT(lang);
  if (!p) return t('inspector.provenance.none');
  if (p.status === 'verified')
    return p.sources?.length
      ? t('inspector.provenance.verifiedFrom', { sources: p.sources.join(', ') })
      : t('inspector.provenance.verified');
  if (p.status === 'reconstructed') return t('inspector.provenance.derived');
  return t('inspector.provenance.user');
}
