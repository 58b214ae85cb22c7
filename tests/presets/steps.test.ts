import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/model';
import type { OrgDoc } from '../../src/model';

// The presets that walk a trainer through a coordination model, step by step.
const WITH_STEPS = [
  'model-a-poc-adviser',
  'model-b-substantive-section',
  'model-c-group',
  'model-d-head-of-mission',
  'centralised-teaching',
  'decentralised-teaching',
];

const open = (id: string): OrgDoc => {
  const r = parseDocument(readFileSync(join(__dirname, '../../presets', `${id}.json`), 'utf8'));
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.doc;
};

/** Sentences in a caption: runs of text ending in . ! or ? (or the end of the text). */
const sentences = (text: string) => text.split(/(?<=[.!?])\s+/).filter((s) => s.trim() !== '');

describe.each(WITH_STEPS)('presentation steps of %s', (id) => {
  const d = open(id);

  it('has 4 to 6 steps with unique ids', () => {
    expect(d.steps.length).toBeGreaterThanOrEqual(4);
    expect(d.steps.length).toBeLessThanOrEqual(6);
    expect(new Set(d.steps.map((s) => s.id)).size).toBe(d.steps.length);
  });

  it('gives every step a title and a plain-text caption of one to three sentences', () => {
    for (const s of d.steps) {
      expect(s.title.trim(), s.id).not.toBe('');
      expect(s.caption.trim(), s.id).not.toBe('');
      expect(sentences(s.caption).length, s.id).toBeLessThanOrEqual(3);
      expect(s.caption, s.id).not.toMatch(/<[a-z/!]/i);
      // The captions are our own words; quoting marks would suggest the study's.
      expect(s.caption, s.id).not.toMatch(/["“”]/);
    }
  });

  it('highlights only units of the preset, and the coordinator at least once', () => {
    for (const s of d.steps) {
      expect(s.highlight.length, s.id).toBeGreaterThan(0);
      for (const h of s.highlight) expect(d.units[h], `${s.id} → ${h}`).toBeDefined();
    }
    const coordinator = Object.values(d.units).find((u) => u.isCoordinator);
    expect(coordinator).toBeDefined();
    expect(d.steps.some((s) => s.highlight.includes(coordinator!.id))).toBe(true);
  });

  it('marks every step as reconstructed, with sources from the preset references', () => {
    const refs = new Set(d.references.map((r) => r.id));
    for (const s of d.steps) {
      expect(s.provenance?.status, s.id).toBe('reconstructed');
      expect(s.provenance?.sources?.length, s.id).toBeGreaterThan(0);
      for (const src of s.provenance?.sources ?? [])
        expect(refs.has(src), `${s.id}: ${src}`).toBe(true);
      expect(s.provenance?.note, s.id).toMatch(/not the study's words/);
    }
  });

  it('leaves the view to the app (it fits the highlighted units)', () => {
    for (const s of d.steps) expect(s.view, s.id).toBeUndefined();
  });
});
