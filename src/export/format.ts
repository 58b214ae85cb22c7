/**
 * Dates and numbers as each language writes them. The month names are fixed tables rather than
 * toLocaleDateString, so an export reads the same whatever locale the machine runs in.
 */
import type { Lang } from '../model';
import { cleanText } from './text';

const MONTHS: Record<Lang, readonly string[]> = {
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
  fr: [
    'janvier',
    'février',
    'mars',
    'avril',
    'mai',
    'juin',
    'juillet',
    'août',
    'septembre',
    'octobre',
    'novembre',
    'décembre',
  ],
};

/** French puts a no-break space before "%" and between thousands, so a line never splits there. */
const NBSP = '\u00a0';

/**
 * "24 November 2026" or "24 novembre 2026" ("1er" for the first of the month, as French writes
 * it) in the local calendar, or a given string cleaned.
 */
export function formatDate(d: Date | string, lang: Lang = 'en'): string {
  if (typeof d === 'string') return cleanText(d);
  const day = d.getDate();
  const shown = lang === 'fr' && day === 1 ? '1er' : String(day);
  return `${shown} ${MONTHS[lang][d.getMonth()]} ${d.getFullYear()}`;
}

/** A number as written in running text: French uses a decimal comma. */
export function formatNumber(v: number, lang: Lang = 'en', digits?: number): string {
  const s = digits === undefined ? String(v) : v.toFixed(digits);
  return lang === 'fr' ? s.replace('.', ',') : s;
}

/** A whole percentage: "42%" in English, "42 %" in French. */
export function formatPercent(v: number, lang: Lang = 'en'): string {
  return lang === 'fr' ? `${v}${NBSP}%` : `${v}%`;
}

/** The colon after a field's label: French sets it off with a no-break space. */
export function colon(lang: Lang = 'en'): string {
  return lang === 'fr' ? `${NBSP}:` : ':';
}
