import { findKind } from '../catalogue';
import type { Unit } from '../schema';
import { MESSAGES } from './messages';
import type { MessageKey } from './messages';

// A finding keeps its message twice: as English text (what exports and tests read) and as a
// template key with the values that fill it, units kept by id. The interface renders the same
// key in French and names each unit by its French label, with the same renderer.

/** A unit a message names: its id, and the English name used (for when the unit is gone). */
export interface UnitRef {
  id: string;
  label: string;
}

/** How a list of units is joined: "A, B and C", "A, B, C, D and 2 more", or "A, B, C". */
export type ListJoin = 'and' | 'names' | 'comma';

/** A value that fills a placeholder. Plain JSON, like the rest of a finding. */
export type TextValue =
  | string
  | number
  | { unit: UnitRef }
  | { units: UnitRef[]; join: ListJoin }
  | { unitKind: string }
  | { linkKind: string }
  | { text: FindingText }
  | { texts: FindingText[] };

/** A finding message as a template key and its values. */
export interface FindingText {
  key: string;
  values: Record<string, TextValue>;
}

/** What `finding` takes as its message: the English text and the same message as a template. */
export interface Said {
  message: string;
  text: FindingText;
}

/** What fills a placeholder when a rule writes a message (see say). */
export type SayValue =
  string | number | Unit | readonly Unit[] | Said | readonly Said[] | TextValue;

/** How a language names things: its templates, units, kinds of unit and kinds of link. */
export interface TextWords {
  template: (key: string) => string | undefined;
  unit: (ref: UnitRef) => string;
  unitKind: (id: string) => string;
  linkKind: (id: string) => string;
}

const ENGLISH: TextWords = {
  template: (key) => (MESSAGES as Record<string, string>)[key],
  unit: (ref) => ref.label,
  unitKind: (id) => {
    const k = findKind(id);
    return k ? k.short || k.name : id;
  },
  linkKind: (id) => id,
};

const ref = (u: Unit): UnitRef => ({ id: u.id, label: u.label || u.id });

/** Units joined with "and", however many there are. */
export function allOf(units: readonly Unit[]): TextValue {
  return { units: units.map(ref), join: 'and' };
}

/** Units joined with commas only. */
export function listed(units: readonly Unit[]): TextValue {
  return { units: units.map(ref), join: 'comma' };
}

/** A unit named by its label exactly as written, even when empty (as some messages always did). */
export function written(u: Unit): TextValue {
  return { unit: { id: u.id, label: u.label } };
}

/** A kind of unit, named by its short name. */
export function kindOf(id: string): TextValue {
  return { unitKind: id };
}

/** A kind of link, named by its id in English. */
export function linkKindOf(id: string): TextValue {
  return { linkKind: id };
}

function isSaid(x: unknown): x is Said {
  return typeof x === 'object' && x !== null && 'message' in x && 'text' in x;
}

function toValue(v: SayValue): TextValue {
  if (typeof v === 'string' || typeof v === 'number') return v;
  if (Array.isArray(v)) {
    const items = v as readonly (Unit | Said)[];
    if (items.some(isSaid)) return { texts: (items as readonly Said[]).map((s) => s.text) };
    return { units: (items as readonly Unit[]).map(ref), join: 'names' };
  }
  if (isSaid(v)) return { text: v.text };
  if ('id' in v && 'kind' in v) return { unit: ref(v as Unit) };
  return v as TextValue;
}

/**
 * A finding message from its template key: units (and lists of units) name themselves by label,
 * a Said nests one phrase, a Said[] joins phrases with "and".
 * @example finding(R2, say('R2.noToR', { unit: c }), [c])
 */
export function say(key: MessageKey, values: Record<string, SayValue> = {}): Said {
  const text: FindingText = {
    key,
    values: Object.fromEntries(Object.entries(values).map(([k, v]) => [k, toValue(v)])),
  };
  return { message: renderText(text, ENGLISH) ?? key, text };
}

/** Joins names "A, B and C" with the language's own "and". */
function joinAnd(items: readonly string[], w: TextWords): string | undefined {
  if (items.length <= 1) return items.join('');
  const last = items[items.length - 1] as string;
  return fill(w.template('list.and'), { first: items.slice(0, -1).join(', '), last });
}

function joinUnits(refs: readonly UnitRef[], join: ListJoin, w: TextWords): string | undefined {
  const labels = refs.map(w.unit);
  if (join === 'comma') return labels.join(', ');
  const max = 4;
  if (join === 'and' || labels.length <= max) return joinAnd(labels, w);
  const list = labels.slice(0, max).join(', ');
  return fill(w.template('list.more'), { list, count: String(labels.length - max) });
}

function fill(template: string | undefined, values: Record<string, string>): string | undefined {
  return template?.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => values[name] ?? whole);
}

function valueText(v: TextValue, w: TextWords): string | undefined {
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return String(v);
  if ('unit' in v) return w.unit(v.unit);
  if ('units' in v) return joinUnits(v.units, v.join, w);
  if ('unitKind' in v) return w.unitKind(v.unitKind);
  if ('linkKind' in v) return w.linkKind(v.linkKind);
  if ('text' in v) return renderText(v.text, w);
  const parts = v.texts.map((t) => renderText(t, w));
  return parts.every((p) => p !== undefined) ? joinAnd(parts as string[], w) : undefined;
}

/**
 * A finding message in the language `words` speaks; undefined when a template it needs is
 * missing, so the caller can fall back to the English.
 */
export function renderText(text: FindingText, words: TextWords): string | undefined {
  const values: Record<string, string> = {};
  for (const [k, v] of Object.entries(text.values)) {
    const s = valueText(v, words);
    if (s === undefined) return undefined;
    values[k] = s;
  }
  return fill(words.template(text.key), values);
}

const COMPONENT_KEYS = {
  civilian: 'component.civilian',
  military: 'component.military',
  police: 'component.police',
} as const;

/** The components a forum lacks (see missingComponents), as words to list in a message. */
export function componentWords(components: readonly string[]): Said[] {
  return components.map((c) => say(COMPONENT_KEYS[c as keyof typeof COMPONENT_KEYS]));
}
