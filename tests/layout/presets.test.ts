import { beforeAll, describe, expect, it } from 'vitest';
import { produce } from 'immer';
import { canConnect, commands, levelOf } from '../../src/model';
import type { OrgDoc } from '../../src/model';
import { layoutDocument } from '../../src/layout/engine';
import { toElkGraph } from '../../src/layout/elk-graph';
import type { LayoutResult } from '../../src/layout/types';
import { applyResult, layoutProblems, loadPresets } from './checks';
import { nodeEngine } from './node-engine';

const engine = nodeEngine();
const presets = loadPresets();

describe.each(presets)('auto-layout of $name', ({ doc }) => {
  let down: LayoutResult;
  beforeAll(async () => {
    down = await layoutDocument(engine, doc, { direction: 'DOWN' });
  });

  it('keeps boxes apart, children inside containers, level bands in order, partners on the right, every link routed', () => {
    expect(layoutProblems(doc, down)).toEqual([]);
  });

  it('gives every unit a position and every container a size', () => {
    for (const u of Object.values(doc.units)) expect(down.positions[u.id], u.id).toBeDefined();
    const parents = new Set(Object.values(doc.units).map((u) => u.parent));
    for (const id of parents) if (id) expect(down.sizes[id], id).toBeDefined();
  });

  it('gives the same output for the same input', async () => {
    expect(await layoutDocument(engine, doc, { direction: 'DOWN' })).toEqual(down);
  });

  it('lays out left to right as well', async () => {
    const right = await layoutDocument(engine, doc, { direction: 'RIGHT', spacing: 'compact' });
    expect(layoutProblems(doc, right, { direction: 'RIGHT' })).toEqual([]);
  });
});

/** Units sharing a row with `id` (same parent, same top), as a sorted list. */
function rowMates(doc: OrgDoc, r: LayoutResult, id: string): string[] {
  const d = applyResult(doc, r);
  const me = d.units[id]!;
  return Object.values(d.units)
    .filter(
      (u) =>
        u.id !== id && u.parent === me.parent && Math.abs(u.position!.y - me.position!.y) < 0.5,
    )
    .map((u) => u.id)
    .sort();
}

describe('a dotted line does not change the tree', () => {
  const { doc } = presets.find((p) => p.name === 'unmiss-ocwg')!;
  // A strategic and a tactical unit in the same container, and a pair across containers.
  const pairs: [string, string][] = [
    ['hom', 'jon-ca'],
    ['dsrsg-pol', 'jon-csb-ca'],
  ];

  it.each(pairs)(
    'coordination between %s and %s leaves both in their bands and rows',
    async (s, t) => {
      expect(levelOf(doc.units[s]!)).toBe('strategic');
      expect(levelOf(doc.units[t]!)).toBe('tactical');
      const link = {
        id: `test-${s}-${t}`,
        kind: 'coordinates-with' as const,
        source: s,
        target: t,
      };
      expect(canConnect(doc, s, t, link.kind)).toEqual({ ok: true });
      const withLink = produce(doc, (d) => commands.addLink(d, link));
      const before = await layoutDocument(engine, doc);
      const after = await layoutDocument(engine, withLink);
      expect(layoutProblems(withLink, after)).toEqual([]);
      for (const id of [s, t])
        expect(rowMates(withLink, after, id), id).toEqual(rowMates(doc, before, id));
    },
  );

  it('ranks come from levels and hierarchical links only', () => {
    const rankOf = (g: ReturnType<typeof toElkGraph>) => {
      const out: Record<string, string | undefined> = {};
      const walk = (n: ReturnType<typeof toElkGraph>) => {
        for (const c of n.children ?? []) {
          if (doc.units[c.id]) out[c.id] = c.layoutOptions?.['elk.partitioning.partition'];
          walk(c);
        }
      };
      walk(g);
      return out;
    };
    const dotted = produce(doc, (d) => {
      commands.addLink(d, {
        id: 'extra-1',
        kind: 'coordinates-with',
        source: 'hom',
        target: 'jon-ca',
      });
      commands.addLink(d, { id: 'extra-2', kind: 'feeds', source: 'jon-poc', target: 'joc' });
    });
    expect(rankOf(toElkGraph(dotted))).toEqual(rankOf(toElkGraph(doc)));
  });
});
