import { CATEGORY_LABELS, findKind, linkKindDef } from '../model';
import type { Category, Lang, LinkKind, LinkKindDef, UnitKind } from '../model';
import FR from './locales/fr/catalogue.json';

// The catalogue's English text is the data itself (src/model); the French sits here, keyed by id.
// Anything missing falls back to English (a test makes sure nothing is missing).

type Table = Record<string, Record<string, string> | undefined>;
const fr = FR as unknown as Record<string, Table | undefined>;

function frText(table: string, id: string, field: string): string | undefined {
  return fr[table]?.[id]?.[field];
}

/** A kind's short label, full name or POC role in a language. */
export function kindText(kind: UnitKind, field: 'short' | 'name' | 'role', lang: Lang): string {
  return (lang === 'fr' && frText('kinds', kind.id, field)) || kind[field];
}

/** A link kind's name or meaning in a language. */
export function linkKindText(def: LinkKindDef, field: 'label' | 'meaning', lang: Lang): string {
  return (lang === 'fr' && frText('links', def.id, field)) || def[field];
}

/** A category's palette heading in a language. */
export function categoryText(category: Category, english: string, lang: Lang): string {
  return (lang === 'fr' && frText('categories', category, 'label')) || english;
}

/**
 * A kind's text by kind id, for code that holds a unit rather than its kind. Files may name a
 * kind this build does not know; the answer is then undefined and the caller shows the id.
 */
export function kindTextById(
  id: string,
  field: 'short' | 'name' | 'role',
  lang: Lang,
): string | undefined {
  const kind = findKind(id);
  return kind && kindText(kind, field, lang);
}

/** A category's heading in a language, its English taken from the model. */
export function categoryLabel(category: Category, lang: Lang): string {
  return categoryText(category, CATEGORY_LABELS[category], lang);
}

/** A link kind's name in a language, by kind id (menus, legends, the inspector). */
export function linkKindLabel(kind: LinkKind, lang: Lang): string {
  return linkKindText(linkKindDef(kind), 'label', lang);
}

/**
 * The short word drawn on a link of this kind (forum connectors, tasking, information flow), or
 * undefined for kinds drawn without one. Only kinds with an English badge get a French one.
 */
export function linkBadge(def: LinkKindDef, lang: Lang): string | undefined {
  const english = def.style.badge;
  if (english === undefined) return undefined;
  return (lang === 'fr' && frText('links', def.id, 'badge')) || english;
}
