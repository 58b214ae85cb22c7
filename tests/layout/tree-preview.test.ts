import { describe, expect, it } from 'vitest';
import { PREVIEW_UNITS, treePreview } from '../../src/layout/tree-preview';
import type { OrgDoc } from '../../src/model';
import { generateMission } from '../../bench/generate';
import { absolutePosition } from '../../src/model';
import { applyResult, layoutProblems, loadPresets } from './checks';

/** The preview promises no overlaps, children inside containers and a place for every unit. */
const geometryProblems = (doc: OrgDoc, direction: 'DOWN' | 'RIGHT' = 'DOWN') =>
  layoutProblems(doc, treePreview(doc, { direction }), { sideColumn: false, direction }).filter(
    (p) => /overlaps|is not inside|has no position/.test(p),
  );

const cases = [
  ...loadPresets(),
  { name: 'generated M', doc: generateMission('M', 3) },
  { name: 'generated XL', doc: generateMission('XL', 5) },
];

describe.each(cases)('tree preview of $name', ({ doc }) => {
  it('places every unit, keeps boxes apart and children inside their containers', () => {
    expect(geometryProblems(doc)).toEqual([]);
  });

  it('does the same left to right, and gives the same output for the same input', () => {
    expect(geometryProblems(doc, 'RIGHT')).toEqual([]);
    expect(treePreview(doc)).toEqual(treePreview(doc));
  });
});

describe('tree preview shape', () => {
  it('puts a superior above the units that report to it', () => {
    const doc = generateMission('S', 1);
    const laid = applyResult(doc, treePreview(doc));
    let checked = 0;
    for (const l of Object.values(doc.links)) {
      const [lower, upper] =
        l.kind === 'reports-to'
          ? [l.source, l.target]
          : l.kind === 'command'
            ? [l.target, l.source]
            : [];
      if (!lower || !upper || doc.units[lower]!.parent !== doc.units[upper]!.parent) continue;
      expect(absolutePosition(laid, upper).y, `${upper} above ${lower}`).toBeLessThan(
        absolutePosition(laid, lower).y,
      );
      checked++;
    }
    expect(checked).toBeGreaterThan(3);
  });

  it('survives a cycle of superiors', () => {
    const doc = generateMission('S', 2);
    const ids = Object.values(doc.units)
      .filter((u) => !u.parent && u.kind !== 'field-office')
      .slice(0, 2)
      .map((u) => u.id);
    const [a, b] = ids as [string, string];
    const cyclic: OrgDoc = {
      ...doc,
      links: {
        ...doc.links,
        c1: { id: 'c1', kind: 'reports-to', source: a, target: b },
        c2: { id: 'c2', kind: 'reports-to', source: b, target: a },
      },
    };
    expect(geometryProblems(cyclic)).toEqual([]);
  });

  it('is meant for documents above the preview threshold', () => {
    expect(Object.keys(generateMission('XL', 5).units).length).toBeGreaterThan(PREVIEW_UNITS);
  });
});
