// @vitest-environment jsdom
import '../setup-dom';
import { describe, expect, it } from 'vitest';
import { fireEvent, screen, within } from '@testing-library/react';
import { createEditorStore } from '../../src/state';
import { Inspector } from '../../src/ui/Inspector';
import { doc, link, unit } from '../fixtures/builders';
import { renderWithStore } from './render-with-store';

function setup(selected: string) {
  const store = createEditorStore(
    doc(
      [
        unit('hom', 'hom', { label: 'Head of Mission' }),
        unit('joc', 'joc', { label: 'Joint Operations Centre' }),
        unit('jmac', 'jmac', { label: 'JMAC' }),
        unit('poc-wg', 'wg', { label: 'POC Working Group' }),
        unit('mission-hq', 'hq', { label: 'Mission HQ' }),
      ],
      [link('reports-to', 'jmac', 'hom')],
    ),
  );
  store.getState().select({ units: [selected], links: [] });
  renderWithStore(store, <Inspector />);
  const panel = screen.getByRole('region', { name: 'Properties' });
  const pick = (name: string, option: string | RegExp) => {
    fireEvent.click(within(panel).getByRole('combobox', { name }));
    fireEvent.click(screen.getByRole('option', { name: option }));
  };
  const add = () => within(panel).getByRole('button', { name: 'Add link' });
  return { store, panel, pick, add };
}

describe('Add link (inspector)', () => {
  it('defaults the kind from the target and adds the link as one undo step', () => {
    const { store, panel, pick, add } = setup('joc');
    expect(add()).toHaveProperty('disabled', true);
    pick('Link target', 'POC Working Group (POC WG)');
    expect(within(panel).getByRole('combobox', { name: 'Link kind' })).toHaveProperty(
      'value',
      'Member of',
    );
    fireEvent.click(add());
    const links = Object.values(store.getState().doc.links);
    expect(links.find((l) => l.source === 'joc')).toMatchObject({
      kind: 'member-of',
      target: 'wg',
      provenance: { status: 'user' },
    });
    expect(store.getState().history.past.length).toBe(1);
    // The unit stays selected, ready for the next link.
    expect(store.getState().view.selection.units).toEqual(['joc']);
  });

  it('shows why a link is refused and keeps the button disabled', () => {
    const { store, panel, pick, add } = setup('jmac');
    pick('Link target', 'Head of Mission (HOM)');
    pick('Link kind', 'Reports to');
    const kind = within(panel).getByRole('combobox', { name: 'Link kind' });
    expect(kind.getAttribute('aria-invalid')).toBe('true');
    expect(within(panel).getByText(/already reports to Head of Mission/)).toBeTruthy();
    expect(add()).toHaveProperty('disabled', true);
    expect(Object.keys(store.getState().doc.links)).toHaveLength(1);
  });

  it('offers no containers as targets', () => {
    const { panel } = setup('joc');
    fireEvent.click(within(panel).getByRole('combobox', { name: 'Link target' }));
    expect(screen.queryByRole('option', { name: /Mission HQ/ })).toBeNull();
  });

  it('has no Add link section for a container', () => {
    const { panel } = setup('hq');
    expect(within(panel).queryByRole('button', { name: 'Add link' })).toBeNull();
  });
});
