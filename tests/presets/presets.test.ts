import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { canConnect, findKind, parseDocument, serializeDocument } from '../../src/model';

const dir = join(__dirname, '../../presets');
const files = readdirSync(dir).filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json'));

describe('presets', () => {
  it('ship the four coordinator models, five architectures, two teaching variants and a template', () => {
    expect(files.length).toBeGreaterThanOrEqual(12);
  });

  describe.each(files)('%s', (file) => {
    const text = readFileSync(join(dir, file), 'utf8');
    const result = parseDocument(text);

    it('parses', () => {
      expect(result.ok ? [] : result.problems).toEqual([]);
    });

    it('survives parse → serialize → parse unchanged', () => {
      if (!result.ok) throw new Error('does not parse');
      const again = parseDocument(serializeDocument(result.doc));
      expect(again.ok && again.doc).toEqual(result.doc);
    });

    it('is named after its id and names the schema', () => {
      const raw = JSON.parse(text) as { id: string; $schema: string };
      expect(`${raw.id}.json`).toBe(file);
      expect(raw.$schema).toBe('./organogram.schema.json');
    });

    it('has references, a description and provenance on every unit and link', () => {
      if (!result.ok) throw new Error('does not parse');
      const { doc } = result;
      expect(doc.references.length).toBeGreaterThan(0);
      expect(doc.description.length).toBeGreaterThan(20);
      expect(doc.provenance).toBeDefined();
      for (const u of Object.values(doc.units)) expect(u.provenance, u.id).toBeDefined();
      for (const l of Object.values(doc.links)) expect(l.provenance, l.id).toBeDefined();
    });

    it('is a realistic structure: 20 to 80 units (the blank template excepted), no dangling links', () => {
      if (!result.ok) throw new Error('does not parse');
      const { doc } = result;
      const n = Object.keys(doc.units).length;
      if (doc.model !== 'template') {
        expect(n).toBeGreaterThanOrEqual(20);
        expect(n).toBeLessThanOrEqual(80);
      }
      for (const u of Object.values(doc.units)) expect(findKind(u.kind), u.kind).toBeDefined();
      for (const l of Object.values(doc.links)) {
        expect(doc.units[l.source], l.id).toBeDefined();
        expect(doc.units[l.target], l.id).toBeDefined();
        expect(canConnect(doc, l.source, l.target, l.kind, l.id)).toEqual({ ok: true });
      }
    });
  });
});
