import { expect } from 'vitest';

// Words that only the English sentences of problems use: a French sentence holding one still has
// English in it. Ids and values in the tests are chosen so that none of them is such a word.
const ENGLISH = (
  'the is not of and file unit link must expected received could read larger than newer older ' +
  'old duplicate unknown inside itself allowed step highlights but there rule pack already used ' +
  'built-in invalid input small big key unrecognized characters character items string array ' +
  'object letters digits only first reserved choose another container moved cannot bad escape ' +
  'unterminated unexpected end missing property quotes trailing comma before after empty found ' +
  'line column valid this has no was opened update app too record discriminator value'
).split(' ');
const ENGLISH_WORD = new RegExp(`(?<![\\p{L}-])(${ENGLISH.join('|')})(?![\\p{L}-])`, 'iu');

/** Fails if the text still holds English, a placeholder, or a French typography mistake. */
export function expectFrench(text: string, what = text): void {
  expect(text.trim(), what).not.toBe('');
  expect(text, what).not.toMatch(/\{\{|\}\}/);
  expect(text, what).not.toMatch(ENGLISH_WORD);
  // A no-break space before high punctuation and inside guillemets; the typographic apostrophe.
  expect(text, what).not.toMatch(/ [:;!?»]|« |'/);
}
