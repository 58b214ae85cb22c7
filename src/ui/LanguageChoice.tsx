import { NativeSelect } from '@mantine/core';
import { LANGS } from '../model';
import type { Lang } from '../model';
import { setLanguage, useT } from '../i18n';

// Each language is named in itself, as language pickers do, so a reader finds their own
// whichever language the app is in now.
const NAMES: Record<Lang, string> = { en: 'English', fr: 'Français' };

/** The header's "Language" control: switches every text of the app and is remembered. */
export function LanguageChoice() {
  const { t, lang } = useT();
  return (
    <NativeSelect
      size="xs"
      aria-label={t('app.language')}
      title={t('app.language')}
      value={lang}
      data={LANGS.map((l) => ({ value: l, label: NAMES[l] }))}
      onChange={(e) => void setLanguage(e.currentTarget.value as Lang)}
    />
  );
}
