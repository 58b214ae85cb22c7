import {
  ANSWER_WORDS,
  FREQUENCY_WORDS,
  FUNCTION_WORDS,
  LEVEL_WORDS,
  LOCATION_WORDS,
  MODEL_WORDS,
  OUTPUT_WORDS,
  PROVENANCE_WORDS,
  REPORTING_WORDS,
} from '../model';
import type { Lang, Level } from '../model';
import FR from './locales/fr/words.json';

// French for the plain-English word tables of src/model/words.ts and vocabulary.ts (levels,
// forum functions, outputs, frequencies, reporting lines…), keyed by table name and value.

const fr = FR as unknown as Record<string, Record<string, string> | undefined>;

/** One word of a named table in a language; `english` is the model's own word. */
export function wordIn(table: string, key: string, english: string, lang: Lang): string {
  return (lang === 'fr' && fr[table]?.[key]) || english;
}

const TABLES = {
  levels: LEVEL_WORDS,
  functions: FUNCTION_WORDS,
  outputs: OUTPUT_WORDS,
  frequencies: FREQUENCY_WORDS,
  reporting: REPORTING_WORDS,
  locations: LOCATION_WORDS,
  models: MODEL_WORDS,
  provenance: PROVENANCE_WORDS,
  answers: ANSWER_WORDS,
};

/**
 * The English word tables that have a French twin in words.json, by table name. The keys test
 * checks that French has every word of every table listed here, and nothing else.
 */
export const WORD_TABLES: Record<string, Record<string, string>> = TABLES;

/** The name of a word table. */
export type WordTable = keyof typeof TABLES;
/** The values a word table names. */
export type WordKey<T extends WordTable> = keyof (typeof TABLES)[T] & string;

/** One word of a table in a language, checked against the table's values at compile time. */
export function word<T extends WordTable>(table: T, key: WordKey<T>, lang: Lang): string {
  const english: Record<string, string> = TABLES[table];
  return wordIn(table, key, english[key] ?? key, lang);
}

/** A whole table in a language, in the English table's order (for select options and legends). */
export function wordsIn<T extends WordTable>(table: T, lang: Lang): Record<WordKey<T>, string> {
  const keys = Object.keys(TABLES[table]) as WordKey<T>[];
  return Object.fromEntries(keys.map((k) => [k, word(table, k, lang)])) as Record<
    WordKey<T>,
    string
  >;
}

/** A level's word in a language (the one table callers name often enough for a helper). */
export const levelWord = (level: Level, lang: Lang) => word('levels', level, lang);
