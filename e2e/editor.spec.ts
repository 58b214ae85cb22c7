import { readFileSync } from 'node:fs';
import { expect, SHOTS, test } from './fixtures';

test.describe('building an organogram by hand', () => {
  test('drag, connect, rename, undo to empty, redo all, and find it again after a reload', async ({
    app,
    page,
  }) => {
    await app.start();
    await app.newOrganogram();
    await app.dragFromPalette('HOM', 520, 120);
    await app.dragFromPalette('POC Adviser', 320, 280);
    await app.dragFromPalette('JOC', 560, 300);
    await app.dragFromPalette('JMAC', 780, 300);
    await app.dragFromPalette('POC WG', 660, 480);
    await expect(app.nodes()).toHaveCount(5);
    const ids = ['hom', 'poc-adviser', 'joc', 'jmac', 'poc-wg'];
    for (const id of ids) await expect(app.node(id)).toBeVisible();

    await app.connect('poc-adviser', 'hom');
    await app.connect('joc', 'poc-wg');
    await app.connect('jmac', 'poc-wg');
    await expect(app.edges()).toHaveCount(3);
    const doc = await app.docJson();
    expect(doc.links.map((l) => [l.source, l.kind, l.target])).toEqual([
      ['poc-adviser', 'reports-to', 'hom'],
      ['joc', 'member-of', 'poc-wg'],
      ['jmac', 'member-of', 'poc-wg'],
    ]);
    await expect(page.getByRole('region', { name: 'Legend' })).toContainText('Reports to');
    await expect(page.getByRole('region', { name: 'Legend' })).toContainText('Member of');

    await app.node('hom').click();
    const label = app.inspector.getByRole('textbox', { name: 'Label', exact: true });
    await label.fill('SRSG, Head of Mission');
    await expect(app.node('hom')).toContainText('SRSG, Head of Mission');
    await page.waitForTimeout(1100); // let the typing burst close as one step

    // 5 additions + 3 links + 1 rename = 9 steps back to an empty canvas.
    const undo = app.button('Undo');
    for (let i = 0; i < 9; i++) await undo.click();
    await expect(app.nodes()).toHaveCount(0);
    await expect(undo).toBeDisabled();
    const redo = app.button('Redo');
    for (let i = 0; i < 9; i++) await redo.click();
    await expect(app.nodes()).toHaveCount(5);
    await expect(app.edges()).toHaveCount(3);
    await expect(app.node('hom')).toContainText('SRSG, Head of Mission');
    await expect(redo).toBeDisabled();

    const before = await app.docJson();
    await page.waitForTimeout(800); // autosave runs within a second of the last change
    await page.reload();
    await expect(app.nodes()).toHaveCount(5);
    const after = await app.docJson();
    expect(after).toEqual(before);
  });

  test('keyboard shortcuts undo and redo', async ({ app, page }) => {
    await app.start();
    await app.newOrganogram();
    await app.paletteItem('JMAC').focus();
    await page.keyboard.press('Enter');
    await expect(app.nodes()).toHaveCount(1);
    await app.canvas.click({ position: { x: 40, y: 400 } });
    await page.keyboard.press('Control+z');
    await expect(app.nodes()).toHaveCount(0);
    await page.keyboard.press('Control+Shift+z');
    await expect(app.nodes()).toHaveCount(1);
    await page.keyboard.press('Control+z');
    await page.keyboard.press('Control+y');
    await expect(app.nodes()).toHaveCount(1);
  });

  test('a refused connection says why', async ({ app, page }) => {
    await app.start();
    await app.newOrganogram();
    await app.dragFromPalette('Field Office', 500, 420);
    await app.dragFromPalette('JOC', 200, 150);
    await app.connect('joc', 'field-office');
    await expect(page.getByRole('alert')).toContainText(/container/i);
    expect(await app.linkCount()).toBe(0);
  });
});

test.describe('containers', () => {
  test('a unit dragged into a field office and out again is reparented, and both moves undo', async ({
    app,
    page,
  }) => {
    await app.start();
    await app.newOrganogram();
    await app.dragFromPalette('Field Office', 600, 400);
    await app.dragFromPalette('CLA', 200, 150);
    const parentOf = async () => (await app.docJson()).units.find((u) => u.id === 'cla')?.parent;
    expect(await parentOf()).toBeUndefined();

    const office = (await app.node('field-office').boundingBox())!;
    const cla = (await app.node('cla').boundingBox())!;
    const drag = async (to: { x: number; y: number }) => {
      const b = (await app.node('cla').boundingBox())!;
      await page.mouse.move(b.x + 30, b.y + b.height / 2);
      await page.mouse.down();
      await page.mouse.move(to.x, to.y, { steps: 15 });
      await page.mouse.up();
    };
    await drag({ x: office.x + office.width / 2, y: office.y + office.height / 2 + 10 });
    await expect.poll(parentOf).toBe('field-office');
    await drag({ x: cla.x + 30, y: cla.y + cla.height / 2 });
    await expect.poll(parentOf).toBeUndefined();

    await app.button('Undo').click();
    await expect.poll(parentOf).toBe('field-office');
    await app.button('Undo').click();
    await expect.poll(parentOf).toBeUndefined();
    await app.button('Redo').click();
    await expect.poll(parentOf).toBe('field-office');
  });
});

test.describe('files', () => {
  test('opening a malformed file shows its problems and changes nothing', async ({ app, page }) => {
    await app.start();
    await app.openPreset('Model A: POC Adviser as coordinator');
    const before = await app.docJson();
    const chooser = page.waitForEvent('filechooser');
    await app.button('Open').click();
    await (
      await chooser
    ).setFiles({
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{\n  "format": "poc-organogram",\n  "units": [,]\n}'),
    });
    const dialog = page.getByRole('dialog', { name: 'This file cannot be opened' });
    await expect(dialog).toContainText('line 3');
    await expect(dialog).toContainText('has not changed');
    await dialog.getByRole('button', { name: 'Close' }).click();
    expect(await app.docJson()).toEqual(before);
  });

  test('Save downloads the document, and Open reads it back as the same document', async ({
    app,
    page,
  }) => {
    await app.start();
    await app.openPreset('MONUSCO POC coordination architecture');
    const before = await app.docJson();
    const download = page.waitForEvent('download');
    await app.button('Save').click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(
      /^monusco-poc-coordination-architecture-\d{4}-\d{2}-\d{2}\.json$/,
    );
    const path = await file.path();
    await app.button('New').click();
    await expect(app.nodes()).toHaveCount(0);
    const chooser = page.waitForEvent('filechooser');
    await app.button('Open').click();
    await (await chooser).setFiles(path);
    await expect(app.nodes()).toHaveCount(before.units.length);
    expect(await app.docJson()).toEqual(before);
  });
});

test.describe('look', () => {
  const looks = [
    { name: 'light', label: 'Light', scheme: 'light' },
    { name: 'dark', label: 'Dark', scheme: 'dark' },
    { name: 'high-contrast', label: 'High contrast', scheme: 'light' },
  ] as const;
  for (const look of looks) {
    test(`the canvas in the ${look.name} theme`, async ({ app, page }) => {
      await app.start();
      await app.openPreset('2020 POC Handbook: three-level structure');
      if (look.name !== 'light') {
        await app.button('View').click();
        const theme = page.getByRole('radiogroup', { name: 'Theme' });
        await theme.getByText(look.label, { exact: true }).click();
        await expect(theme.getByRole('radio', { name: look.label })).toBeChecked();
        await page.keyboard.press('Escape');
      }
      const html = page.locator('html');
      await expect(html).toHaveAttribute('data-mantine-color-scheme', look.scheme);
      if (look.name === 'high-contrast')
        await expect(html).toHaveAttribute('data-contrast', 'high');
      else await expect(html).not.toHaveAttribute('data-contrast', 'high');
      await page.waitForTimeout(500);
      await page.screenshot({ path: `${SHOTS}/editor-${look.name}.png` });
      if (look.name === 'high-contrast') {
        // Close enough to read the cards, their borders and the lines.
        for (let i = 0; i < 5; i++) await app.button('Zoom In').click();
        await page.waitForTimeout(400);
        await page.screenshot({ path: `${SHOTS}/editor-high-contrast-zoomed.png` });
        // Exports are drawn from the model: print colours, whatever the screen shows.
        await page.getByRole('button', { name: 'Export', exact: true }).click();
        const download = page.waitForEvent('download');
        await page.getByRole('menuitem', { name: 'SVG', exact: true }).click();
        await page
          .getByRole('dialog')
          .getByRole('button', { name: 'Download', exact: true })
          .click();
        const svg = readFileSync((await (await download).path())!, 'utf8');
        expect(svg).toContain('#6366f1'); // member of, print colour
        expect(svg).not.toContain('#4b0082'); // member of, high-contrast screen colour
      }
      // The choice is remembered.
      await page.reload();
      await expect(html).toHaveAttribute('data-mantine-color-scheme', look.scheme);
      if (look.name === 'high-contrast')
        await expect(html).toHaveAttribute('data-contrast', 'high');
    });
  }
});
