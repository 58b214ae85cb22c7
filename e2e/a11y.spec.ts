import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';

const handbook = JSON.parse(readFileSync('presets/handbook-2020.json', 'utf8')) as {
  title: string;
  titleFr: string;
};

/** One interface text in one language, as the app shows it ("area.key.sub"), from the locale files. */
function say(lang: 'en' | 'fr', key: string): string {
  const [area, ...path] = key.split('.');
  let v: unknown = JSON.parse(readFileSync(`src/i18n/locales/${lang}/${area}.json`, 'utf8'));
  for (const p of path) v = (v as Record<string, unknown>)[p];
  if (typeof v !== 'string') throw new Error(`No text ${key} in ${lang}`);
  return v;
}

/** The names a test needs, in each language. */
function names(lang: 'en' | 'fr') {
  const title = lang === 'fr' ? handbook.titleFr : handbook.title;
  return {
    newOrganogram: say(lang, 'app.start.new'),
    open: say(lang, 'app.openNamed').replace('{{title}}', title),
    canvas: say(lang, 'editor.canvas'),
    checklist: say(lang, 'app.tabs.checklist'),
    outline: say(lang, 'app.tabs.outline'),
    outlineRegion: say(lang, 'outline.region'),
    export: say(lang, 'exportMenu.export'),
    view: say(lang, 'app.view'),
    theme: say(lang, 'app.theme.label'),
    myOrganograms: say(lang, 'app.myOrganograms'),
    history: say(lang, 'app.history'),
    myOrganogramsDialog: say(lang, 'app.documents.title'),
    historyDialog: say(lang, 'app.versions.title'),
    compare: say(lang, 'app.compare'),
    leftDocument: say(lang, 'compare.leftDocument'),
  };
}

/** The side panel's open tab, and an open dialog or popover (Mantine gives both the dialog role). */
const TAB = '[role=tabpanel]';
const DIALOG = '[role=dialog]';

const THEMES = {
  light: { scheme: 'light', theme: 'light' },
  dark: { scheme: 'dark', theme: 'dark' },
  'high contrast': { scheme: 'light', theme: 'high' },
} as const;

/**
 * Runs axe (WCAG 2 A and AA rules) on the page as it is, or only on what `within` selects, and
 * returns its serious and critical violations, one line each, with a few of the offending elements.
 * A menu, dialog or side tab opened over a page already scanned is scanned on its own: scanning
 * the whole page again costs seconds per view and finds nothing new.
 */
async function scan(page: Page, where: string, within?: string): Promise<string[]> {
  // Let transitions (menus, tabs) settle: axe reads colours mid-fade otherwise.
  await page.waitForTimeout(400);
  const axe = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']);
  if (within) {
    // An empty selection would pass for want of anything to scan.
    await expect(page.locator(within).filter({ visible: true }).first()).toBeVisible();
    axe.include(within);
  }
  const result = await axe.analyze();
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

/**
 * Every view and dialog, scanned in each language and each theme: the themes set the colours,
 * while names, the page language and text lengths are what French changes.
 */
const RUNS = (['en', 'fr'] as const).flatMap((lang) =>
  (Object.keys(THEMES) as (keyof typeof THEMES)[]).map((name) => [lang, name] as const),
);

for (const [lang, name] of RUNS) {
  const look = THEMES[name];
  test(`no serious accessibility violations in ${lang === 'fr' ? 'French' : 'English'}, ${name} theme`, async ({
    page,
  }) => {
    test.setTimeout(150_000);
    const n = names(lang);
    // The stored choices, as the View popover and the Language control leave them.
    await page.addInitScript(
      ({ l, lang }) => {
        localStorage.setItem('poc-organogram.color-scheme', l.scheme);
        localStorage.setItem('poc-organogram.theme', l.theme);
        localStorage.setItem('poc-organogram.language', lang);
      },
      { l: look, lang },
    );
    const found: string[] = [];
    const button = (label: string) => page.getByRole('button', { name: label, exact: true });
    await page.goto('/');
    await expect(page.getByRole('button', { name: n.newOrganogram })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    if (look.theme === 'high')
      await expect(page.locator('html')).toHaveAttribute('data-contrast', 'high');
    await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', look.scheme);
    found.push(...(await scan(page, 'start screen')));

    await button(n.open).click();
    await expect(page.getByRole('region', { name: n.canvas })).toBeVisible({ timeout: 30_000 });
    found.push(...(await scan(page, 'editor')));

    await page.getByRole('tab', { name: n.checklist }).click();
    found.push(...(await scan(page, 'checklist tab', TAB)));

    await page.getByRole('tab', { name: n.outline }).click();
    await expect(
      page.getByRole('region', { name: n.outlineRegion }).getByRole('tree'),
    ).toBeVisible();
    found.push(...(await scan(page, 'outline tab', TAB)));

    await button(n.export).click();
    await expect(page.getByRole('menu')).toBeVisible();
    found.push(...(await scan(page, 'export menu', '[role=menu]')));
    // The PNG export's dialog, the richest of the export dialogs.
    await page.getByRole('menuitem', { name: 'PNG', exact: true }).click();
    await expect(page.getByRole('dialog')).toBeVisible();
    found.push(...(await scan(page, 'export dialog', DIALOG)));
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toBeHidden();

    await button(n.view).click();
    await expect(page.getByRole('radiogroup', { name: n.theme })).toBeVisible();
    found.push(...(await scan(page, 'view popover', DIALOG)));
    await button(n.view).click();
    await expect(page.getByRole('radiogroup', { name: n.theme })).toBeHidden();

    for (const [dialog, label, title] of [
      ['my organograms', n.myOrganograms, n.myOrganogramsDialog],
      ['history', n.history, n.historyDialog],
    ] as const) {
      await button(label).click();
      await expect(page.getByRole('dialog', { name: title })).toBeVisible();
      found.push(...(await scan(page, `${dialog} dialog`, DIALOG)));
      await page.keyboard.press('Escape');
      await expect(page.getByRole('dialog', { name: title })).toBeHidden();
    }

    await button(n.compare).click();
    await expect(page.getByRole('combobox', { name: n.leftDocument })).toBeVisible();
    found.push(...(await scan(page, 'compare view')));

    expect(found).toEqual([]);
  });
}
