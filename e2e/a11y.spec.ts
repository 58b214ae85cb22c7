import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const HANDBOOK = '2020 POC Handbook: three-level structure';

const THEMES = {
  light: { scheme: 'light', theme: 'light' },
  dark: { scheme: 'dark', theme: 'dark' },
  'high contrast': { scheme: 'light', theme: 'high' },
} as const;

/**
 * Runs axe (WCAG 2 A and AA rules) on the page as it is and returns its serious and critical
 * violations, one line each, with a few of the offending elements.
 */
async function scan(page: Page, where: string): Promise<string[]> {
  // Let transitions (menus, tabs) settle: axe reads colours mid-fade otherwise.
  await page.waitForTimeout(400);
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => {
      // One example element per distinct failure (for contrast: per pair of colours).
      const byWhy = new Map<string, string>();
      for (const n of v.nodes) {
        const why =
          n.failureSummary
            ?.split('\n')[1]
            ?.trim()
            .replace(/ of [\d.]+ \(/, ' (') ?? '';
        if (!byWhy.has(why)) byWhy.set(why, n.target.join(' '));
      }
      const examples = [...byWhy].slice(0, 8).map(([why, target]) => `${target}: ${why}`);
      return `${where}: ${v.id} (${v.impact}) on ${v.nodes.length}:\n  ${examples.join('\n  ')}`;
    });
}

for (const [name, look] of Object.entries(THEMES)) {
  test(`no serious accessibility violations in the ${name} theme`, async ({ app, page }) => {
    test.setTimeout(120_000);
    // The stored choice, as the View popover leaves it (see ui/ThemeChoice.tsx).
    await page.addInitScript((l) => {
      localStorage.setItem('poc-organogram.color-scheme', l.scheme);
      localStorage.setItem('poc-organogram.theme', l.theme);
    }, look);
    const found: string[] = [];
    await app.start();
    if (look.theme === 'high')
      await expect(page.locator('html')).toHaveAttribute('data-contrast', 'high');
    await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', look.scheme);
    found.push(...(await scan(page, 'start screen')));

    await app.openPreset(HANDBOOK);
    found.push(...(await scan(page, 'editor')));

    await page.getByRole('tab', { name: 'Checklist' }).click();
    found.push(...(await scan(page, 'checklist tab')));

    await page.getByRole('tab', { name: 'Outline' }).click();
    await expect(page.getByRole('region', { name: 'Outline' }).getByRole('tree')).toBeVisible();
    found.push(...(await scan(page, 'outline tab')));

    await page.getByRole('button', { name: 'Export', exact: true }).click();
    await expect(page.getByRole('menu')).toBeVisible();
    found.push(...(await scan(page, 'export menu')));
    await page.keyboard.press('Escape');
    await expect(page.getByRole('menu')).toBeHidden();

    await app.button('View').click();
    await expect(page.getByRole('radiogroup', { name: 'Theme' })).toBeVisible();
    found.push(...(await scan(page, 'view popover')));
    await page.keyboard.press('Escape');

    await app.button('Compare').click();
    await expect(page.getByRole('combobox', { name: 'Left document' })).toBeVisible();
    found.push(...(await scan(page, 'compare view')));

    expect(found).toEqual([]);
  });
}
