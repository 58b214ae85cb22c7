import type { Lang } from '../model';

/**
 * The locale for dates and numbers: in English the browser's own, as before; in French, French
 * (a French reader of an English-locale browser still expects "25/11/2026 14:03").
 */
export function localeOf(lang: Lang): string | undefined {
  return lang === 'en' ? undefined : lang;
}
