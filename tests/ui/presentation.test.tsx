// @vitest-environment jsdom
import '../setup-dom';
import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { MantineProvider } from '@mantine/core';
import { createEditorStore, StoreProvider } from '../../src/state';
import type { Step } from '../../src/model';
import { Presentation } from '../../src/ui/present';
import {
  clipToChart,
  fitViewport,
  presentationSteps,
  stepBounds,
} from '../../src/ui/present/steps';
import { doc, unit } from '../fixtures/builders';

const UNITS = [
  unit('hom', 'hom', { label: 'HOM', position: { x: 0, y: 0 } }),
  unit('poc-adviser', 'adv', { label: 'POC Adviser', position: { x: 400, y: 200 } }),
];
const STEPS: Step[] = [
  { id: 's1', title: 'First', caption: '<b>not bold</b>', highlight: ['hom'] },
  {
    id: 's2',
    title: 'Second',
    caption: 'Two',
    highlight: ['adv'],
    provenance: { status: 'reconstructed', sources: ['S4'] },
  },
  { id: 's3', title: 'Third', caption: 'Three', highlight: [] },
];

function present(steps: Step[] = STEPS, start = 0) {
  const d = doc(UNITS);
  d.steps = steps;
  const onExit = vi.fn();
  render(
    <MantineProvider env="test">
      <StoreProvider store={createEditorStore(d)}>
        <Presentation start={start} onExit={onExit} />
      </StoreProvider>
    </MantineProvider>,
  );
  const counter = () => screen.getByTestId('present.counter').textContent;
  const caption = () => screen.getByRole('region', { name: 'Caption' });
  return { onExit, counter, caption };
}
const key = (k: string) => fireEvent.keyDown(window, { key: k });

describe('Presentation', () => {
  it('walks forward and back with the keyboard map, clamped at both ends', () => {
    const { counter } = present();
    expect(counter()).toBe('Step 1 of 3');
    for (const [k, want] of [
      ['ArrowRight', 2],
      ['ArrowRight', 3],
      ['PageDown', 3],
      ['ArrowLeft', 2],
      ['PageUp', 1],
      ['ArrowUp', 1],
      ['End', 3],
      ['Backspace', 2],
      ['Home', 1],
      ['ArrowDown', 2],
      [' ', 3],
      ['Enter', 3],
    ] as const) {
      key(k);
      expect(counter(), k).toBe(`Step ${want} of 3`);
    }
  });

  it('shows captions as plain text and says when a summary is derived', () => {
    const { caption } = present();
    expect(within(caption()).getByRole('heading', { name: 'First' })).toBeTruthy();
    expect(within(caption()).getByText('<b>not bold</b>')).toBeTruthy();
    expect(caption().querySelector('b')).toBeNull();
    expect(within(caption()).queryByText(/Derived summary/)).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    expect(
      within(caption()).getByText("Derived summary, not the study's words · Sources: S4"),
    ).toBeTruthy();
  });

  it('starts at the step asked for, and Previous is disabled on the first', () => {
    const { counter } = present(STEPS, 2);
    expect(counter()).toBe('Step 3 of 3');
    expect(screen.getByRole('button', { name: 'Next' })).toHaveProperty('disabled', true);
    fireEvent.click(screen.getByRole('button', { name: 'Previous' }));
    expect(counter()).toBe('Step 2 of 3');
  });

  it('presents a document without steps as one untitled step titled by the document', () => {
    const { counter, caption } = present([]);
    expect(counter()).toBe('Step 1 of 1');
    expect(within(caption()).getByRole('heading', { name: 'Test organogram' })).toBeTruthy();
  });

  it('exits on Escape, on the button, and when full screen is left', () => {
    const a = present();
    key('Escape');
    expect(a.onExit).toHaveBeenCalledTimes(1);
    fireEvent.click(screen.getByRole('button', { name: 'Exit presentation' }));
    expect(a.onExit).toHaveBeenCalledTimes(2);
    // Entering full screen, then leaving it by the browser's own means, ends the presentation.
    const fs = { el: null as Element | null };
    Object.defineProperty(document, 'fullscreenElement', { configurable: true, get: () => fs.el });
    fs.el = document.documentElement;
    fireEvent(document, new Event('fullscreenchange'));
    expect(a.onExit).toHaveBeenCalledTimes(2);
    fs.el = null;
    fireEvent(document, new Event('fullscreenchange'));
    expect(a.onExit).toHaveBeenCalledTimes(3);
    delete (document as { fullscreenElement?: unknown }).fullscreenElement;
  });
});

describe('step geometry', () => {
  const d = doc(UNITS);
  it('bounds a step by its view, else its units, else the whole chart', () => {
    const view = { x: 1, y: 2, width: 3, height: 4 };
    expect(stepBounds(d, { ...STEPS[0]!, view })).toBe(view);
    expect(stepBounds(d, STEPS[1]!)).toEqual({ x: 400, y: 200, width: 168, height: 64 });
    expect(stepBounds(d, STEPS[2]!)).toEqual({ x: 0, y: 0, width: 568, height: 264 });
    expect(presentationSteps(d)).toHaveLength(1);
  });

  it('centres a rectangle in the pane within the zoom limits', () => {
    expect(fitViewport({ x: 0, y: 0, width: 100, height: 50 }, 1000, 1000, 0)).toEqual({
      x: 425,
      y: 462.5,
      zoom: 1.5,
    });
    const vp = fitViewport({ x: 100, y: 0, width: 2000, height: 500 }, 1000, 500, 0);
    expect(vp.zoom).toBe(0.5);
    expect(vp.x + (100 + 1000) * vp.zoom).toBe(500);
  });

  it('clips a kept view to the chart, so blank margins are not kept', () => {
    const area = { x: -500, y: -500, width: 2000, height: 2000 };
    expect(clipToChart(d, area)).toEqual({ x: 0, y: 0, width: 568, height: 264 });
    const inside = { x: 10, y: 10, width: 50, height: 50 };
    expect(clipToChart(d, inside)).toEqual(inside);
  });
});
