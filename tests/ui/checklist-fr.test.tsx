// @vitest-environment jsdom
import '../setup-dom';
import { afterEach, describe, expect, it } from 'vitest';
import { act, fireEvent, screen, within } from '@testing-library/react';
import { createEditorStore } from '../../src/state';
import { setLanguage } from '../../src/i18n';
import { ChecklistPanel } from '../../src/ui/checklist/ChecklistPanel';
import { doc, link, unit } from '../fixtures/builders';
import { renderWithStore } from './render-with-store';

// The Checklist panel in both languages: the same findings and questions, its own words from
// checklist.json, and the answer words the planner picks from.

function setup() {
  const store = createEditorStore(
    doc(
      [unit('hom', 'hom', { label: 'Head of Mission' }), unit('joc', 'joc', { label: 'JOC' })],
      [link('reports-to', 'joc', 'hom')],
    ),
  );
  renderWithStore(store, <ChecklistPanel />);
  return store;
}

afterEach(async () => {
  await act(() => setLanguage('en'));
});

describe('Checklist panel', () => {
  it('keeps its English words', () => {
    setup();
    const panel = screen.getByRole('region', { name: 'Checklist' });
    expect(screen.getByTestId('checklist.score').textContent).toMatch(
      /^Score \d+ \/ \d+ \(\d+%\)$/,
    );
    expect(within(panel).getByRole('progressbar', { name: 'Checklist score' })).toBeTruthy();
    expect(within(panel).getByRole('switch', { name: 'Show badges on the canvas' })).toBeTruthy();
    expect(within(panel).getByRole('button', { name: 'Load rule pack' })).toBeTruthy();
    expect(within(panel).getByText(/^\d+ (error|errors)$/)).toBeTruthy();
  });

  it('speaks French, and the answers to a question too', async () => {
    const store = setup();
    await act(() => setLanguage('fr'));
    const panel = screen.getByRole('region', { name: 'Liste de contrôle' });
    expect(screen.getByTestId('checklist.score').textContent).toMatch(
      /^Score \d+ \/ \d+ \(\d+\u00a0%\)$/,
    );
    expect(
      within(panel).getByRole('switch', { name: 'Afficher les pastilles sur le canevas' }),
    ).toBeTruthy();
    expect(within(panel).getByRole('button', { name: 'Charger un jeu de règles' })).toBeTruthy();
    expect(within(panel).getByText(/^\d+ (erreur|erreurs)$/)).toBeTruthy();

    // Answer a question in French (a closed group keeps its questions in the DOM, hidden).
    const question = panel.querySelector<HTMLElement>('[data-testid^="checklist.question."]')!;
    const id = question.dataset.testid!.replace('checklist.question.', '');
    expect(question.querySelector(`[aria-label="Réponse à ${id}"]`)).not.toBeNull();
    fireEvent.click(within(question).getByRole('radio', { name: 'Oui', hidden: true }));
    expect(store.getState().doc.answers[id]?.answer).toBe('yes');
    expect(
      within(question).getByRole('textbox', { name: `Note sur ${id}`, hidden: true }),
    ).toHaveProperty('placeholder', 'Note (facultatif)');
  });
});
