import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';

const HANDBOOK = '2020 POC Handbook: three-level structure';

// The other specs run with service workers blocked (playwright.config.ts), so that a cached
// build never stands between them and the preview server; this one needs it.
test.use({ serviceWorkers: 'allow' });

test('once loaded, the app opens a preset, lays it out and exports with no network', async ({
  app,
  page,
  context,
}) => {
  test.setTimeout(120_000);
  await app.start();
  // Installed means everything is precached; then the page must be controlled by the worker.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  if (!(await page.evaluate(() => !!navigator.serviceWorker.controller))) await page.reload();
  await expect
    .poll(() => page.evaluate(() => !!navigator.serviceWorker.controller), { timeout: 20_000 })
    .toBe(true);

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('button', { name: 'New organogram' })).toBeVisible();
  await app.openPreset(HANDBOOK);

  // Routes dropped, so that the layout below visibly runs: it needs the ELK worker file, which
  // only the service worker can serve now.
  await page.evaluate(() => {
    const doc = JSON.parse(window.__organogram!.docText()) as { links: { route?: unknown }[] };
    for (const l of doc.links) delete l.route;
    window.__organogram!.load(JSON.stringify(doc));
  });
  const routed = async () => (await app.docJson()).links.filter((l) => 'route' in l).length;
  expect(await routed()).toBe(0);
  const layout = app.button('Auto layout');
  await layout.click();
  await expect.poll(routed, { timeout: 60_000 }).toBeGreaterThan(0);
  await expect(layout).toBeEnabled();
  await expect(page.locator('.notice--error')).toHaveCount(0);

  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: 'SVG', exact: true }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Download', exact: true }).click();
  const file = await download;
  const svg = readFileSync((await file.path())!, 'utf8');
  expect(svg.length).toBeGreaterThan(5_000);
  expect(svg).toContain('<svg');
  expect(svg).toContain('Head of Mission');
  await context.setOffline(false);
});
