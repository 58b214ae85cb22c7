import { fillProblem, fillTemplate, findKind, JSON_ERRORS } from '../model';
import type { JsonError, Lang, MoveRefusal, Problem, ProblemWords } from '../model';
import { kindText } from './catalogue-text';
import { connectReason } from './connect-text';
import FR from './locales/fr/problems.json';
import { frenchIssue } from './schema-issue-text';

// Why a file or a rule pack cannot be read, and why a unit cannot move, in a language. English is
// the model's own sentence (`message`); the French templates sit in fr/problems.json under the
// same codes and are filled with the problem's parts worded in French: kinds by their French
// names, link refusals through connectReason, JSON and schema errors from their codes.

type Table = Record<string, string | undefined>;
const fr = FR as unknown as Record<'problems' | 'json' | 'moves', Table>;

const FRENCH: ProblemWords = {
  number: (n, digits) =>
    n.toLocaleString('fr-FR', {
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
      // Grouping only for whole numbers (line 12 345); sizes in MB are small, as in English.
      useGrouping: digits === undefined,
    }),
  kind: (id) => {
    const k = findKind(id);
    return k ? kindText(k, 'name', 'fr') : id;
  },
  refusal: (r) => connectReason(r, 'fr'),
  json: (e) => jsonErrorText(e, 'fr'),
  issue: frenchIssue,
};

/** What is wrong with a JSON text, in a language (the French starts in lower case, after a colon). */
export function jsonErrorText(e: JsonError, lang: Lang): string {
  const template = (lang === 'fr' && fr.json[e.code]) || JSON_ERRORS[e.code];
  return fillTemplate(template, e.values);
}

/** A problem in a language: its English sentence, or the French one from its code. */
export function problemText(p: Problem, lang: Lang): string {
  const template = lang === 'fr' ? fr.problems[p.code] : undefined;
  return template ? fillProblem(template, p.values, FRENCH) : p.message;
}

/** Why a unit could not be moved into a container, in a language. */
export function moveRefusalText(e: MoveRefusal, lang: Lang): string {
  const template = lang === 'fr' ? fr.moves[e.code] : undefined;
  return template ? fillTemplate(template, e.values) : e.message;
}
