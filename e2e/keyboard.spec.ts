import type { Locator, Page } from '@playwright/test';
import { expect, SHOTS, test } from './fixtures';

/**
 * Presses Tab (or Shift+Tab) until `target` has focus, as a keyboard user would; fails if it is
 * not reached in `max` presses, so a control that falls out of the tab order is caught.
 */
async function tabTo(page: Page, target: Locator, { back = false, max = 160 } = {}) {
  await expect(target).toBeAttached();
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`${target} not reached with ${back ? 'Shift+Tab' : 'Tab'} in ${max} presses`);
}

/** The focused element's outline, which must be visible wherever the keyboard can go. */
const focusRing = (target: Locator) =>
  target.evaluate((el) => {
    const s = getComputedStyle(el);
    return s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2;
  });

/** Adds a unit from the palette with the keyboard: search, Tab to the item, Enter. */
async function addFromPalette(page: Page, search: Locator, short: string) {
  await tabTo(page, search, { back: true });
  await page.keyboard.press('Control+a');
  await page.keyboard.type(short);
  const item = page
    .getByRole('region', { name: 'Components' })
    .getByRole('button', { name: short, exact: true });
  await tabTo(page, item);
  expect(await focusRing(item)).toBe(true);
  await page.keyboard.press('Enter');
}

/** Picks the link target by typing part of its label, then adds the link, keyboard only. */
async function addLink(page: Page, target: string, expectedKind: string) {
  const panel = page.getByRole('region', { name: 'Properties' });
  const field = panel.getByRole('combobox', { name: 'Link target' });
  await tabTo(page, field);
  await page.keyboard.type(target);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(field).toHaveValue(new RegExp(target));
  await expect(panel.getByRole('combobox', { name: 'Link kind' })).toHaveValue(expectedKind);
  await tabTo(page, panel.getByRole('button', { name: 'Add link', exact: true }));
  await page.keyboard.press('Enter');
  // Focus goes back to the target field, ready for the next link.
  await expect(field).toBeFocused();
  await expect(field).toHaveValue('');
}

test('an organogram built, linked and read back with the keyboard only', async ({ app, page }) => {
  await app.start();
  await tabTo(page, page.getByRole('button', { name: 'New organogram' }));
  await page.keyboard.press('Enter');
  await expect(app.canvas).toBeVisible();

  // The skip link is the first stop, visible when focused, and lands on the canvas.
  const skip = page.getByRole('link', { name: 'Skip to canvas' });
  await tabTo(page, skip);
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(app.canvas).toBeFocused();

  const search = app.palette.getByRole('textbox', { name: 'Search components' });
  await addFromPalette(page, search, 'HOM');
  await addFromPalette(page, search, 'JOC');
  await addFromPalette(page, search, 'JMAC');
  await expect.poll(() => app.unitCount()).toBe(3);
  // The unit just added is selected; link it from the inspector.
  await expect(app.inspector.getByRole('textbox', { name: 'Label', exact: true })).toHaveValue(
    'Joint Mission Analysis Centre',
  );
  await addLink(page, 'Head of Mission', 'Reports to');
  await addLink(page, 'Joint Operations', 'Coordinates with');
  const { links } = await app.docJson();
  expect(links.map((l) => `${l.source} ${l.kind} ${l.target}`).sort()).toEqual([
    'jmac coordinates-with joc',
    'jmac reports-to hom',
  ]);

  // The Outline tab, reached with Tab and the arrow keys of the tab list.
  await tabTo(page, page.getByRole('tab', { name: 'Properties' }), { back: true });
  await page.keyboard.press('End');
  await expect(page.getByRole('tab', { name: 'Outline' })).toHaveAttribute('aria-selected', 'true');
  const tree = page.getByRole('region', { name: 'Outline' }).getByRole('tree');
  const jmac = tree.getByRole('treeitem', { name: 'JMAC Joint Mission Analysis Centre' });
  await page.keyboard.press('Tab');
  // The selected unit is the tree's tab stop.
  await expect(jmac).toBeFocused();
  expect(await focusRing(jmac)).toBe(true);
  await expect(jmac).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowRight');
  await expect(jmac).toHaveAttribute('aria-expanded', 'true');
  await expect(tree.getByRole('treeitem')).toHaveText(
    [
      'HOM Head of Mission (SRSG)',
      'JOC Joint Operations Centre',
      '▾JMAC Joint Mission Analysis Centre',
      'reports to Head of Mission (SRSG)',
      'coordinates with Joint Operations Centre',
    ].map((t) => new RegExp(`${t.replace(/[()]/g, '\\$&')}$`)),
  );
  await page.keyboard.press('ArrowDown');
  await expect(
    tree.getByRole('treeitem', { name: 'reports to Head of Mission (SRSG)' }),
  ).toBeFocused();
  await expect(
    tree.getByRole('treeitem', { name: 'reports to Head of Mission (SRSG)' }),
  ).toHaveAttribute('aria-level', '2');

  // Enter on a unit in the outline selects it on the canvas.
  await page.keyboard.press('Home');
  await page.keyboard.press('Enter');
  await expect(app.node('hom')).toHaveClass(/selected/);
  await expect(tree.getByRole('treeitem', { name: 'HOM Head of Mission (SRSG)' })).toHaveAttribute(
    'aria-selected',
    'true',
  );
});

test('the outline follows the canvas selection and brings a chosen unit into view', async ({
  app,
  page,
}) => {
  await app.start();
  await app.openPreset('2020 POC Handbook: three-level structure');
  await page.getByRole('tab', { name: 'Outline' }).click();
  const outline = page.getByRole('region', { name: 'Outline' });
  const tree = outline.getByRole('tree');
  // Top-level containers open; what is inside units stays closed until asked for.
  await expect(
    tree.getByRole('treeitem', { name: /^Field Office Field Office South$/ }),
  ).toHaveAttribute('aria-expanded', 'true');
  await expect(tree.getByRole('treeitem', { name: /^reports to/ })).toHaveCount(0);

  // Selected on the canvas (through Find): marked in the outline and scrolled into view.
  await app.canvas.click({ position: { x: 5, y: 500 } });
  await page.keyboard.press('Control+f');
  const find = page.getByRole('searchbox', { name: 'Find a unit' });
  await find.fill('Joint Protection Team, Field Office South');
  await find.press('Enter');
  await expect(app.node('fo3-jpt')).toHaveClass(/selected/);
  const jpt = tree.getByRole('treeitem', { name: 'JPT Joint Protection Team, Field Office South' });
  await expect(jpt).toHaveAttribute('aria-selected', 'true');
  await expect(jpt).toBeInViewport();
  await page.screenshot({ path: `${SHOTS}/outline-follows-selection.png` });

  // Chosen in the outline: selected on the canvas, and the canvas zooms to it.
  const before = await app.canvas.locator('.react-flow__viewport').getAttribute('style');
  await jpt.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowDown');
  const firstLink = tree.getByRole('treeitem', { level: 3 }).first();
  await expect(firstLink).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await expect(jpt).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Enter');
  await expect(app.node('fo3-can')).toHaveClass(/selected/);
  // React Flow drops the outline of a focused node; styles.css puts it back.
  await app.node('fo3-can').focus();
  expect(await focusRing(app.node('fo3-can'))).toBe(true);
  await expect
    .poll(() => app.canvas.locator('.react-flow__viewport').getAttribute('style'))
    .not.toBe(before);
});
