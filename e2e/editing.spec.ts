import { expect, test } from './fixtures';

const MODEL_A = 'Model A: POC Adviser as coordinator';

test.describe('editing', () => {
  test('delete, copy and paste into another document, duplicate', async ({ app, page }) => {
    await app.start();
    await app.openPreset(MODEL_A);
    const total = await app.unitCount();
    await app.node('jmac').click();
    await page.keyboard.press('Delete');
    await expect(app.node('jmac')).toHaveCount(0);
    expect(await app.unitCount()).toBe(total - 1);
    await app.button('Undo').click();
    await expect(app.node('jmac')).toBeVisible();

    await app.node('joc').click();
    await page.keyboard.press('Control+c');
    await page.keyboard.press('Control+d');
    await expect.poll(() => app.unitCount()).toBe(total + 1);

    // Paste into a different, new document.
    await app.button('New').click();
    await expect(app.nodes()).toHaveCount(0);
    await app.canvas.click({ position: { x: 300, y: 300 } });
    await page.keyboard.press('Control+v');
    await expect(app.nodes()).toHaveCount(1);
    const pasted = (await app.docJson()).units[0]!;
    expect(pasted.kind).toBe('joc');
  });

  test('arrow keys nudge the selection, and a burst of nudges is one undo step', async ({
    app,
    page,
  }) => {
    await app.start();
    await app.newOrganogram();
    await app.dragFromPalette('JOC', 400, 300);
    await app.node('joc').click();
    const x0 = (await app.docJson()).units[0]!.position!.x;
    // Focus off the node, so the app (not React Flow) handles the arrows.
    await app.canvas.focus();
    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
    await expect.poll(async () => (await app.docJson()).units[0]!.position!.x).toBe(x0 + 40);
    await app.button('Undo').click();
    await expect.poll(async () => (await app.docJson()).units[0]!.position!.x).toBe(x0);
  });

  test('Ctrl+F finds a unit by name and selects it', async ({ app, page }) => {
    await app.start();
    await app.openPreset(MODEL_A);
    await app.canvas.click({ position: { x: 5, y: 500 } });
    await page.keyboard.press('Control+f');
    const find = page.getByRole('searchbox', { name: 'Find a unit' });
    await expect(find).toBeFocused();
    await find.fill('Joint Mission Analysis');
    await find.press('Enter');
    await expect(app.node('jmac')).toHaveClass(/selected/);
    await expect(app.inspector.getByRole('textbox', { name: 'Label', exact: true })).toHaveValue(
      /Joint Mission Analysis/,
    );
    await find.fill('no such unit anywhere');
    await find.press('Enter');
    await expect(page.getByText('No unit found')).toBeVisible();
  });

  test('a link kind is changed from the menu on the link, and the change undoes', async ({
    app,
    page,
  }) => {
    await app.start();
    await app.newOrganogram();
    await app.dragFromPalette('Civil Affairs', 300, 250);
    await app.dragFromPalette('Human Rights', 700, 250);
    await app.connect('civil-affairs', 'human-rights');
    const menu = page.getByRole('combobox', { name: 'Link kind' }).first();
    await expect(menu).toBeVisible();
    expect((await app.docJson()).links[0]!.kind).toBe('coordinates-with');
    await page.locator('select[aria-label="Link kind"]').selectOption('advises');
    await expect.poll(async () => (await app.docJson()).links[0]!.kind).toBe('advises');
    await app.button('Undo').click();
    await expect.poll(async () => (await app.docJson()).links[0]!.kind).toBe('coordinates-with');
  });

  test('palette search filters components, and Enter adds one at the centre', async ({
    app,
    page,
  }) => {
    await app.start();
    await app.newOrganogram();
    await app.palette.getByRole('textbox', { name: 'Search components' }).fill('alert');
    await expect(app.paletteItem('CAN')).toBeVisible();
    await expect(app.paletteItem('JOC')).toHaveCount(0);
    await app.paletteItem('CAN').focus();
    await page.keyboard.press('Enter');
    await expect(app.node('can')).toBeVisible();
    await expect(app.paletteItem('CAN')).toHaveAccessibleDescription('Community Alert Network');
  });
});

test.describe('selection and dropped files', () => {
  test('shift-dragging on the pane selects the units inside the box', async ({ app, page }) => {
    await app.start();
    await app.newOrganogram();
    await app.dragFromPalette('HOM', 250, 150);
    await app.dragFromPalette('COS', 500, 150);
    await app.dragFromPalette('JMAC', 600, 550);
    const h = (await app.node('hom').boundingBox())!;
    const k = (await app.node('cos').boundingBox())!;
    const j = (await app.node('jmac').boundingBox())!;
    // A box around HOM and COS that stays clear of the JMAC.
    const left = Math.min(h.x, k.x) - 12;
    const top = Math.min(h.y, k.y) - 12;
    const right = Math.max(h.x + h.width, k.x + k.width) + 12;
    const bottom = Math.max(h.y + h.height, k.y + k.height) + 12;
    expect(j.x > right || j.y > bottom || j.x + j.width < left || j.y + j.height < top).toBe(true);
    await page.keyboard.down('Shift');
    await page.mouse.move(left, top);
    await page.mouse.down();
    await page.mouse.move(right, bottom, { steps: 10 });
    await page.mouse.up();
    await page.keyboard.up('Shift');
    await expect(app.node('hom')).toHaveClass(/selected/);
    await expect(app.node('cos')).toHaveClass(/selected/);
    await expect(app.node('jmac')).not.toHaveClass(/selected/);
    await expect(app.inspector).toContainText('2 units selected');
  });

  test('a file dropped on the canvas opens; a broken one changes nothing', async ({
    app,
    page,
  }) => {
    await app.start();
    await app.openPreset(MODEL_A);
    const drop = async (name: string, text: string) => {
      const data = await page.evaluateHandle(
        ([n, t]) => {
          const dt = new DataTransfer();
          dt.items.add(new File([t], n, { type: 'application/json' }));
          return dt;
        },
        [name, text] as const,
      );
      await app.canvas.locator('.react-flow__pane').dispatchEvent('drop', { dataTransfer: data });
    };
    const before = await app.docJson();
    await drop('broken.json', '{ "units": [ }');
    await expect(page.getByRole('dialog', { name: 'This file cannot be opened' })).toBeVisible();
    await page.getByRole('button', { name: 'Close' }).click();
    expect(await app.docJson()).toEqual(before);

    const other = {
      ...before,
      id: 'dropped-doc',
      title: 'Dropped organogram',
      units: before.units.slice(0, 1),
      links: [],
      // Presentation steps would name units this file leaves out.
      steps: [],
    };
    await drop('dropped.json', JSON.stringify({ format: 'poc-organogram', ...other }));
    await expect(page.getByRole('textbox', { name: 'Title', exact: true })).toHaveValue(
      'Dropped organogram',
    );
    await expect(app.nodes()).toHaveCount(1);
  });
});

test.describe('my organograms', () => {
  test('lists saved documents and opens, renames, duplicates and deletes them', async ({
    app,
    page,
  }) => {
    await app.start();
    await app.openPreset(MODEL_A);
    await page.waitForTimeout(600);
    await app.button('New').click();
    await page.getByRole('textbox', { name: 'Title', exact: true }).fill('Sector plan');
    await page.waitForTimeout(800);
    await app.button('My organograms').click();
    const dialog = page.getByRole('dialog', { name: 'My organograms' });
    await expect(dialog.getByRole('row')).toHaveCount(3);
    await dialog.getByRole('button', { name: `Rename ${MODEL_A}` }).click();
    await dialog.getByRole('textbox', { name: 'New title' }).fill('Model A (our mission)');
    await dialog.getByRole('textbox', { name: 'New title' }).press('Enter');
    await expect(dialog).toContainText('Model A (our mission)');
    await dialog.getByRole('button', { name: 'Duplicate Model A (our mission)' }).click();
    await expect(dialog.getByRole('row')).toHaveCount(4);
    await dialog.getByRole('button', { name: 'Delete Model A (our mission) (copy)' }).click();
    await page
      .getByRole('dialog', { name: 'Delete organogram?' })
      .getByRole('button', { name: 'Delete' })
      .click();
    await expect(dialog.getByRole('row')).toHaveCount(3);
    await dialog.getByRole('button', { name: 'Open Model A (our mission)' }).click();
    await expect(page.getByRole('textbox', { name: 'Title', exact: true })).toHaveValue(
      'Model A (our mission)',
    );
    await expect(app.node('jmac')).toBeAttached();
  });
});
