import { useEffect } from 'react';
import { docTitleIn } from '../model';
import { useEditor } from '../state';
import { useT } from '../i18n';

/**
 * The browser tab names the open organogram ("MONUSCO … — POC Organogram Designer"), in the app's
 * language, so a planner with several tabs, bookmarks or a history list can tell them apart. The
 * start screen is named after the app alone.
 */
export function useWindowTitle(editing: boolean): void {
  const { t, lang } = useT();
  const title = useEditor((s) => docTitleIn(s.doc, lang).trim());
  const product = t('app.product');
  useEffect(() => {
    document.title = editing && title ? `${title} — ${product}` : product;
  }, [editing, title, product]);
}
