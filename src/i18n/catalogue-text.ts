import type { Category, Lang, LinkKindDef, UnitKind } from '../model';
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
 * The short word drawn on a link of this kind (forum connectors, tasking, information flow), or
 * undefined for kinds drawn without one. Only kinds with an English badge get a French one.
 */
export function linkBadge(def: LinkKindDef, lang: Lang): string | undefined {
  const english = def.style.badge;
  if (english === undefined) return undefined;
  return (lang === 'fr' && frText('links', def.id, 'badge')) || english;
}
