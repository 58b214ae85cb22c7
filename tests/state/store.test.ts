import { describe, expect, it } from 'vitest';
import { commands } from '../../src/model';
import { createEditorStore, HISTORY_LIMIT, MERGE_WINDOW_MS } from '../../src/state';
import { doc, link, unit } from '../fixtures/builders';

function sample(n = 80) {
  const units = Array.from({ length: n }, (_, i) =>
    unit('civil-affairs', `u${i}`, { position: { x: i * 10, y: 0 } }),
  );
  return doc([unit('hom', 'hom'), ...units], [link('reports-to', 'u0', 'hom')]);
}

describe('createEditorStore', () => {
  it('records one undo step per edit and undoes and redoes it', () => {
    const store = createEditorStore(sample(3));
    const first = store.getState().doc;
    store.getState().edit((d) => commands.updateUnit(d, 'u1', { label: 'Changed' }));
    expect(store.getState().history.past).toHaveLength(1);
    store.getState().undo();
    expect(store.getState().doc).toBe(first);
    store.getState().redo();
    expect(store.getState().doc.units.u1!.label).toBe('Changed');
  });

  it('collapses a whole drag into one step, and keeps every unmoved unit the same object', () => {
    const store = createEditorStore(sample());
    const before = store.getState().doc;
    store.getState().beginGesture();
    for (let step = 1; step <= 60; step++) {
      store
        .getState()
        .edit((d) => commands.moveUnits(d, [{ id: 'u5', position: { x: 50 + step, y: step } }]), {
          transient: true,
        });
      const now = store.getState().doc;
      for (const id of Object.keys(before.units)) {
        if (id !== 'u5') expect(now.units[id]).toBe(before.units[id]);
      }
      expect(now.links).toBe(before.links);
    }
    expect(store.getState().history.past).toHaveLength(0);
    store.getState().endGesture();
    expect(store.getState().history.past).toHaveLength(1);
    store.getState().undo();
    expect(store.getState().doc).toBe(before);
  });

  it('records nothing for a gesture that changed nothing', () => {
    const store = createEditorStore(sample(2));
    store.getState().beginGesture();
    store.getState().endGesture();
    expect(store.getState().history.past).toHaveLength(0);
  });

  it('merges a burst of edits with the same key, but not edits with different keys or far apart', () => {
    const store = createEditorStore(sample(2));
    const s = store.getState();
    for (const label of ['A', 'AB', 'ABC'])
      s.edit((d) => commands.updateUnit(d, 'u0', { label }), { merge: 'edit:u0:label' });
    expect(store.getState().history.past).toHaveLength(1);
    s.edit((d) => commands.updateUnit(d, 'u1', { label: 'X' }), { merge: 'edit:u1:label' });
    expect(store.getState().history.past).toHaveLength(2);
    store.setState({
      history: { ...store.getState().history, lastAt: Date.now() - MERGE_WINDOW_MS - 10 },
    });
    s.edit((d) => commands.updateUnit(d, 'u1', { label: 'XY' }), { merge: 'edit:u1:label' });
    expect(store.getState().history.past).toHaveLength(3);
  });

  it('keeps at least 200 steps of history', () => {
    const store = createEditorStore(sample(1));
    for (let i = 0; i < 250; i++)
      store.getState().edit((d) => commands.updateUnit(d, 'u0', { label: `L${i}` }));
    expect(HISTORY_LIMIT).toBeGreaterThanOrEqual(200);
    let undone = 0;
    while (store.getState().history.past.length) {
      store.getState().undo();
      undone++;
    }
    expect(undone).toBe(250);
    expect(store.getState().doc.units.u0!.label).toBe('u0');
  });

  it('leaves selection and view out of history, and drops deleted ids from the selection', () => {
    const store = createEditorStore(sample(3));
    store.getState().select({ units: ['u1', 'u2'] });
    expect(store.getState().history.past).toHaveLength(0);
    store.getState().edit((d) => commands.removeUnits(d, ['u1']));
    expect(store.getState().view.selection.units).toEqual(['u2']);
    store.getState().undo();
    expect(store.getState().view.selection.units).toEqual(['u2']);
  });

  it('load replaces the document and clears history', () => {
    const store = createEditorStore(sample(2));
    store.getState().edit((d) => commands.updateUnit(d, 'u0', { label: 'x' }));
    const other = sample(5);
    store.getState().load(other);
    expect(store.getState().doc).toBe(other);
    expect(store.getState().history.past).toHaveLength(0);
  });
});

describe('a layout preview on screen', () => {
  const previewing = () => {
    const store = createEditorStore(doc([unit('hom'), unit('joc')]));
    store.getState().edit((d) => commands.moveUnits(d, [{ id: 'joc', position: { x: 5, y: 5 } }]));
    const committed = store.getState().doc;
    store.getState().setView({ layout: { ...store.getState().view.layout, preview: true } });
    store.getState().beginGesture();
    store
      .getState()
      .edit((d) => commands.moveUnits(d, [{ id: 'joc', position: { x: 300, y: 300 } }]), {
        transient: true,
      });
    return { store, committed, preview: store.getState().doc };
  };

  it('freezes the document: edits and undo are refused with a notice', () => {
    const { store, preview } = previewing();
    store.getState().edit((d) => commands.updateUnit(d, 'hom', { label: 'changed' }));
    expect(store.getState().doc).toBe(preview);
    expect(store.getState().view.notice?.text).toMatch(/being laid out/);
    store.getState().undo();
    expect(store.getState().doc).toBe(preview);
  });

  it('cancelGesture puts back the document as it was, unrecorded', () => {
    const { store, committed } = previewing();
    const past = store.getState().history.past.length;
    store.getState().cancelGesture();
    expect(store.getState().doc).toBe(committed);
    expect(store.getState().gestureBase).toBeUndefined();
    expect(store.getState().history.past.length).toBe(past);
  });
});
