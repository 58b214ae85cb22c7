import { describe, expect, it } from 'vitest';
import { categoryText, kindText, linkBadge, linkKindText } from '../../src/i18n/catalogue-text';
import {
  CATEGORIES,
  CATEGORY_LABELS,
  LINK_KINDS,
  linkKindDef,
  UNIT_KINDS,
  unitKind,
} from '../../src/model';

// Kinds whose French name is the English one by nature. None today: acronyms are kept in the short
// labels (JOC, JMAC…), but every full name and role is written out in French.
const SAME_NAME: readonly string[] = [];
const SAME_ROLE: readonly string[] = [];

/** The widest short label a canvas box and a palette button hold, unless English is wider. */
const shortLimit = (english: string) => Math.max(16, english.length);

describe('unit kinds in French', () => {
  it('names every kind and describes its role in French, not in English', () => {
    for (const k of UNIT_KINDS) {
      if (!SAME_NAME.includes(k.id)) expect(kindText(k, 'name', 'fr'), k.id).not.toBe(k.name);
      if (!SAME_ROLE.includes(k.id)) expect(kindText(k, 'role', 'fr'), k.id).not.toBe(k.role);
    }
  });

  it('keeps short labels short enough for a canvas box', () => {
    for (const k of UNIT_KINDS)
      expect(kindText(k, 'short', 'fr').length, k.id).toBeLessThanOrEqual(shortLimit(k.short));
  });

  it('keeps the acronyms French missions use', () => {
    for (const id of ['joc', 'jmac', 'jpt', 'cla', 'can'])
      expect(kindText(unitKind(id), 'short', 'fr')).toBe(unitKind(id).short);
  });

  it('returns the model English for English', () => {
    for (const k of UNIT_KINDS)
      for (const f of ['short', 'name', 'role'] as const) expect(kindText(k, f, 'en')).toBe(k[f]);
  });

  it('writes French with no-break spaces before high punctuation', () => {
    for (const k of UNIT_KINDS) expect(kindText(k, 'role', 'fr'), k.id).not.toMatch(/ [:;!?]/);
  });
});

describe('link kinds in French', () => {
  it('names and explains every link kind in French, and in English for English', () => {
    for (const id of LINK_KINDS) {
      const def = linkKindDef(id);
      for (const f of ['label', 'meaning'] as const) {
        expect(linkKindText(def, f, 'fr'), `${id}.${f}`).not.toBe(def[f]);
        expect(linkKindText(def, f, 'en')).toBe(def[f]);
      }
    }
  });

  it('uses the glossary words for the main lines', () => {
    expect(linkKindText(linkKindDef('reports-to'), 'label', 'fr')).toBe('Rend compte à');
    expect(linkKindText(linkKindDef('coordinates-with'), 'label', 'fr')).toBe('Se coordonne avec');
    expect(linkKindText(linkKindDef('escalates-to'), 'label', 'fr')).toBe('Fait remonter à');
  });

  it('gives a French badge to every kind drawn with one, and none to the others', () => {
    for (const id of LINK_KINDS) {
      const def = linkKindDef(id);
      expect(linkBadge(def, 'en')).toBe(def.style.badge);
      if (def.style.badge === undefined) expect(linkBadge(def, 'fr'), id).toBeUndefined();
      else expect(linkBadge(def, 'fr')?.length, id).toBeLessThanOrEqual(12);
    }
    expect(linkBadge(linkKindDef('member-of'), 'fr')).toBe('membre');
  });
});

describe('categories in French', () => {
  it('heads every category in French, and in English for English', () => {
    for (const c of CATEGORIES) {
      expect(categoryText(c, CATEGORY_LABELS[c], 'en')).toBe(CATEGORY_LABELS[c]);
      // "Police" and "Forums" are the same word in both languages.
      if (c !== 'police' && c !== 'forum')
        expect(categoryText(c, CATEGORY_LABELS[c], 'fr'), c).not.toBe(CATEGORY_LABELS[c]);
    }
  });
});
