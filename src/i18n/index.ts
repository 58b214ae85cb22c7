import i18next from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';
import { LANGS } from '../model';
import type { Lang } from '../model';
import { EN } from './locales/en';
import { FR } from './locales/fr';

// One i18next instance for the whole app. Both languages are bundled (a few tens of KB), so the
// app starts, and works offline, in either language without fetching anything.

declare module 'i18next' {
  interface CustomTypeOptions {
    resources: { translation: typeof EN };
    // Keys are checked against the English text at compile time; tests check French has them too.
    returnNull: false;
  }
}

const STORAGE_KEY = 'poc-organogram.language';

function isLang(x: unknown): x is Lang {
  return typeof x === 'string' && (LANGS as readonly string[]).includes(x);
}

/** The language to start in: the one chosen before, else the browser's first of ours, else English. */
export function initialLanguage(): Lang {
  try {
    const stored = globalThis.localStorage?.getItem(STORAGE_KEY);
    if (isLang(stored)) return stored;
  } catch {
    // Storage can be blocked; the browser's languages still decide.
  }
  const wanted = globalThis.navigator?.languages ?? [globalThis.navigator?.language ?? 'en'];
  for (const tag of wanted) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLang(base)) return base;
  }
  return 'en';
}

function markDocument(lang: Lang): void {
  if (typeof document !== 'undefined') document.documentElement.lang = lang;
}

void i18next.use(initReactI18next).init({
  resources: { en: { translation: EN }, fr: { translation: FR } },
  lng: initialLanguage(),
  fallbackLng: 'en',
  supportedLngs: [...LANGS],
  // React escapes text, and every export escapes for its own format (XML, Markdown, PDF).
  interpolation: { escapeValue: false },
  initAsync: false,
  returnNull: false,
});
markDocument(currentLanguage());

export const i18n = i18next;

/** The language the app is in now. */
export function currentLanguage(): Lang {
  const l = i18next.resolvedLanguage ?? i18next.language;
  return isLang(l) ? l : 'en';
}

/** Switches the app's language and remembers the choice. */
export async function setLanguage(lang: Lang): Promise<void> {
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, lang);
  } catch {
    // Not remembered, but the switch still happens.
  }
  await i18next.changeLanguage(lang);
  markDocument(lang);
}

/** A translation function fixed to one language, for exports and other non-React code. */
export function fixedT(lang: Lang) {
  return i18next.getFixedT(lang);
}

/** The translation function and the current language, re-rendering when the language changes. */
export function useT() {
  const { t, i18n: inst } = useTranslation();
  const l = inst.resolvedLanguage ?? inst.language;
  return { t, lang: (isLang(l) ? l : 'en') as Lang };
}

// The French of the data (catalogue, word tables, checklist, link refusals, file problems), with
// English fallbacks.
export * from './catalogue-text';
export * from './words-text';
export * from './rule-text';
export * from './connect-text';
export * from './problem-text';
export { schemaIssueText } from './schema-issue-text';
