import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/model';
import type { OrgDoc } from '../../src/model';

// Every preset ships in both languages: the French fields sit beside the English ones, and the
// app shows them when it runs in French. A missing field would silently fall back to English.
const dir = join(__dirname, '../../presets');
const files = readdirSync(dir).filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json'));

const open = (file: string): OrgDoc => {
  const r = parseDocument(readFileSync(join(dir, file), 'utf8'));
  if (!r.ok) throw new Error(`${file}: ${JSON.stringify(r.problems)}`);
  return r.doc;
};
const docs = files.map((file) => [file, open(file)] as const);

const filled = (s: string | undefined) => (s ?? '').trim() !== '';
/** Sentences in a caption, counted the way tests/presets/steps.test.ts counts the English ones. */
const sentences = (text: string) => text.split(/(?<=[.!?])\s+/).filter((s) => s.trim() !== '');

describe('French presets', () => {
  it('covers every preset', () => {
    expect(docs.length).toBeGreaterThanOrEqual(12);
  });

  describe.each(docs)('%s', (_file, doc) => {
    it('has a French title and description', () => {
      expect(filled(doc.titleFr)).toBe(true);
      expect(filled(doc.descriptionFr)).toBe(true);
      expect(doc.titleFr).not.toBe(doc.title);
      expect(doc.descriptionFr).not.toBe(doc.description);
    });

    it('says "reconstructed" in French wherever the English says it', () => {
      // A reader in French must see the same warning as a reader in English.
      if (/reconstructed/i.test(doc.title)) expect(doc.titleFr).toMatch(/reconstitu/i);
      if (/reconstructed/i.test(doc.description)) expect(doc.descriptionFr).toMatch(/reconstitu/i);
    });

    it('gives every unit a French label', () => {
      for (const u of Object.values(doc.units)) expect(filled(u.labelFr), u.id).toBe(true);
    });

    it('gives every labelled link a French label, and no other link one', () => {
      for (const l of Object.values(doc.links)) {
        if (l.label === undefined) expect(l.labelFr, l.id).toBeUndefined();
        else expect(filled(l.labelFr), l.id).toBe(true);
      }
    });

    it('gives every step a French title and a plain-text caption of one to three sentences', () => {
      for (const s of doc.steps) {
        expect(filled(s.titleFr), s.id).toBe(true);
        expect(filled(s.captionFr), s.id).toBe(true);
        const caption = s.captionFr ?? '';
        expect(sentences(caption).length, s.id).toBeLessThanOrEqual(3);
        expect(caption, s.id).not.toMatch(/<[a-z/!]/i);
        // As in English, the captions are our own words: no quoting marks.
        expect(caption, s.id).not.toMatch(/["“”«»]/);
      }
    });

    it('keeps French typography: no plain space before : ; ? !, and the typographic apostrophe', () => {
      // A no-break space keeps the mark from wrapping onto a line of its own.
      const texts = [
        doc.titleFr,
        doc.descriptionFr,
        ...Object.values(doc.units).map((u) => u.labelFr),
        ...Object.values(doc.links).map((l) => l.labelFr),
        ...doc.steps.flatMap((s) => [s.titleFr, s.captionFr]),
      ];
      for (const t of texts) {
        expect(t ?? '').not.toMatch(/ [:;?!]/);
        // The typographic apostrophe, as everywhere else in the app's French.
        expect(t ?? '').not.toContain("'");
      }
    });
  });

  it('translates the same English unit label the same way in every preset', () => {
    const seen = new Map<string, { fr: string; where: string }>();
    const clashes: string[] = [];
    for (const [file, doc] of docs) {
      for (const u of Object.values(doc.units)) {
        const fr = u.labelFr ?? '';
        const before = seen.get(u.label);
        if (!before) seen.set(u.label, { fr, where: file });
        else if (before.fr !== fr)
          clashes.push(`${u.label}: "${before.fr}" (${before.where}) vs "${fr}" (${file})`);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('translates the same English link label the same way in every preset', () => {
    const seen = new Map<string, string>();
    const clashes: string[] = [];
    for (const [file, doc] of docs) {
      for (const l of Object.values(doc.links)) {
        if (l.label === undefined) continue;
        const fr = l.labelFr ?? '';
        const before = seen.get(l.label);
        if (before === undefined) seen.set(l.label, fr);
        else if (before !== fr) clashes.push(`${file} ${l.id}: "${l.label}"`);
      }
    }
    expect(clashes).toEqual([]);
  });
});
