import { describe, expect, it } from 'vitest';
import { levelWord, word, WORD_TABLES, wordIn, wordsIn } from '../../src/i18n/words-text';
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
    expect(word('functions', 'early_warning', 'fr')).toBe('Alerte rapide');
    expect(word('outputs', 'local_protection_plan', 'fr')).toBe('Plan local de protection');
    expect(word('frequencies', 'ad_hoc', 'en')).toBe('When needed');
    expect(word('reporting', 'via_COS', 'fr')).toBe('Par l’intermédiaire du chef de cabinet');
    expect(word('locations', 'hq', 'en')).toBe('Mission headquarters');
    expect(word('provenance', 'reconstructed', 'fr')).toBe('Dérivé');
    expect(word('answers', 'n/a', 'en')).toBe('Not applicable');
    expect(word('answers', 'yes', 'fr')).toBe('Oui');
  });

  it('names every coordination model, and any other organogram as a plain one', () => {
    for (const m of MODELS) expect(word('models', m, 'fr'), m).toBeTruthy();
    expect(word('models', 'custom', 'en')).toBe('Organogram');
    expect(word('models', 'custom', 'fr')).toBe('Organigramme');
    expect(word('models', 'template', 'en')).toBe('Template');
  });
});
