// @vitest-environment jsdom
import '../setup-dom';
import { afterEach, describe, expect, it } from 'vitest';
import { act, fireEvent, screen, within } from '@testing-library/react';
import { createEditorStore } from '../../src/state';
import { setLanguage } from '../../src/i18n';
import { Inspector } from '../../src/ui/Inspector';
import { doc, link, unit } from '../fixtures/builders';
import { renderWithStore } from './render-with-store';

// The Properties panel in French: its own words from inspector.json, the catalogue's and the
// word tables' French, and the user's French labels wherever units are named.

function setup(select: { units?: string[]; links?: string[] }) {
  const store = createEditorStore(
    doc(
      [
        unit('poc-adviser', 'adv', {
          label: 'POC Adviser',
          provenance: { status: 'verified', sources: ['S4'] },
        }),
        unit('joc', 'joc', { label: 'Joint Operations Centre', labelFr: 'Centre des opérations' }),
        unit('jmac', 'jmac', { label: 'JMAC', provenance: { status: 'reconstructed' } }),
        unit('poc-wg', 'wg', { label: 'POC Working Group' }),
      ],
      [link('member-of', 'joc', 'wg'), link('coordinates-with', 'joc', 'jmac')],
    ),
  );
  store.getState().select({ units: select.units ?? [], links: select.links ?? [] });
  renderWithStore(store, <Inspector />);
  return { store, panel: () => screen.getByRole('region', { name: /^(Properties|Propriétés)$/ }) };
}

afterEach(async () => {
  await act(() => setLanguage('en'));
});

describe('Inspector in French', () => {
  it('switches its words with the language, and keeps the English label in the Label field', async () => {
    const { panel } = setup({ units: ['joc'] });
    expect(within(panel()).getByRole('textbox', { name: 'Label' })).toBeTruthy();
    await act(() => setLanguage('fr'));
    const p = screen.getByRole('region', { name: 'Propriétés' });
    expect(within(p).getByRole('textbox', { name: 'Libellé' })).toHaveProperty(
      'value',
      'Joint Operations Centre',
    );
    expect(within(p).getByRole('textbox', { name: 'Libellé (français)' })).toHaveProperty(
      'value',
      'Centre des opérations',
    );
    expect(within(p).getByText('Centre d’opérations conjoint')).toBeTruthy();
    expect(
      within(p).getByRole('heading', { name: 'Ajouter un lien depuis cette unité' }),
    ).toBeTruthy();
    expect(within(p).getByRole('button', { name: 'Ajouter le lien' })).toBeTruthy();
  });

  it('says where a unit comes from in French', async () => {
    await act(() => setLanguage('fr'));
    setup({ units: ['adv'] });
    expect(screen.getByTestId('inspector.provenance').textContent).toBe('Vérifié (S4)');
    await act(() => setLanguage('en'));
    expect(screen.getByTestId('inspector.provenance').textContent).toBe('Verified (S4)');
  });

  it('reads a link in French, naming units by their French labels', async () => {
    await act(() => setLanguage('fr'));
    const { panel } = setup({ links: ['joc>jmac:coordinates-with'] });
    const p = panel();
    expect(within(p).getByRole('heading', { name: 'Se coordonne avec' })).toBeTruthy();
    expect(within(p).getByText('De :', { exact: false }).textContent).toBe(
      'De\u00a0: Centre des opérations',
    );
    expect(within(p).getByRole('combobox', { name: 'Type de lien' })).toHaveProperty(
      'value',
      'Se coordonne avec',
    );
    expect(within(p).getByRole('button', { name: 'Inverser le sens' })).toBeTruthy();
  });

  it('counts a multiple selection and offers the levels in French', async () => {
    await act(() => setLanguage('fr'));
    const { store, panel } = setup({ units: ['adv', 'joc'], links: ['joc>wg:member-of'] });
    const p = panel();
    expect(within(p).getByText('2 unités et 1 lien sélectionnés')).toBeTruthy();
    fireEvent.click(within(p).getByRole('combobox', { name: 'Niveau' }));
    fireEvent.click(screen.getByRole('option', { name: 'Tactique' }));
    expect(store.getState().doc.units.joc!.level).toBe('tactical');
  });

  it('names the fields of the document and its French twins in French', async () => {
    await act(() => setLanguage('fr'));
    const { store, panel } = setup({});
    const p = panel();
    expect(within(p).getByRole('heading', { name: 'Cet organigramme' })).toBeTruthy();
    fireEvent.change(within(p).getByRole('textbox', { name: 'Titre du document (français)' }), {
      target: { value: 'Organigramme' },
    });
    expect(store.getState().doc.titleFr).toBe('Organigramme');
    expect(within(p).getByRole('textbox', { name: 'Description (français)' })).toBeTruthy();
  });
});
