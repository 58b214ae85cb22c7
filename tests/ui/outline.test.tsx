// @vitest-environment jsdom
import '../setup-dom';
import { describe, expect, it } from 'vitest';
import { act, fireEvent, screen, within } from '@testing-library/react';
import { createEditorStore } from '../../src/state';
import { Outline } from '../../src/ui/outline/Outline';
import { treeMove } from '../../src/ui/outline/navigate';
import {
  defaultExpanded,
  linkWords,
  OPEN_LIMIT,
  revealKeys,
  visibleRows,
} from '../../src/ui/outline/tree';
import { doc, link, unit } from '../fixtures/builders';
import { renderWithStore } from './render-with-store';

const sample = () =>
  doc(
    [
      unit('hom', 'hom', { label: 'Head of Mission' }),
      unit('mission-hq', 'hq', { label: 'Mission HQ' }),
      unit('joc', 'joc', { label: 'Joint Operations Centre', parent: 'hq' }),
      unit('smg-p', 'smg', { label: 'SMG-P', parent: 'hq' }),
    ],
    [link('reports-to', 'joc', 'hom'), link('member-of', 'joc', 'smg')],
  );

const texts = (rows: { level: number; short: string; text: string }[]) =>
  rows.map((r) => `${r.level} ${r.short ? `${r.short} ` : ''}${r.text}`);

describe('outline tree model', () => {
  it('lists containers and units, and a unit\u2019s links in words once it is opened', () => {
    const d = sample();
    expect(texts(visibleRows(d, new Set()))).toEqual([
      '1 HOM Head of Mission',
      '1 Mission HQ Mission HQ',
    ]);
    expect(texts(visibleRows(d, new Set(['hq', 'joc'])))).toEqual([
      '1 HOM Head of Mission',
      '1 Mission HQ Mission HQ',
      '2 JOC Joint Operations Centre',
      '3 reports to Head of Mission',
      '3 member of SMG-P',
      '2 SMG-P SMG-P',
    ]);
    expect(linkWords(d, d.links['joc>smg:member-of']!)).toBe('member of SMG-P');
  });

  it('gives each row its ARIA position, and only expandable rows an expanded state', () => {
    const rows = visibleRows(sample(), new Set(['hq']));
    const joc = rows.find((r) => r.id === 'joc')!;
    expect(joc).toMatchObject({ level: 2, posinset: 1, setsize: 2, parentKey: 'hq' });
    expect(joc.expandable).toBe(true);
    expect(joc.expanded).toBe(false);
    // HOM and SMG-P start no link, but links end at them: those are listed too, so they open.
    expect(rows.find((r) => r.id === 'smg')).toMatchObject({ expandable: true, expanded: false });
    expect(rows.find((r) => r.id === 'hom')).toMatchObject({ expandable: true, expanded: false });
  });

  it('opens top-level containers by default, but nothing in a very large document', () => {
    expect([...defaultExpanded(sample())]).toEqual(['hq']);
    const big = doc([
      unit('mission-hq', 'hq'),
      ...Array.from({ length: OPEN_LIMIT }, (_, i) => unit('joc', `u${i}`, { parent: 'hq' })),
    ]);
    expect(defaultExpanded(big).size).toBe(0);
  });

  it('reveals a unit through its containers, and a link through its source too', () => {
    const d = sample();
    expect(revealKeys(d, { units: ['joc'], links: [] })).toEqual(['hq']);
    expect(revealKeys(d, { units: [], links: ['joc>hom:reports-to'] })).toEqual(['joc', 'hq']);
    expect(revealKeys(d, { units: [], links: [] })).toEqual([]);
  });

  it('follows the WAI-ARIA tree keys', () => {
    const rows = visibleRows(sample(), new Set(['hq']));
    expect(treeMove(rows, 'hom', 'ArrowDown')).toEqual({ type: 'focus', key: 'hq' });
    expect(treeMove(rows, 'hom', 'ArrowUp')).toEqual({ type: 'none' });
    expect(treeMove(rows, 'hq', 'ArrowRight')).toEqual({ type: 'focus', key: 'joc' });
    expect(treeMove(rows, 'joc', 'ArrowRight')).toEqual({ type: 'expand', key: 'joc' });
    expect(treeMove(rows, 'joc', 'ArrowLeft')).toEqual({ type: 'focus', key: 'hq' });
    expect(treeMove(rows, 'hq', 'ArrowLeft')).toEqual({ type: 'collapse', key: 'hq' });
    expect(treeMove(rows, 'joc', 'End')).toEqual({ type: 'focus', key: 'smg' });
    expect(treeMove(rows, 'smg', 'Home')).toEqual({ type: 'focus', key: 'hom' });
    expect(treeMove(rows, 'smg', 'Enter')).toEqual({ type: 'select', key: 'smg' });
  });
});

function setup() {
  const store = createEditorStore(sample());
  renderWithStore(store, <Outline />);
  const tree = within(screen.getByRole('region', { name: 'Outline' })).getByRole('tree');
  return { store, tree };
}

describe('Outline', () => {
  it('moves with the arrow keys, opens a unit, and selects on Enter', () => {
    const { store, tree } = setup();
    const item = (name: string | RegExp) => within(tree).getByRole('treeitem', { name });
    expect(item('HOM Head of Mission').tabIndex).toBe(0);
    act(() => item('HOM Head of Mission').focus());
    fireEvent.keyDown(tree, { key: 'ArrowDown' });
    fireEvent.keyDown(tree, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(item('JOC Joint Operations Centre'));
    fireEvent.keyDown(tree, { key: 'ArrowRight' });
    expect(item('JOC Joint Operations Centre').getAttribute('aria-expanded')).toBe('true');
    expect(item('reports to Head of Mission').getAttribute('aria-level')).toBe('3');
    const focusBefore = store.getState().view.focusRequest;
    fireEvent.keyDown(tree, { key: 'Enter' });
    expect(store.getState().view.selection.units).toEqual(['joc']);
    expect(store.getState().view.focusRequest).toBe(focusBefore + 1);
    expect(item('JOC Joint Operations Centre').getAttribute('aria-selected')).toBe('true');
  });

  it('marks and reveals what is selected on the canvas', () => {
    const { store, tree } = setup();
    expect(within(tree).queryByRole('treeitem', { name: 'member of SMG-P' })).toBeNull();
    act(() => store.getState().select({ units: [], links: ['joc>smg:member-of'] }));
    const link = within(tree).getByRole('treeitem', { name: 'member of SMG-P' });
    expect(link.getAttribute('aria-selected')).toBe('true');
    expect(link.tabIndex).toBe(0);
  });
});
