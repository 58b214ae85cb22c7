import { describe, expect, it } from 'vitest';
import {
  answerWord,
  frequencyWord,
  functionWord,
  levelWord,
  locationWord,
  modelWord,
  outputWord,
  provenanceWord,
  reportingWord,
  word,
  WORD_TABLES,
  wordIn,
  wordsIn,
} from '../../src/i18n/words-text';
import type { WordTable } from '../../src/i18n/words-text';
import { LEVEL_WORDS, LEVELS, MODELS } from '../../src/model';

const tables = Object.keys(WORD_TABLES) as WordTable[];

describe('word tables', () => {
  it('returns the English table for English, in its order', () => {
    for (const table of tables) expect(wordsIn(table, 'en'), table).toEqual(WORD_TABLES[table]);
    expect(Object.keys(wordsIn('levels', 'fr'))).toEqual([...LEVELS]);
  });

  it('has a French word for every English one, different from the English', () => {
    for (const table of tables)
      for (const [key, english] of Object.entries(WORD_TABLES[table] ?? {})) {
        const french = wordIn(table, key, english, 'fr');
        expect(french.trim(), `${table}.${key}`).not.toBe('');
        expect(french, `${table}.${key}`).not.toBe(english);
      }
  });

  it('falls back to the English for an unknown table or word', () => {
    expect(wordIn('no-such-table', 'x', 'English', 'fr')).toBe('English');
    expect(wordIn('levels', 'no-such-word', 'English', 'fr')).toBe('English');
  });

  it('answers through the typed helpers', () => {
    expect(levelWord('strategic', 'fr')).toBe('Stratégique');
    expect(levelWord('tactical', 'en')).toBe(LEVEL_WORDS.tactical);
    expect(functionWord('early_warning', 'fr')).toBe('Alerte rapide');
    expect(outputWord('local_protection_plan', 'fr')).toBe('Plan local de protection');
    expect(frequencyWord('ad_hoc', 'en')).toBe('When needed');
    expect(reportingWord('via_COS', 'fr')).toBe("Par l’intermédiaire du chef de cabinet");
    expect(locationWord('hq', 'en')).toBe('Mission headquarters');
    expect(provenanceWord('reconstructed', 'fr')).toBe('Dérivé');
    expect(answerWord('n/a', 'en')).toBe('Not applicable');
    expect(word('answers', 'yes', 'fr')).toBe('Oui');
  });

  it('names every coordination model, and a document with none as a plain organogram', () => {
    for (const m of MODELS) expect(modelWord(m, 'fr'), m).toBeTruthy();
    expect(modelWord(undefined, 'en')).toBe('Organogram');
    expect(modelWord(undefined, 'fr')).toBe('Organigramme');
    expect(modelWord('template', 'en')).toBe('Template');
  });
});
