// @vitest-environment jsdom
import '../setup-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { MantineProvider } from '@mantine/core';
import { ReactFlowProvider } from '@xyflow/react';
import type { Step } from '../../src/model';
import { createEditorStore, StoreProvider } from '../../src/state';
import type { EditorStore } from '../../src/state';
import { setLanguage } from '../../src/i18n';
import { Presentation, StepsPanel } from '../../src/ui/present';
import { doc, unit } from '../fixtures/builders';

// The presentation and the Steps tab in French: the interface, and the steps' own French text.

const STEPS: Step[] = [
  {
    id: 's1',
    title: 'Who leads',
    caption: 'The adviser.',
    titleFr: 'Qui dirige',
    captionFr: 'Le conseiller.',
    highlight: ['adv'],
    provenance: { status: 'reconstructed', sources: ['S4'] },
  },
  { id: 's2', title: 'English only', caption: 'Shown in both.', highlight: [] },
];

function storeWith(steps: Step[]): EditorStore {
  const d = doc([
    unit('hom', 'hom', { label: 'HOM', labelFr: 'CM' }),
    unit('poc-adviser', 'adv', { label: 'POC Adviser', labelFr: 'Conseiller PdC' }),
  ]);
  d.titleFr = 'Organigramme d’essai';
  d.steps = steps;
  return createEditorStore(d);
}

afterEach(async () => {
  await setLanguage('en');
});

describe('the presentation in French', () => {
  it('shows the French title and caption, falling back to the English ones', async () => {
    await setLanguage('fr');
    render(
      <MantineProvider env="test">
        <StoreProvider store={storeWith(STEPS)}>
          <Presentation start={0} onExit={vi.fn()} />
        </StoreProvider>
      </MantineProvider>,
    );
    expect(
      screen.getByRole('dialog', { name: 'Présentation\u00a0: Organigramme d’essai' }),
    ).toBeTruthy();
    const caption = screen.getByRole('region', { name: 'Légende' });
    expect(within(caption).getByRole('heading', { name: 'Qui dirige' })).toBeTruthy();
    expect(within(caption).getByText('Le conseiller.')).toBeTruthy();
    // Queries fold the no-break space before the colon; the text itself keeps it.
    expect(caption.textContent).toContain(
      'Résumé dérivé, pas les termes de l’étude · Sources\u00a0: S4',
    );
    expect(screen.getByTestId('present.counter').textContent).toBe('Étape 1 sur 2');
    fireEvent.click(screen.getByRole('button', { name: 'Suivant' }));
    expect(within(caption).getByRole('heading', { name: 'English only' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Précédent' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Quitter la présentation' })).toBeTruthy();
  });
});

function panel(store: EditorStore) {
  render(
    <MantineProvider env="test">
      <StoreProvider store={store}>
        <ReactFlowProvider>
          <StepsPanel onPresent={vi.fn()} />
        </ReactFlowProvider>
      </StoreProvider>
    </MantineProvider>,
  );
}

// The French fields save through commands.updateStep; until that command takes titleFr and
// captionFr, the saving test waits (it runs by itself once the command does).
describe('the Steps tab', () => {
  it('keeps the French fields behind a toggle in English, so the English fields stay unique', () => {
    panel(storeWith(STEPS));
    const region = screen.getByRole('region', { name: 'Steps' });
    const item = within(region).getByRole('listitem', { name: 'Step 1: Who leads' });
    fireEvent.click(within(item).getByRole('button', { name: /Who leads/ }));
    expect(within(item).queryByRole('textbox', { name: 'French title' })).toBeNull();
    const toggle = within(item).getByRole('button', { name: /French text/ });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(toggle);
    expect(within(item).getByRole('textbox', { name: 'French title' })).toHaveProperty(
      'value',
      'Qui dirige',
    );
    expect(within(item).getByRole('textbox', { name: 'French caption' })).toHaveProperty(
      'value',
      'Le conseiller.',
    );
  });

  it('speaks French and shows the French fields open', async () => {
    await setLanguage('fr');
    panel(storeWith(STEPS));
    const region = screen.getByRole('region', { name: 'Étapes' });
    expect(within(region).getByText('2 étapes')).toBeTruthy();
    expect(within(region).getByRole('button', { name: 'Ajouter une étape' })).toBeTruthy();
    const item = within(region).getByRole('listitem', { name: 'Étape 1\u00a0: Qui dirige' });
    expect(within(item).getByText('Le conseiller.')).toBeTruthy();
    fireEvent.click(within(item).getByRole('button', { name: /Qui dirige/ }));
    expect(within(item).getByRole('textbox', { name: 'Titre de l’étape' })).toHaveProperty(
      'value',
      'Who leads',
    );
    expect(within(item).getByRole('textbox', { name: 'Titre en français' })).toBeTruthy();
    expect(within(item).getByRole('button', { name: 'Monter' })).toBeTruthy();
  });

  it('saves the French title and caption as one undo step each', () => {
    const store = storeWith([{ id: 's1', title: 'One', caption: '', highlight: [] }]);
    panel(store);
    const item = screen.getByRole('listitem', { name: 'Step 1: One' });
    fireEvent.click(within(item).getByRole('button', { name: /One/ }));
    fireEvent.click(within(item).getByRole('button', { name: /French text/ }));
    const title = within(item).getByRole('textbox', { name: 'French title' });
    fireEvent.change(title, { target: { value: 'U' } });
    fireEvent.change(title, { target: { value: 'Un' } });
    fireEvent.change(within(item).getByRole('textbox', { name: 'French caption' }), {
      target: { value: 'Texte' },
    });
    expect(store.getState().doc.steps[0]).toMatchObject({ titleFr: 'Un', captionFr: 'Texte' });
    expect(store.getState().history.past).toHaveLength(2);
  });
});
