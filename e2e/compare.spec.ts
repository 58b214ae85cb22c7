import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { expect, SHOTS, test } from './fixtures';

const CENTRAL = 'Teaching: centralised coordination';
const DECENTRAL = 'Teaching: decentralised coordination';

/** Chooses a document in one of the two pickers ("Left document", "Right document"). */
async function pick(page: Page, picker: string, title: string) {
  await page.getByRole('combobox', { name: picker }).click();
  // The preset comes first; a saved copy of it may follow under "My organograms".
  await page.getByRole('option', { name: title, exact: true }).first().click();
  await expect(page.getByRole('combobox', { name: picker })).toHaveValue(title);
}

/** The value a metrics row shows for the left or right document. */
async function metric(page: Page, row: string, side: 0 | 1): Promise<number> {
  const cells = page
    .getByRole('region', { name: 'Structure metrics' })
    .getByRole('row', { name: new RegExp(`^${row}`) })
    .getByRole('cell');
  return parseFloat((await cells.nth(side).innerText()).replace('%', ''));
}

const viewportOf = (pane: Locator) =>
  pane.locator('.react-flow__viewport').evaluate((el) => (el as HTMLElement).style.transform);

test.describe('compare (trainer mode)', () => {
  test('centralised against decentralised: changes, metrics, synced zoom, counterparts, export', async ({
    app,
    page,
  }) => {
    await app.start();
    await app.openPreset(CENTRAL);
    await app.button('Compare').click();
    await pick(page, 'Left document', CENTRAL);
    await pick(page, 'Right document', DECENTRAL);
    const left = page.getByRole('region', { name: 'Left pane' });
    const right = page.getByRole('region', { name: 'Right pane' });

    // The change list is not empty and names what the decentralised model adds.
    const changes = page.getByRole('region', { name: 'Changes' });
    await expect(changes.getByRole('region', { name: 'Units added' })).toBeVisible();
    await expect(changes).toContainText('Field POC WG');
    // Added units carry their mark (symbol and colour) on the right canvas.
    await expect(right.locator('.react-flow__node[data-id="fo-north-poc-wg"]')).toHaveClass(
      /diff-added/,
    );
    await expect(
      right.locator('.react-flow__node[data-id="fo-north-poc-wg"] .diff-badge'),
    ).toHaveText('+');
    await page.waitForTimeout(400);
    await page.screenshot({ path: `${SHOTS}/compare-teaching-pair.png` });

    // Metrics side by side: more centralised on the left, more field coverage on the right.
    await page.getByRole('tab', { name: 'Metrics' }).click();
    expect(await metric(page, 'Centralisation index', 0)).toBeGreaterThan(
      await metric(page, 'Centralisation index', 1),
    );
    expect(await metric(page, 'Field coverage: all three', 1)).toBeGreaterThan(
      await metric(page, 'Field coverage: all three', 0),
    );
    await page.screenshot({ path: `${SHOTS}/compare-metrics.png` });

    // Synced zoom: zooming the left pane moves the right one the same way.
    const before = await viewportOf(right);
    await left.getByRole('button', { name: 'Zoom In' }).click();
    await expect.poll(() => viewportOf(right)).not.toBe(before);
    expect(await viewportOf(right)).toBe(await viewportOf(left));
    // Unsynced, the right pane stays put.
    await page.getByRole('switch', { name: 'Sync pan and zoom' }).uncheck();
    const still = await viewportOf(right);
    await left.getByRole('button', { name: 'Zoom In' }).click();
    await expect.poll(() => viewportOf(left)).not.toBe(still);
    expect(await viewportOf(right)).toBe(still);

    // Picking a unit on one side rings its counterpart on the other.
    const zoomed = await viewportOf(left);
    await left.locator('.react-flow__node[data-id="joc"]').click();
    await expect(right.locator('.react-flow__node[data-id="joc"]')).toHaveClass(/is-spotlit/);
    // Picking does not throw away the pan and zoom.
    expect(await viewportOf(left)).toBe(zoomed);

    // The change list downloads as Markdown.
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      app.button('Export changes').click(),
    ]);
    expect(file.suggestedFilename()).toMatch(/\.md$/);
    const md = readFileSync((await file.path())!, 'utf8');
    expect(md).toContain('Added units');
    expect(md).toContain(CENTRAL);
  });

  test('what if the coordinator is removed: the findings that appear, the document untouched', async ({
    app,
    page,
  }) => {
    await app.start();
    await app.openPreset('Model A: POC Adviser as coordinator');
    const text = await page.evaluate(() => window.__organogram!.docText());
    await app.button('Compare').click();
    await app.button('Remove coordinator').click();
    await page.getByRole('tab', { name: 'What breaks' }).click();
    const breaks = page.getByRole('region', { name: 'What breaks' });
    await expect(breaks).toContainText('No unit is marked as the designated POC coordinator');
    const left = page.getByRole('region', { name: 'Left pane' });
    await expect(left.locator('.react-flow__node.diff-removed')).not.toHaveCount(0);
    await page.screenshot({ path: `${SHOTS}/compare-what-if.png` });
    await app.button('Back to editor').click();
    await expect(app.canvas).toBeVisible();
    expect(await page.evaluate(() => window.__organogram!.docText())).toBe(text);
  });
});
