import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { serializeDocument, withPlacement } from '../src/model';
import { HOSTILE, hostileDoc } from '../tests/fixtures/injection';
import { expect, test } from './fixtures';

declare global {
  interface Window {
    __csp?: string[];
    __pwned?: unknown;
  }
}

/**
 * Records, from before the app's first script runs, every Content-Security-Policy violation and
 * every console error, and every dialog (alert, confirm, prompt) the page opens.
 */
async function watch(page: Page) {
  const consoleErrors: string[] = [];
  const dialogs: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
  });
  page.on('dialog', (d) => {
    dialogs.push(`${d.type()}: ${d.message()}`);
    void d.dismiss();
  });
  await page.addInitScript(() => {
    window.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__csp!.push(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'}`),
    );
  });
  return {
    consoleErrors,
    dialogs,
    violations: () => page.evaluate(() => window.__csp ?? []),
  };
}

async function exportVia(page: Page, item: string, setup?: () => Promise<void>) {
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: item, exact: true }).click();
  await setup?.();
  await page.getByRole('dialog').getByRole('button', { name: 'Download', exact: true }).click();
  const file = await download;
  return readFileSync((await file.path())!);
}

test.describe('security', () => {
  test('the built page carries a strict CSP, and layout and every export run under it', async ({
    app,
    page,
  }) => {
    test.setTimeout(120_000); // the "What you see" PNG alone takes seconds
    const seen = await watch(page);
    await app.start();
    const csp = await page
      .locator('meta[http-equiv="Content-Security-Policy"]')
      .getAttribute('content');
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline/);

    // Opening a preset without positions lays it out in the ELK worker first: on a busy machine
    // that takes longer than the page object's wait, so wait here.
    await page
      .getByRole('button', { name: 'Open 2020 POC Handbook: three-level structure' })
      .click();
    await expect(app.canvas).toBeVisible({ timeout: 30_000 });
    // A Cyrillic title makes the PDF fetch its embedded font, an asset of the build.
    await page.evaluate(() => {
      const d = JSON.parse(window.__organogram!.docText());
      d.title = `${d.title} — Проверка`;
      window.__organogram!.load(JSON.stringify(d));
    });
    await app.button('Auto layout').click();
    await expect(app.button('Auto layout')).toBeEnabled();
    await expect
      .poll(async () => (await app.docJson()).links.some((l) => 'route' in l), { timeout: 20_000 })
      .toBe(true);

    expect((await exportVia(page, 'SVG')).toString('utf8')).toMatch(/^<svg /);
    const png = await exportVia(page, 'PNG');
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    // "What you see": html-to-image draws the live canvas through data: URLs.
    // The switch is toggled from the keyboard once the dialog has finished opening: a pointer
    // click can land while Mantine's modal is still moving in, and then toggles nothing.
    const snapshot = await exportVia(page, 'PNG', async () => {
      const whatYouSee = page.getByRole('dialog').getByRole('switch', { name: /What you see/ });
      await expect(page.getByRole('dialog')).toBeVisible();
      await whatYouSee.focus();
      await page.keyboard.press('Space');
      await expect(whatYouSee).toBeChecked();
    });
    expect(snapshot.subarray(1, 4).toString('latin1')).toBe('PNG');
    const pdf = await exportVia(page, 'PDF');
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    // The font's name, in PDF name syntax: the DejaVu Sans asset was fetched and embedded.
    expect(pdf.toString('latin1')).toContain('/BaseFont /DejaVu#20Sans');

    expect(await seen.violations()).toEqual([]);
    expect(seen.consoleErrors).toEqual([]);
    expect(seen.dialogs).toEqual([]);

    // The control: the policy is enforced, not only present, and the watcher sees what it refuses.
    // (DevTools' own evaluation is exempt from the page's policy, a script element is not.)
    const ran = await page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.__pwned = "inline"';
      document.head.append(s);
      return window.__pwned;
    });
    expect(ran).toBeUndefined();
    await expect.poll(() => seen.violations()).toEqual(['script-src-elem blocked inline']);
  });

  test('hostile text in every field stays text: no script runs, no dialog opens', async ({
    app,
    page,
  }) => {
    const seen = await watch(page);
    const doc = withPlacement(hostileDoc(HOSTILE.map(([, s]) => s)));
    const file = join(mkdtempSync(join(tmpdir(), 'poc-hostile-')), 'hostile.json');
    writeFileSync(file, serializeDocument(doc));

    await app.start();
    await app.newOrganogram();
    const chooser = page.waitForEvent('filechooser');
    await app.button('Open').click();
    await (await chooser).setFiles(file);
    await expect.poll(() => app.unitCount()).toBe(Object.keys(doc.units).length);

    // Labels are drawn as the characters typed, tags and all. Each unit is found by its id with
    // the Find box, which selects it (so the inspector shows its text as text) and zooms to it.
    const find = async (id: string) => {
      await page.getByRole('searchbox', { name: 'Find a unit' }).fill(id);
      await page.getByRole('searchbox', { name: 'Find a unit' }).press('Enter');
      await expect(app.node(id)).toHaveClass(/selected/);
    };
    for (const i of [0, 1, 2, 25, 26]) {
      const text = HOSTILE[i]![1];
      await find(`joc-${i}`);
      const label = app.node(`joc-${i}`).locator('.unit-node__label');
      await expect(label).toBeVisible();
      await expect(label).toHaveText(text);
      await expect(app.inspector.getByRole('textbox', { name: 'Label', exact: true })).toHaveValue(
        text,
      );
      await find(`hom-${i}`);
      await expect(app.inspector.getByRole('textbox', { name: 'Notes' })).toHaveValue(text);
      await expect(app.inspector.getByRole('textbox', { name: 'POC role' })).toHaveValue(text);
    }

    await page.getByRole('tab', { name: 'Checklist' }).click();
    const checklist = page.getByRole('region', { name: 'Checklist' });
    await expect(checklist.getByTestId('checklist.score')).toContainText(/Score \d+ \/ \d+/);
    await checklist.getByTestId('checklist.group.vision').getByRole('button').first().click();
    await expect(checklist.getByRole('textbox', { name: 'Note on V1' })).toHaveValue(
      /^<script>alert\(1\)<\/script> <img src=x onerror=alert\(1\)>/,
    );

    // Had any text become markup, the policy would have stopped its handlers and scripts, but the
    // element would be in the page and the refusal would be a violation: all three are checked.
    expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
    expect(await page.locator('#root img[src="x"], #root script').count()).toBe(0);
    expect(seen.dialogs).toEqual([]);
    expect(await seen.violations()).toEqual([]);
    expect(seen.consoleErrors).toEqual([]);
  });
});
