import { describe, expect, it } from 'vitest';
import { generateMission, SIZES } from '../bench/generate';
import { parseDocument, serializeDocument } from '../src/model';

describe('generateMission', () => {
  it.each(['S', 'M', 'L', 'XL'] as const)(
    'builds a valid %s document of the requested size, the same every time',
    (size) => {
      const a = generateMission(size);
      expect(Object.keys(a.units)).toHaveLength(SIZES[size].units);
      expect(Object.keys(a.links).length).toBeGreaterThanOrEqual(SIZES[size].links * 0.95);
      const parsed = parseDocument(serializeDocument(a));
      expect(parsed.ok ? [] : parsed.problems.slice(0, 3)).toEqual([]);
      expect(serializeDocument(generateMission(size))).toBe(serializeDocument(a));
    },
  );
});
