import { describe, expect, it } from 'vitest';
import { coordinatorIds, serializeDocument, whatIfRemoved } from '../../src/model';
import { doc, link, unit } from '../fixtures/builders';
import { preset } from './rules/fixtures';

describe('what if the coordinator is removed', () => {
  it.each([
    'model-a-poc-adviser',
    'model-b-substantive-section',
    'model-c-group',
    'model-d-head-of-mission',
  ])('%s: the coordinator goes, "no coordinator" appears, the original is untouched', (name) => {
    const original = preset(name);
    const text = serializeDocument(original);
    const ids = coordinatorIds(original);
    expect(ids.length).toBeGreaterThan(0);
    const w = whatIfRemoved(original);
    expect(w.removed).toEqual(ids);
    for (const id of ids) expect(w.doc.units[id]).toBeUndefined();
    // No link is left pointing at a removed unit.
    for (const l of Object.values(w.doc.links))
      expect(ids.includes(l.source) || ids.includes(l.target)).toBe(false);
    expect(w.appeared.map((f) => f.ruleId)).toContain('R1');
    expect(w.doc.title).toContain('without');
    expect(serializeDocument(original)).toBe(text);
  });

  it('reports findings that clear as well as those that appear', () => {
    // Two coordinators break "exactly one"; removing one clears that finding.
    const d = doc(
      [
        unit('hom'),
        unit('poc-adviser', 'poc', { isCoordinator: true }),
        unit('civil-affairs', 'ca', { isCoordinator: true }),
      ],
      [link('reports-to', 'poc', 'hom'), link('reports-to', 'ca', 'hom')],
    );
    const w = whatIfRemoved(d, ['ca']);
    expect(w.cleared.some((f) => f.ruleId === 'R1')).toBe(true);
    expect(w.appeared.some((f) => f.ruleId === 'R1')).toBe(false);
  });

  it('removes nothing from a structure without a coordinator', () => {
    const d = doc([unit('hom')], []);
    const w = whatIfRemoved(d);
    expect(w.removed).toEqual([]);
    expect(w.appeared).toEqual([]);
  });
});
