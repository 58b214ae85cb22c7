import { FIELD_KINDS } from './catalogue-field';
import { MISSION_KINDS } from './catalogue-mission';
import type { UnitKind } from './catalogue-types';
import { CATEGORIES } from './vocabulary';
import type { Category } from './vocabulary';

export type { UnitKind } from './catalogue-types';

/** Every unit kind, in palette order (by category, then as listed). */
export const UNIT_KINDS: readonly UnitKind[] = [...MISSION_KINDS, ...FIELD_KINDS].sort(
  (a, b) => CATEGORIES.indexOf(a.category) - CATEGORIES.indexOf(b.category),
);

const byId = new Map(UNIT_KINDS.map((k) => [k.id, k]));

/** The catalogue entry for a kind id, or undefined for an unknown id. */
export function findKind(id: string): UnitKind | undefined {
  return byId.get(id);
}

/** The catalogue entry for a kind id known to be valid (checked by the parser). */
export function unitKind(id: string): UnitKind {
  const k = byId.get(id);
  if (!k) throw new Error(`Unknown unit kind "${id}"`);
  return k;
}

/** Unit kinds grouped by category, in palette order. */
export function kindsByCategory(): { category: Category; kinds: UnitKind[] }[] {
  return CATEGORIES.map((category) => ({
    category,
    kinds: UNIT_KINDS.filter((k) => k.category === category),
  })).filter((g) => g.kinds.length > 0);
}

/** Kinds that hold other units. */
export const CONTAINER_KIND_IDS = UNIT_KINDS.filter((k) => k.container).map((k) => k.id);
