import type { OrgDoc } from '../model';
import { fixedT } from '../i18n';

/** A document id that no saved document has: time plus randomness, never all digits. */
export function newDocId(prefix = 'doc'): string {
  return `${prefix}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 7)}`;
}

/**
 * A copy under a new id, titled "<title> (copy)" and modified now. Each title field gets the word
 * in its own language, whatever language the app is in: the English title "(copy)", a French
 * title, if there is one, "(copie)".
 */
export function copyOf(doc: OrgDoc): OrgDoc {
  const modified = new Date().toISOString();
  const titleFr = doc.titleFr?.trim();
  return {
    ...doc,
    id: newDocId(),
    title: fixedT('en')('app.copyTitle', { title: doc.title }),
    ...(titleFr ? { titleFr: fixedT('fr')('app.copyTitle', { title: titleFr }) } : {}),
    meta: { ...doc.meta, modified },
  };
}
