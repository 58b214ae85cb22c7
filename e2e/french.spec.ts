import { readFileSync } from 'node:fs';
import { expect, SHOTS, test } from './fixtures';

const handbook = JSON.parse(readFileSync('presets/handbook-2020.json', 'utf8')) as {
  title: string;
  titleFr: string;
  units: { id: string; label: string; labelFr?: string }[];
};
const hom = handbook.units.find((u) => u.id === 'hom')!;

test.describe('in French', () => {
  // A French browser: the app starts in French without being told.
  test.use({ locale: 'fr-FR' });

  test('starts in the browser language, works in French end to end, and keeps the choice', async ({
    app,
    page,
  }) => {
    test.setTimeout(120_000);
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await expect(page.getByRole('button', { name: 'Nouvel organigramme' })).toBeVisible();
    await page.screenshot({ path: `${SHOTS}/fr-start.png` });

    await page.getByRole('button', { name: `Ouvrir ${handbook.titleFr}`, exact: true }).click();
    const canvas = page.getByRole('region', { name: 'Canevas' });
    await expect(canvas).toBeVisible({ timeout: 30_000 });
    // The header shows, and edits, the preset's French title.
    await expect(page.getByRole('textbox', { name: 'Titre', exact: true })).toHaveValue(
      handbook.titleFr,
    );
    await expect(page).toHaveTitle(`${handbook.titleFr} — Concepteur d’organigrammes PdC`);
    // Units are named by their French label; the header and palette speak French.
    await expect(app.node('hom')).toContainText(hom.labelFr!);
    await expect(page.getByRole('button', { name: 'Nouveau', exact: true })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Composants' })).toBeVisible();
    // Found by its French name, the Head of Mission is selected and brought close enough to read.
    const find = page.getByRole('searchbox', { name: 'Rechercher une unité' });
    await find.fill(hom.labelFr!);
    await find.press('Enter');
    await expect(app.node('hom')).toHaveClass(/selected/);
    await expect(canvas).not.toHaveClass(/is-far/);
    await expect(page.getByRole('region', { name: 'Propriétés' })).toBeVisible();
    await page.waitForTimeout(400); // the zoom's 250 ms animation, for the screenshot
    await page.screenshot({ path: `${SHOTS}/fr-editor.png` });

    await page.getByRole('tab', { name: 'Contrôle' }).click();
    const checklist = page.getByRole('region', { name: 'Liste de contrôle' });
    await expect(checklist).toBeVisible();
    await expect(checklist).not.toContainText('Authority and resources');
    await page.screenshot({ path: `${SHOTS}/fr-checklist.png` });

    await page.getByRole('tab', { name: 'Plan' }).click();
    await expect(page.getByRole('region', { name: 'Plan' }).getByRole('tree')).toContainText(
      hom.labelFr!,
    );

    // An SVG exported in French: French legend and labels, not the English ones.
    await page.getByRole('button', { name: 'Exporter', exact: true }).click();
    const download = page.waitForEvent('download');
    await page.getByRole('menuitem', { name: 'SVG', exact: true }).click();
    await page
      .getByRole('dialog')
      .getByRole('button', { name: 'Télécharger', exact: true })
      .click();
    const svg = readFileSync((await (await download).path())!, 'utf8');
    expect(svg).toContain('LIENS');
    expect(svg).toContain(hom.labelFr!.split(' ')[0]);
    expect(svg).not.toContain('Head of Mission (SRSG)');

    // Back to English from the header; the choice survives a reload.
    await page.getByRole('combobox', { name: 'Langue' }).selectOption('en');
    await expect(page.getByRole('button', { name: 'New', exact: true })).toBeVisible();
    await expect(app.node('hom')).toContainText(hom.label);
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('combobox', { name: 'Language' })).toHaveValue('en');
  });

  for (const lang of ['fr', 'en'] as const) {
    test(`the header fits a 1280-pixel screen in ${lang === 'fr' ? 'French' : 'English'}`, async ({
      page,
    }) => {
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.addInitScript((l) => localStorage.setItem('poc-organogram.language', l), lang);
      await page.goto('/');
      await page
        .getByRole('button', { name: lang === 'fr' ? 'Nouvel organigramme' : 'New organogram' })
        .click();
      const title = (await page
        .getByRole('textbox', { name: lang === 'fr' ? 'Titre' : 'Title', exact: true })
        .boundingBox())!;
      const nav = (await page.getByRole('navigation').first().boundingBox())!;
      // The title keeps its room, the buttons do not cover it, and nothing runs off the screen.
      expect(title.width).toBeGreaterThanOrEqual(100);
      expect(title.x + title.width).toBeLessThanOrEqual(nav.x + 1);
      expect(nav.x + nav.width).toBeLessThanOrEqual(1280);
      await page.locator('header').screenshot({ path: `${SHOTS}/header-1280-${lang}.png` });
    });
  }
});
