import type { Lang } from '../model';
import { fixedT } from '../i18n';

/**
 * A file name made from the document title and the date: "monusco-architecture-2026-11-24.json".
 * A title with no usable letters gives the word for "organogram" in `lang`.
 */
export function exportFileName(
  title: string,
  ext: string,
  now = new Date(),
  lang: Lang = 'en',
): string {
  const stem =
    title
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60)
      .replace(/-+$/, '') || fixedT(lang)('exportText.files.untitled');
  return `${stem}-${now.toISOString().slice(0, 10)}.${ext.replace(/^\.+/, '')}`;
}
