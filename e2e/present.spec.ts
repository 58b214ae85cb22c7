import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { expect, SHOTS, test } from './fixtures';

const MODEL_A = 'Model A: POC Adviser as coordinator';
type PresetStep = { id: string; title: string; caption: string; highlight: string[] };
const STEPS = (
  JSON.parse(readFileSync('presets/model-a-poc-adviser.json', 'utf8')) as { steps: PresetStep[] }
).steps;

/** The presentation as an audience sees it: the chart, the caption panel and its counter. */
const stage = (page: Page) => page.getByRole('region', { name: 'Presented chart' });
const caption = (page: Page) => page.getByRole('region', { name: 'Caption' });
const counter = (page: Page) => page.getByTestId('present.counter');
const unitOn = (chart: Locator, id: string) => chart.locator(`.react-flow__node[data-id="${id}"]`);

async function expectStep(page: Page, i: number) {
  const s = STEPS[i]!;
  await expect(counter(page)).toHaveText(`Step ${i + 1} of ${STEPS.length}`);
  await expect(caption(page).getByRole('heading', { name: s.title })).toBeVisible();
  await expect(caption(page)).toContainText(s.caption);
}

test.describe('presentation mode', () => {
  test('presents a preset full screen, step by step, and leaves the document as it was', async ({
    app,
    page,
  }) => {
    await app.start();
    await app.openPreset(MODEL_A);
    const before = await page.evaluate(() => window.__organogram!.docText());

    await app.button('Present').click();
    await expect(stage(page)).toBeVisible();
    // Full screen was asked for on the click; headless Chromium grants it.
    await expect
      .poll(() => page.evaluate(() => document.fullscreenElement?.tagName ?? null))
      .toBe('HTML');
    // No editing chrome: no header, no palette, no inspector.
    await expect(page.getByRole('textbox', { name: 'Title' })).toHaveCount(0);
    await expect(app.palette).toHaveCount(0);
    await expect(app.inspector).toHaveCount(0);
    await expect(app.button('Present')).toHaveCount(0);

    await expectStep(page, 0);
    await expect(caption(page)).toContainText("Derived summary, not the study's words");
    const px = await caption(page)
      .locator('p')
      .first()
      .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(px).toBeGreaterThanOrEqual(28);
    await expect(unitOn(stage(page), 'poc-adviser')).toHaveClass(/is-spotlit/);
    await page.waitForTimeout(600); // the fit glides for 300 ms
    await page.screenshot({ path: `${SHOTS}/present-step-1.png` });

    // Forward with what keyboards and clickers send, alternately.
    for (let i = 1; i < STEPS.length; i++) {
      await page.keyboard.press(i % 2 ? 'ArrowRight' : 'PageDown');
      await expectStep(page, i);
      if (i === 2) {
        await page.waitForTimeout(600);
        await page.screenshot({ path: `${SHOTS}/present-step-3.png` });
      }
    }
    // At the end, forward stays on the last step.
    await page.keyboard.press('Space');
    const last = STEPS.at(-1)!;
    await expectStep(page, STEPS.length - 1);
    await expect(app.button('Next')).toBeDisabled();
    for (const id of last.highlight)
      await expect(unitOn(stage(page), id)).toHaveClass(/is-spotlit/);
    for (const id of ['force', 'jmac', 'ocha'])
      await expect(unitOn(stage(page), id)).toHaveClass(/is-dim/);
    await page.waitForTimeout(600);
    await page.screenshot({ path: `${SHOTS}/present-step-last.png` });

    for (let i = STEPS.length - 2; i >= 0; i--) {
      await page.keyboard.press(i % 2 ? 'ArrowLeft' : 'PageUp');
      await expectStep(page, i);
    }
    await page.keyboard.press('End');
    await expectStep(page, STEPS.length - 1);
    await page.keyboard.press('Home');
    await expectStep(page, 0);
    await app.button('Next').click();
    await expectStep(page, 1);
    await app.button('Previous').click();
    await expectStep(page, 0);

    await page.keyboard.press('Escape');
    await expect(stage(page)).toHaveCount(0);
    await expect(app.canvas).toBeVisible();
    await expect(app.palette).toBeVisible();
    await expect.poll(() => page.evaluate(() => document.fullscreenElement)).toBeNull();
    await expect(app.button('Present')).toBeFocused();
    expect(await page.evaluate(() => window.__organogram!.docText())).toBe(before);
  });

  test('leaving full screen through the browser ends the presentation', async ({ app, page }) => {
    await app.start();
    await app.openPreset(MODEL_A);
    await app.button('Present').click();
    await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
    await page.evaluate(() => document.exitFullscreen());
    await expect(stage(page)).toHaveCount(0);
    await expect(app.canvas).toBeVisible();
  });

  test('a step authored in the editor is presented with its caption and highlight', async ({
    app,
    page,
  }) => {
    await app.start();
    await app.openPreset('2020 POC Handbook: three-level structure');
    await app.node('hom').click();
    await app.node('poc-adviser').click({ modifiers: ['Shift'] });
    await page.getByRole('tab', { name: 'Steps' }).click();
    const panel = page.getByRole('region', { name: 'Steps' });
    await panel.getByRole('button', { name: 'Add step' }).click();
    const card = panel.getByRole('listitem', { name: /^Step 1:/ });
    await card.getByRole('textbox', { name: 'Step title' }).fill('Who holds POC');
    const text = 'The Head of Mission leads, advised by the Senior POC Adviser.';
    await card.getByRole('textbox', { name: 'Caption' }).fill(text);
    await page.screenshot({ path: `${SHOTS}/present-steps-panel.png` });

    const doc = JSON.parse(await page.evaluate(() => window.__organogram!.docText()));
    expect(doc.steps).toHaveLength(1);
    expect(doc.steps[0].title).toBe('Who holds POC');
    expect([...doc.steps[0].highlight].sort()).toEqual(['hom', 'poc-adviser']);
    expect(doc.steps[0].view.width).toBeGreaterThan(0);

    await card.getByRole('button', { name: 'Present from here' }).click();
    await expect(counter(page)).toHaveText('Step 1 of 1');
    await expect(caption(page).getByRole('heading', { name: 'Who holds POC' })).toBeVisible();
    await expect(caption(page)).toContainText(text);
    await expect(caption(page)).not.toContainText('Derived summary');
    await expect(unitOn(stage(page), 'hom')).toHaveClass(/is-spotlit/);
    await expect(unitOn(stage(page), 'poc-adviser')).toHaveClass(/is-spotlit/);
    await expect(unitOn(stage(page), 'joc')).toHaveClass(/is-dim/);
    await page.waitForTimeout(600);
    await page.screenshot({ path: `${SHOTS}/present-authored.png` });

    await app.button('Exit presentation').click();
    await expect(app.canvas).toBeVisible();
    // The side panel is still on the Steps tab, with the step in it.
    await expect(panel.getByRole('listitem', { name: 'Step 1: Who holds POC' })).toBeVisible();
  });
});
