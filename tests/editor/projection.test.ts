import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import { commands } from '../../src/model';
import { docToFlow } from '../../src/editor';
import { doc, link, unit } from '../fixtures/builders';

const none = { units: [], links: [] };

describe('docToFlow', () => {
  const d = doc(
    [
      unit('hom', 'hom', { position: { x: 0, y: 0 } }),
      unit('field-office', 'fo', { position: { x: 0, y: 200 }, size: { width: 400, height: 200 } }),
      unit('hoo', 'hoo', { parent: 'fo', position: { x: 10, y: 40 } }),
      unit('field-poc-wg', 'wg', { parent: 'fo', position: { x: 200, y: 40 } }),
    ],
    [link('chairs', 'hoo', 'wg'), link('reports-to', 'hoo', 'hom')],
  );

  it('maps units to typed nodes with parents before children, and links to link edges', () => {
    const { nodes, edges } = docToFlow(d, none);
    expect(nodes.map((n) => [n.id, n.type, n.parentId])).toEqual([
      ['hom', 'unit', undefined],
      ['fo', 'container', undefined],
      ['hoo', 'unit', 'fo'],
      ['wg', 'forum', 'fo'],
    ]);
    expect(nodes.find((n) => n.id === 'fo')).toMatchObject({ width: 400, height: 200 });
    expect(edges.map((e) => [e.source, e.target, e.type])).toEqual([
      ['hoo', 'wg', 'link'],
      ['hoo', 'hom', 'link'],
    ]);
    expect(edges[1]!.markerEnd).toBeDefined();
    expect(edges[0]!.markerEnd).toBeUndefined();
  });

  it('reuses the node and edge objects of units and links that did not change', () => {
    const a = docToFlow(d, none);
    const moved = produce(d, (x) =>
      commands.moveUnits(x, [{ id: 'hoo', position: { x: 20, y: 50 } }]),
    );
    const b = docToFlow(moved, none);
    for (const id of ['hom', 'fo', 'wg'])
      expect(b.nodes.find((n) => n.id === id)).toBe(a.nodes.find((n) => n.id === id));
    expect(b.nodes.find((n) => n.id === 'hoo')).not.toBe(a.nodes.find((n) => n.id === 'hoo'));
    expect(b.edges[0]).toBe(a.edges[0]);
  });

  it('marks selected units and links and rebuilds only those', () => {
    const a = docToFlow(d, none);
    const b = docToFlow(d, { units: ['wg'], links: ['hoo>hom:reports-to'] });
    expect(b.nodes.find((n) => n.id === 'wg')!.selected).toBe(true);
    expect(b.nodes.find((n) => n.id === 'hom')).toBe(a.nodes.find((n) => n.id === 'hom'));
    expect(b.edges.find((e) => e.id === 'hoo>hom:reports-to')!.selected).toBe(true);
  });
});
