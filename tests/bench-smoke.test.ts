import { describe, expect, it } from 'vitest';
import { runNodeBench } from '../bench/node-bench';
import { table } from '../bench/stats';

// Keeps `npm run bench` working; it asserts what the benchmark reports, never how fast it was.
describe('node benchmark (smoke, size S)', () => {
  it('reports every measure, and a drag step creates a new object for the moved unit only', async () => {
    const { rows } = await runNodeBench({
      sizes: { layout: ['S'], validate: ['S'], diff: ['S'], svg: ['S'], drag: ['S'] },
      reps: 1,
    });
    expect(rows.map((r) => r.name)).toEqual([
      'layout S',
      'raw elkjs S',
      'layout ratio S',
      'validate S',
      'diff + metrics S',
      'svg export S',
      'svg size S',
      'drag step S',
      'drag: units with new objects S',
    ]);
    for (const r of rows) expect(Number.isFinite(r.median), r.name).toBe(true);
    expect(rows.find((r) => r.name.startsWith('drag: units'))!.median).toBe(1);
    expect(table(rows)).toContain('layout ratio S');
  });
});
