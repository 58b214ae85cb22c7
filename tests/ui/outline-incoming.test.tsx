// @vitest-environment jsdom
import '../setup-dom';
import { afterEach, describe, expect, it } from 'vitest';
import { act, fireEvent, screen, within } from '@testing-library/react';
import { createEditorStore } from '../../src/state';
import { setLanguage } from '../../src/i18n';
import { Outline } from '../../src/ui/outline/Outline';
import { incomingWords, linkWords, visibleRows } from '../../src/ui/outline/tree';
import { doc, link, unit } from '../fixtures/builders';
import { renderWithStore } from './render-with-store';

// Under each unit the Outline lists the links it starts and then those that end at it, so a
// reader of the tree alone learns who reports to whom from either end.

const sample = () =>
  doc(
    [
      unit('hom', 'hom', { label: 'Head of Mission', labelFr: 'Chef de mission' }),
      unit('joc', 'joc', { label: 'Joint Operations Centre', labelFr: 'Centre des opérations' }),
      unit('jmac', 'jmac', { label: 'JMAC' }),
    ],
    [
      link('reports-to', 'joc', 'hom'),
      link('reports-to', 'jmac', 'hom', { label: 'daily', labelFr: 'chaque jour' }),
      link('coordinates-with', 'joc', 'jmac'),
    ],
  );

const texts = (rows: { level: number; short: string; text: string }[]) =>
  rows.map((r) => `${r.level} ${r.short ? `${r.short} ` : ''}${r.text}`);

afterEach(async () => {
  await act(() => setLanguage('en'));
});

describe('incoming links in the outline tree', () => {
  it('lists a unit’s outgoing links, then its incoming ones, as one set of siblings', () => {
    const rows = visibleRows(sample(), new Set(['hom', 'jmac']));
    expect(texts(rows)).toEqual([
      '1 HOM Head of Mission',
      '2 ← Reports to: from Joint Operations Centre',
      '2 ← Reports to: from JMAC (daily)',
      '1 JOC Joint Operations Centre',
      '1 JMAC JMAC',
      '2 reports to Head of Mission (daily)',
      '2 ← Coordinates with: from Joint Operations Centre',
    ]);
    const jmacLinks = rows.filter((r) => r.parentKey === 'jmac');
    expect(jmacLinks.map((r) => [r.key, r.posinset, r.setsize, r.incoming])).toEqual([
      ['link:jmac>hom:reports-to', 1, 2, undefined],
      ['in:joc>jmac:coordinates-with', 2, 2, true],
    ]);
    // A unit with only incoming links can still be opened.
    expect(rows.find((r) => r.id === 'hom')).toMatchObject({ expandable: true, expanded: true });
  });

  it('keeps row keys unique when both ends of a link are open', () => {
    const rows = visibleRows(sample(), new Set(['hom', 'joc', 'jmac']));
    const keys = rows.map((r) => r.key);
    expect(new Set(keys).size).toBe(keys.length);
    // Under HOM (first) as it ends there, then under JOC as it starts there.
    expect(keys.filter((k) => k.endsWith('joc>hom:reports-to'))).toEqual([
      'in:joc>hom:reports-to',
      'link:joc>hom:reports-to',
    ]);
  });

  it('says links in French, with the units’ and the links’ French labels', () => {
    const d = sample();
    expect(incomingWords(d, d.links['jmac>hom:reports-to']!, 'fr')).toBe(
      '← Rend compte à\u00a0: depuis JMAC (chaque jour)',
    );
    expect(linkWords(d, d.links['joc>hom:reports-to']!, 'fr')).toBe(
      'rend compte à Chef de mission',
    );
    expect(texts(visibleRows(d, new Set(['hom']), 'fr')).slice(0, 2)).toEqual([
      '1 Chef de mission Chef de mission',
      '2 ← Rend compte à\u00a0: depuis Centre des opérations',
    ]);
  });
});

function setup() {
  const store = createEditorStore(sample());
  renderWithStore(store, <Outline />);
  const tree = () =>
    within(screen.getByRole('region', { name: /^(Outline|Plan)$/ })).getByRole('tree');
  return { store, tree };
}

describe('Outline with incoming links', () => {
  it('opens a unit with the keyboard and selects an incoming link with Enter', () => {
    const { store, tree } = setup();
    const item = (name: string) => within(tree()).getByRole('treeitem', { name });
    act(() => item('HOM Head of Mission').focus());
    fireEvent.keyDown(tree(), { key: 'ArrowRight' });
    fireEvent.keyDown(tree(), { key: 'ArrowDown' });
    fireEvent.keyDown(tree(), { key: 'ArrowDown' });
    const incoming = item('← Reports to: from JMAC (daily)');
    expect(document.activeElement).toBe(incoming);
    expect(incoming.getAttribute('aria-level')).toBe('2');
    expect(incoming.getAttribute('aria-posinset')).toBe('2');
    expect(incoming.getAttribute('aria-setsize')).toBe('2');
    fireEvent.keyDown(tree(), { key: 'Enter' });
    expect(store.getState().view.selection).toEqual({ units: [], links: ['jmac>hom:reports-to'] });
    expect(incoming.getAttribute('aria-selected')).toBe('true');
    // Left goes back to the unit the link ends at.
    fireEvent.keyDown(tree(), { key: 'ArrowLeft' });
    expect(document.activeElement).toBe(item('HOM Head of Mission'));
  });

  it('marks a selected link at both of its ends', () => {
    const { store, tree } = setup();
    act(() => store.getState().select({ units: [], links: ['joc>jmac:coordinates-with'] }));
    // Selecting a link opens its source; open its target too, with a click on its toggle.
    const jmac = within(tree()).getByRole('treeitem', { name: 'JMAC JMAC' });
    fireEvent.click(jmac.querySelector('.outline__toggle')!);
    const both = ['coordinates with JMAC', '← Coordinates with: from Joint Operations Centre'].map(
      (name) => within(tree()).getByRole('treeitem', { name }),
    );
    expect(both.map((el) => el.getAttribute('aria-selected'))).toEqual(['true', 'true']);
  });

  it('speaks French when the app does', async () => {
    const { tree } = setup();
    await act(() => setLanguage('fr'));
    expect(screen.getByRole('region', { name: 'Plan' })).toBeTruthy();
    expect(tree().getAttribute('aria-label')).toBe('Unités et liens');
    act(() =>
      within(tree()).getByRole('treeitem', { name: 'Chef de mission Chef de mission' }).focus(),
    );
    fireEvent.keyDown(tree(), { key: 'ArrowRight' });
    expect(
      within(tree()).getByRole('treeitem', {
        name: '← Rend compte à\u00a0: depuis Centre des opérations',
      }),
    ).toBeTruthy();
  });
});
