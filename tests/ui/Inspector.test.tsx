// @vitest-environment jsdom
import '../setup-dom';
import { describe, expect, it } from 'vitest';
import { act, fireEvent, screen, within } from '@testing-library/react';
import { createEditorStore } from '../../src/state';
import type { EditorStore } from '../../src/state';
import { Inspector } from '../../src/ui/Inspector';
import { doc, link, unit } from '../fixtures/builders';
import { renderWithStore } from './render-with-store';

function setup(select: { units?: string[]; links?: string[] }) {
  const store = createEditorStore(
    doc(
      [
        unit('poc-adviser', 'adv', {
          label: 'POC Adviser',
          provenance: { status: 'verified', sources: ['S4', 'S15'] },
        }),
        unit('joc', 'joc', { label: 'JOC' }),
        unit('jmac', 'jmac', { label: 'JMAC', level: 'strategic' }),
        unit('poc-wg', 'wg', { label: 'POC Working Group' }),
      ],
      [link('member-of', 'joc', 'wg'), link('coordinates-with', 'joc', 'jmac')],
    ),
  );
  store.getState().select({ units: select.units ?? [], links: select.links ?? [] });
  renderWithStore(store, <Inspector />);
  return { store, panel: screen.getByRole('region', { name: 'Properties' }) };
}

/** Opens a Mantine Select by its accessible name and picks an option by its visible text. */
function choose(panel: HTMLElement, name: string, option: string | RegExp) {
  fireEvent.click(within(panel).getByRole('combobox', { name }));
  fireEvent.click(screen.getByRole('option', { name: option }));
}

const past = (store: EditorStore) => store.getState().history.past.length;

describe('Inspector', () => {
  it('shows the selected unit with its label', () => {
    const { panel } = setup({ units: ['adv'] });
    expect(within(panel).getByRole('textbox', { name: 'Label' })).toHaveProperty(
      'value',
      'POC Adviser',
    );
    expect(within(panel).getByText('Verified (S4, S15)')).toBeTruthy();
  });

  it('typing a word in Label is one undo step', () => {
    const { store, panel } = setup({ units: ['adv'] });
    const input = within(panel).getByRole('textbox', { name: 'Label' });
    let text = 'POC Adviser';
    for (const ch of ' Office') {
      text += ch;
      fireEvent.change(input, { target: { value: text } });
    }
    expect(store.getState().doc.units.adv!.label).toBe('POC Adviser Office');
    expect(input).toHaveProperty('value', 'POC Adviser Office');
    expect(past(store)).toBe(1);
    act(() => store.getState().undo());
    expect(within(panel).getByRole('textbox', { name: 'Label' })).toHaveProperty(
      'value',
      'POC Adviser',
    );
  });

  it('changes the level, and choosing the default clears the override', () => {
    const { store, panel } = setup({ units: ['jmac'] });
    choose(panel, 'Level', /Operational \(default\)/);
    expect(store.getState().doc.units.jmac!.level).toBeUndefined();
    choose(panel, 'Level', 'Tactical');
    expect(store.getState().doc.units.jmac!.level).toBe('tactical');
  });

  it('edits a forum purpose in its terms of reference', () => {
    const { store, panel } = setup({ units: ['wg'] });
    const tor = within(panel).getByRole('group', { name: 'Terms of reference' });
    const purpose = within(tor).getByRole('textbox', { name: 'Purpose' });
    fireEvent.change(purpose, { target: { value: 'Turn strategy into action' } });
    expect(store.getState().doc.units.wg!.tor?.purpose).toBe('Turn strategy into action');
    const people = within(tor).getByRole('group', { name: 'Members and observers' });
    expect(within(people).getByText('JOC')).toBeTruthy();
  });

  it('changes the kind of a selected link', () => {
    const id = 'joc>jmac:coordinates-with';
    const { store, panel } = setup({ links: [id] });
    choose(panel, 'Link kind', /^Feeds/);
    expect(store.getState().doc.links[id]!.kind).toBe('feeds');
    expect(past(store)).toBe(1);
  });

  it('sets the level of several units in one undo step', () => {
    const { store, panel } = setup({ units: ['adv', 'joc', 'jmac'] });
    expect(within(panel).getByText('3 units selected')).toBeTruthy();
    expect(within(panel).getByRole('combobox', { name: 'Level' })).toHaveProperty(
      'placeholder',
      'Mixed',
    );
    choose(panel, 'Level', 'Tactical');
    const units = store.getState().doc.units;
    expect([units.adv!.level, units.joc!.level, units.jmac!.level]).toEqual([
      'tactical',
      'tactical',
      'tactical',
    ]);
    expect(past(store)).toBe(1);
  });

  it('edits the document title and description in French beside the English ones', () => {
    const { store, panel } = setup({});
    const titleFr = within(panel).getByRole('textbox', { name: 'Document title (French)' });
    fireEvent.change(titleFr, { target: { value: 'Organigramme de test' } });
    const descriptionFr = within(panel).getByRole('textbox', { name: 'Description (French)' });
    fireEvent.change(descriptionFr, { target: { value: 'Une description' } });
    const d = store.getState().doc;
    expect([d.title, d.titleFr, d.descriptionFr]).toEqual([
      'Test organogram',
      'Organigramme de test',
      'Une description',
    ]);
    // Emptied, the French title is gone again (the English one is used in French).
    fireEvent.change(titleFr, { target: { value: '' } });
    expect('titleFr' in store.getState().doc).toBe(false);
    expect(past(store)).toBe(3);
  });
});
