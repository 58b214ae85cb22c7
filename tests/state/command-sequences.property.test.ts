import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { commands, parseDocument, serializeDocument } from '../../src/model';
import type { OrgDoc } from '../../src/model';
import { editUnitsChecked } from '../../src/ui/inspector/placement';
import { createEditorStore, MERGE_WINDOW_MS } from '../../src/state';
import { doc, link, unit } from '../fixtures/builders';
import { validDocArb } from '../fixtures/random-doc';
import { apply, stepsArb } from './random-edits';

/**
 * Random edit sequences (tests/state/random-edits.ts) through the real store, checked against a
 * model of the undo history: every document the store holds opens again as a file, undo walks
 * back through exactly the recorded steps (merged bursts and gestures as one), and redo walks
 * forward again to the last.
 */

/** The document without its modification time, which every recorded step stamps anew. */
const plain = (d: OrgDoc) => ({ ...d, meta: { ...d.meta, modified: undefined } });
const opens = (d: OrgDoc) => {
  const r = parseDocument(serializeDocument(d));
  expect(r.ok ? [] : r.problems).toEqual([]);
};

describe('random edit sequences through the store', () => {
  let now = Date.UTC(2026, 0, 1);
  beforeAll(() => void vi.useFakeTimers({ toFake: ['Date'], now }));
  afterAll(() => void vi.useRealTimers());

  it('keep every document valid, and undo and redo walk exactly the recorded steps', () => {
    fc.assert(
      fc.property(validDocArb, stepsArb, (first, steps) => {
        const store = createEditorStore(first);
        // The history the store should have: the recorded documents, where we stand, and what the
        // last recorded edit may merge with.
        const model = {
          docs: [first],
          at: 0,
          key: undefined as string | undefined,
          keyAt: -Infinity,
        };
        for (const [op, dt] of steps) {
          now += dt;
          vi.setSystemTime(now);
          const before = store.getState().doc;
          const key = apply(store, op, opens);
          const after = store.getState().doc;
          expect(store.getState().gestureBase).toBeUndefined();
          if (op.t === 'undo' || op.t === 'redo') {
            const to = model.at + (op.t === 'undo' ? -1 : 1);
            if (to >= 0 && to < model.docs.length) model.at = to;
            Object.assign(model, { key: undefined, keyAt: -Infinity });
            expect(plain(after)).toEqual(plain(model.docs[model.at]!));
            continue;
          }
          if (after === before) continue;
          opens(after);
          const merges =
            key !== undefined && key === model.key && now - model.keyAt < MERGE_WINDOW_MS;
          model.docs = model.docs.slice(0, model.at + (merges ? 0 : 1));
          model.docs.push(after);
          model.at = model.docs.length - 1;
          model.keyAt = now;
          if (!merges) model.key = key;
        }
        const last = store.getState().doc;
        for (let i = model.at; i > 0; i--) {
          store.getState().undo();
          expect(plain(store.getState().doc)).toEqual(plain(model.docs[i - 1]!));
        }
        store.getState().undo();
        expect(plain(store.getState().doc)).toEqual(plain(first));
        while (store.getState().history.future.length > 0) store.getState().redo();
        expect(plain(store.getState().doc)).toEqual(plain(model.docs[model.docs.length - 1]!));
        if (model.at === model.docs.length - 1)
          expect(plain(store.getState().doc)).toEqual(plain(last));
      }),
      { numRuns: 120, seed: 20261124 },
    );
  });
});

// The inspector's level and kind pickers go through editUnitsChecked, which refuses a change that
// would leave a link canConnect refuses (the document would save but no longer open).
describe('kind and level changes that would break a link are refused', () => {
  const start = () =>
    createEditorStore(
      doc(
        [unit('force-hq'), unit('battalion', 'bn'), unit('poc-wg', 'wg'), unit('joc')],
        [link('command', 'force-hq', 'bn'), link('chairs', 'joc', 'wg')],
      ),
    );
  it.each([
    ['raising a battalion above its Force HQ', 'bn', { level: 'strategic' as const }, /Command/],
    ['turning the chair of a forum into a forum', 'joc', { kind: 'jpg' }, /forum/],
  ])('%s', (_, id, patch, why) => {
    const store = start();
    const before = store.getState().doc;
    const refusal = editUnitsChecked(store.getState(), [id], (d) =>
      commands.updateUnit(d, id, patch),
    );
    expect(refusal).toMatch(why);
    expect(store.getState().doc).toBe(before);
    opens(store.getState().doc);
  });

  it('lets a harmless level change through', () => {
    const store = start();
    expect(
      editUnitsChecked(store.getState(), ['joc'], (d) =>
        commands.updateUnit(d, 'joc', { level: 'strategic' }),
      ),
    ).toBeUndefined();
    expect(store.getState().doc.units.joc!.level).toBe('strategic');
    opens(store.getState().doc);
  });
});
