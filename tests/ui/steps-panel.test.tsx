// @vitest-environment jsdom
import '../setup-dom';
import { describe, expect, it, vi } from 'vitest';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { MantineProvider } from '@mantine/core';
import { ReactFlowProvider } from '@xyflow/react';
import { createEditorStore, StoreProvider } from '../../src/state';
import type { EditorStore } from '../../src/state';
import type { Step } from '../../src/model';
import { StepsPanel } from '../../src/ui/present';
import { doc, unit } from '../fixtures/builders';

/** A store with four units and the given steps; the panel renders inside the app's providers. */
function setup(steps: Step[] = [], selection: string[] = []) {
  const d = doc([
    unit('poc-adviser', 'adv', { label: 'POC Adviser' }),
    unit('joc', 'joc', { label: 'JOC' }),
    unit('jmac', 'jmac', { label: 'JMAC' }),
    unit('poc-wg', 'wg', { label: 'POC Working Group' }),
  ]);
  d.steps = steps;
  const store = createEditorStore(d);
  store.getState().select({ units: selection });
  const onPresent = vi.fn();
  render(
    <MantineProvider env="test">
      <StoreProvider store={store}>
        <ReactFlowProvider>
          <StepsPanel onPresent={onPresent} />
        </ReactFlowProvider>
      </StoreProvider>
    </MantineProvider>,
  );
  return { store, onPresent, panel: screen.getByRole('region', { name: 'Steps' }) };
}

const step = (id: string, title: string, extra: Partial<Step> = {}): Step => ({
  id,
  title,
  caption: `About ${title}`,
  highlight: [],
  ...extra,
});
const steps = (store: EditorStore) => store.getState().doc.steps;
const past = (store: EditorStore) => store.getState().history.past.length;
const card = (panel: HTMLElement, name: string) =>
  within(panel).getByRole('listitem', { name: new RegExp(`^Step \\d+: ${name}$`) });

/** Types text one character at a time, as a user does, into a field. */
function typeInto(field: HTMLElement, text: string) {
  let value = (field as HTMLInputElement).value;
  for (const ch of text) {
    value += ch;
    fireEvent.change(field, { target: { value } });
  }
}

describe('StepsPanel', () => {
  it('adds a step highlighting the selection; typing its title and caption is one undo step each', () => {
    const { store, panel } = setup([], ['adv', 'joc']);
    expect(within(panel).getByText('No steps yet')).toBeTruthy();
    fireEvent.click(within(panel).getByRole('button', { name: 'Add step' }));
    expect(steps(store)).toHaveLength(1);
    expect(steps(store)[0]).toMatchObject({
      highlight: ['adv', 'joc'],
      provenance: { status: 'user' },
    });
    // No canvas on screen in this test, so the step keeps no view: it will fit its units.
    expect(steps(store)[0]!.view).toBeUndefined();
    expect(past(store)).toBe(1);

    const item = card(panel, 'Untitled step');
    typeInto(within(item).getByRole('textbox', { name: 'Step title' }), 'Who leads');
    typeInto(within(item).getByRole('textbox', { name: 'Caption' }), 'The adviser.');
    expect(steps(store)[0]).toMatchObject({ title: 'Who leads', caption: 'The adviser.' });
    expect(past(store)).toBe(3);
    expect(card(panel, 'Who leads')).toBeTruthy();

    act(() => store.getState().undo());
    expect(steps(store)[0]!.caption).toBe('');
    expect(within(panel).getByRole('textbox', { name: 'Caption' })).toHaveProperty('value', '');
    act(() => store.getState().undo());
    act(() => store.getState().undo());
    expect(steps(store)).toEqual([]);
  });

  it('picks highlighted units by label, and undo restores the previous ones', () => {
    const { store, panel } = setup([step('s1', 'One', { highlight: ['adv'] })]);
    fireEvent.click(within(card(panel, 'One')).getByRole('button', { name: /One/ }));
    fireEvent.click(within(panel).getByRole('combobox', { name: 'Highlighted units' }));
    fireEvent.click(screen.getByRole('option', { name: 'JMAC' }));
    expect(steps(store)[0]!.highlight).toEqual(['adv', 'jmac']);
    act(() => store.getState().undo());
    expect(steps(store)[0]!.highlight).toEqual(['adv']);
  });

  it('moves steps up and down, and undo puts them back', () => {
    const { store, panel } = setup([step('s1', 'One'), step('s2', 'Two'), step('s3', 'Three')]);
    const order = () => steps(store).map((s) => s.id);
    expect(within(card(panel, 'One')).getByRole('button', { name: 'Move up' })).toHaveProperty(
      'disabled',
      true,
    );
    fireEvent.click(within(card(panel, 'Three')).getByRole('button', { name: 'Move up' }));
    expect(order()).toEqual(['s1', 's3', 's2']);
    fireEvent.click(within(card(panel, 'One')).getByRole('button', { name: 'Move down' }));
    expect(order()).toEqual(['s3', 's1', 's2']);
    // The list on screen follows the document.
    const titles = within(panel)
      .getAllByRole('listitem')
      .map((li) => li.getAttribute('aria-label'));
    expect(titles).toEqual(['Step 1: Three', 'Step 2: One', 'Step 3: Two']);
    act(() => store.getState().undo());
    expect(order()).toEqual(['s1', 's3', 's2']);
    act(() => store.getState().undo());
    expect(order()).toEqual(['s1', 's2', 's3']);
  });

  it('deletes a step, and undo brings it back', () => {
    const { store, panel } = setup([step('s1', 'One'), step('s2', 'Two')]);
    const before = steps(store);
    fireEvent.click(within(card(panel, 'One')).getByRole('button', { name: 'Delete step' }));
    expect(steps(store).map((s) => s.id)).toEqual(['s2']);
    expect(within(panel).queryByRole('listitem', { name: 'Step 1: One' })).toBeNull();
    act(() => store.getState().undo());
    expect(steps(store)).toBe(before);
  });

  it('clears a kept view, and undo restores it', () => {
    const view = { x: 10, y: 20, width: 800, height: 500 };
    const { store, panel } = setup([step('s1', 'One', { view })]);
    fireEvent.click(within(card(panel, 'One')).getByRole('button', { name: /One/ }));
    fireEvent.click(within(panel).getByRole('button', { name: 'Clear view' }));
    expect(steps(store)[0]).not.toHaveProperty('view');
    expect(within(panel).getByRole('button', { name: 'Clear view' })).toHaveProperty(
      'disabled',
      true,
    );
    act(() => store.getState().undo());
    expect(steps(store)[0]!.view).toEqual(view);
  });

  it('presents from the chosen step', () => {
    const { panel, onPresent } = setup([step('s1', 'One'), step('s2', 'Two')]);
    fireEvent.click(within(card(panel, 'Two')).getByRole('button', { name: 'Present from here' }));
    expect(onPresent).toHaveBeenCalledWith(1);
  });
});
