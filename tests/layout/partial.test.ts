import { beforeAll, describe, expect, it } from 'vitest';
import { produce } from 'immer';
import { absolutePosition, commands, LEVELS, levelOf, sizeOf } from '../../src/model';
import type { OrgDoc } from '../../src/model';
import { layoutDocument } from '../../src/layout/engine';
import { layoutPatch } from '../../src/layout/patch';
import type { LayoutResult } from '../../src/layout/types';
import { layoutProblems, loadPresets } from './checks';
import type { Box } from './checks';
import { nodeEngine } from './node-engine';

const engine = nodeEngine();
const preset = loadPresets().find((p) => p.name === 'unmiss-ocwg')!.doc;

/** Applies the moves the way the editor's command will. */
function applyMoves(doc: OrgDoc, r: LayoutResult): OrgDoc {
  return produce(doc, (d) => {
    for (const m of layoutPatch(doc, r)) {
      d.units[m.id]!.position = m.position;
      if (m.size) d.units[m.id]!.size = m.size;
    }
  });
}

const boxOf = (d: OrgDoc, id: string): Box => ({
  ...absolutePosition(d, id),
  ...sizeOf(d.units[id]!),
});
const overlap = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const topLeft = (d: OrgDoc, ids: string[]) => ({
  x: Math.min(...ids.map((id) => d.units[id]!.position!.x)),
  y: Math.min(...ids.map((id) => d.units[id]!.position!.y)),
});

describe('layoutPatch', () => {
  it('lists a move for every unit that changes and applies to the layout', async () => {
    const r = await layoutDocument(engine, preset);
    const moves = layoutPatch(preset, r);
    expect(moves.length).toBe(Object.keys(preset.units).length); // the preset has no positions yet
    const placed = applyMoves(preset, r);
    for (const [id, p] of Object.entries(r.positions))
      expect(placed.units[id]!.position, id).toEqual(p);
    for (const [id, s] of Object.entries(r.sizes)) expect(placed.units[id]!.size, id).toEqual(s);
    expect(layoutProblems(placed, r)).toEqual([]);
  });

  it('is empty when the document is already laid out (units keep their identity)', async () => {
    const placed = applyMoves(preset, await layoutDocument(engine, preset));
    expect(layoutPatch(placed, await layoutDocument(engine, placed))).toEqual([]);
  });
});

describe('partial layout (only)', () => {
  let laidOut: OrgDoc;
  beforeAll(async () => {
    laidOut = applyMoves(preset, await layoutDocument(engine, preset));
  });

  /** Scatters the given units inside their container (a user dragging them around). */
  const scramble = (d: OrgDoc, ids: string[]) =>
    produce(d, (draft) => {
      ids.forEach((id, i) => {
        draft.units[id]!.position = { x: 40 + ((i * 97) % 300), y: 60 + ((i * 53) % 120) };
      });
    });

  it('lays out only the selected units, from the top-left of where they were', async () => {
    const sel = ['jon-hoo', 'jon-poc', 'jon-wg', 'jon-ca', 'jon-unpol'];
    const d = scramble(laidOut, sel);
    const r = await layoutDocument(engine, d, { only: sel });
    expect(Object.keys(r.positions).sort()).toEqual([...sel].sort());
    const after = applyMoves(d, r);
    expect(topLeft(after, sel)).toEqual(topLeft(d, sel));
    for (let i = 0; i < sel.length; i++)
      for (let j = i + 1; j < sel.length; j++)
        expect(overlap(boxOf(after, sel[i]!), boxOf(after, sel[j]!)), `${sel[i]} / ${sel[j]}`).toBe(
          false,
        );
    // Bands among the selection, and routes for the links among them.
    for (const a of sel)
      for (const b of sel)
        if (LEVELS.indexOf(levelOf(d.units[a]!)) < LEVELS.indexOf(levelOf(d.units[b]!)))
          expect(boxOf(after, a).y + boxOf(after, a).height).toBeLessThanOrEqual(boxOf(after, b).y);
    const among = Object.values(d.links).filter(
      (l) => sel.includes(l.source) && sel.includes(l.target),
    );
    expect(among.length).toBeGreaterThan(0);
    for (const l of among) expect(r.routes[l.id]?.length, l.id).toBeGreaterThanOrEqual(2);
    // Everything else stays where it was.
    for (const u of Object.values(d.units))
      if (!sel.includes(u.id))
        expect(after.units[u.id]!.position, u.id).toEqual(d.units[u.id]!.position);
  });

  it('brings a selected container’s units along and keeps them inside it', async () => {
    const sel = ['jon-csb', 'jon-bn'];
    const r = await layoutDocument(engine, laidOut, { only: sel });
    expect(Object.keys(r.positions).sort()).toEqual(['jon-bn', 'jon-cob', 'jon-csb', 'jon-csb-ca']);
    expect(r.sizes['jon-csb']).toBeDefined();
    const after = applyMoves(laidOut, r);
    const csb = boxOf(after, 'jon-csb');
    for (const id of ['jon-cob', 'jon-csb-ca']) {
      const b = boxOf(after, id);
      expect(
        b.x >= csb.x &&
          b.y >= csb.y &&
          b.x + b.width <= csb.x + csb.width &&
          b.y + b.height <= csb.y + csb.height,
        id,
      ).toBe(true);
    }
  });

  it('anchors each parent’s group separately and grows a container that became too small', async () => {
    const sel = ['uni-hoo', 'uni-poc', 'uni-wg', 'hom', 'cos'];
    const tight = produce(laidOut, (d) => {
      d.units.uni!.size = { width: 250, height: 150 };
    });
    const r = await layoutDocument(engine, tight, { only: sel });
    const after = applyMoves(tight, r);
    expect(topLeft(after, ['uni-hoo', 'uni-poc', 'uni-wg'])).toEqual(
      topLeft(tight, ['uni-hoo', 'uni-poc', 'uni-wg']),
    );
    expect(topLeft(after, ['hom', 'cos'])).toEqual(topLeft(tight, ['hom', 'cos']));
    const uni = boxOf(after, 'uni');
    for (const id of ['uni-hoo', 'uni-poc', 'uni-wg']) {
      const b = boxOf(after, id);
      expect(b.x + b.width <= uni.x + uni.width && b.y + b.height <= uni.y + uni.height, id).toBe(
        true,
      );
    }
    expect(r.sizes.uni!.width).toBeGreaterThan(250);
  });

  it('handles units that have no position yet, and links to units outside the selection', async () => {
    const fresh = produce(preset, (d) => {
      commands.addLink(d, { id: 'x-1', kind: 'coordinates-with', source: 'joc', target: 'jmac' });
    });
    const r = await layoutDocument(engine, fresh, { only: ['joc', 'jmac', 'jloc'] });
    expect(Object.keys(r.positions).sort()).toEqual(['jloc', 'jmac', 'joc']);
    expect(r.routes['x-1']?.length).toBeGreaterThanOrEqual(2);
    const inSel = (id: string) => ['joc', 'jmac', 'jloc'].includes(id);
    for (const id of Object.keys(r.routes))
      expect(inSel(fresh.links[id]!.source) && inSel(fresh.links[id]!.target), id).toBe(true);
  });
});
