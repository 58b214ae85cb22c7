import { generateMission } from '../bench/generate';
import { serializeDocument, withPlacement } from '../src/model';
import { readFileSync } from 'node:fs';
import { expect, SHOTS, test } from './fixtures';

type Pos = [string, { x: number; y: number } | undefined][];

test.describe('a 5,000-unit mission', () => {
  test.setTimeout(240_000);

  test('shows a tree preview while ELK works, Cancel puts every unit back, and only units in view are drawn', async ({
    app,
    page,
  }) => {
    const xl = withPlacement(generateMission('XL', 11));
    const text = serializeDocument(xl);
    const lastLabel = Object.values(xl.units).at(-1)!.label;
    // Hold the layout worker's script (ELK inside) back, so the preview stays on screen for as
    // long as the test needs.
    let release = () => {};
    const held = new Promise<void>((r) => (release = r));
    await page.route('**/layout.worker*', async (route) => {
      await held;
      await route.continue();
    });
    await app.start();
    await app.newOrganogram();
    expect(await page.evaluate((t) => window.__organogram!.load(t), text)).toBe(true);
    const positions = async (): Promise<Pos> =>
      (await app.docJson()).units.map((u) => [u.id, u.position]);
    const before = await positions();
    expect(before.length).toBe(5000);

    // Zoomed out to the whole chart, units are drawn as plain boxes.
    await expect(app.canvas).toHaveClass(/is-far/);
    await page.screenshot({ path: `${SHOTS}/large-xl-far.png` });

    await app.button('Auto layout').click();
    const status = page.getByRole('status').filter({ hasText: 'Preview shown' });
    await expect(status).toBeVisible();
    await expect
      .poll(async () => JSON.stringify(await positions()) !== JSON.stringify(before), {
        timeout: 60_000,
      })
      .toBe(true);
    await page.screenshot({ path: `${SHOTS}/large-xl-preview.png` });
    // The chart is frozen while the preview shows: an undo changes nothing.
    const preview = await positions();
    await app.canvas.focus();
    await page.keyboard.press('Control+z');
    // (The refusal's notice is checked in the store's unit tests: on a loaded machine it may come
    // and go between two polls.)
    expect(await positions()).toEqual(preview);
    await status.getByRole('button', { name: 'Cancel' }).click();
    await expect(status).toBeHidden();
    expect(await positions()).toEqual(before);
    release();

    // Zoomed in, only the units in view are on the page.
    for (let i = 0; i < 30 && /is-far/.test((await app.canvas.getAttribute('class')) ?? ''); i++)
      await app.button('Zoom In').click();
    await expect(app.canvas).not.toHaveClass(/is-far/);
    await expect.poll(() => app.nodes().count()).toBeLessThan(1000);
    expect(await app.nodes().count()).toBeGreaterThan(0);
    await page.screenshot({ path: `${SHOTS}/large-xl-zoomed-in.png` });

    // The checklist runs over all of it, and the whole chart exports as SVG.
    await page.getByRole('tab', { name: 'Checklist' }).click();
    await expect(page.getByRole('region', { name: 'Checklist' })).toBeVisible();
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    const download = page.waitForEvent('download');
    await page.getByRole('menuitem', { name: 'SVG', exact: true }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Download', exact: true }).click();
    const svg = readFileSync((await (await download).path())!, 'utf8');
    expect(svg.match(/<text/g)!.length).toBeGreaterThan(5000);
    expect(svg).toContain(`>${lastLabel}<`);
  });
});
