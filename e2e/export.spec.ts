import { execFileSync } from 'node:child_process';
import { readFileSync, copyFileSync } from 'node:fs';
import { PNG } from 'pngjs';
import type { Page } from '@playwright/test';
import { expect, SHOTS, test } from './fixtures';

const HANDBOOK = '2020 POC Handbook: three-level structure';

async function exportVia(page: Page, item: string, button = 'Download') {
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: item, exact: true }).click();
  if (button)
    await page.getByRole('dialog').getByRole('button', { name: button, exact: true }).click();
  const file = await download;
  return { name: file.suggestedFilename(), path: (await file.path())! };
}

test.describe('exports', () => {
  test('PNG has the expected size and link pixels', async ({ app, page }) => {
    await app.start();
    await app.openPreset(HANDBOOK);
    const { name, path } = await exportVia(page, 'PNG');
    expect(name).toMatch(/^2020-poc-handbook-three-level-structure-\d{4}-\d{2}-\d{2}\.png$/);
    copyFileSync(path, `${SHOTS}/export-handbook-2020.png`);
    const png = PNG.sync.read(readFileSync(path));
    // 2× the SVG's size, which spans every unit of the laid-out chart.
    expect(png.width).toBeGreaterThan(1500);
    expect(png.height).toBeGreaterThan(400);
    // Pixels in the colours of reporting lines and membership connectors are present.
    let ink = 0;
    for (let i = 0; i < png.data.length; i += 4) {
      const [r, g, b] = [png.data[i]!, png.data[i + 1]!, png.data[i + 2]!];
      if (Math.abs(r - 0x63) < 30 && Math.abs(g - 0x66) < 30 && Math.abs(b - 0xf1) < 30) ink++;
    }
    expect(ink).toBeGreaterThan(200);
  });

  test('SVG is pure vector with every unit label', async ({ app, page }) => {
    await app.start();
    await app.openPreset(HANDBOOK);
    const { name, path } = await exportVia(page, 'SVG');
    expect(name).toMatch(/\.svg$/);
    const svg = readFileSync(path, 'utf8');
    expect(svg).not.toContain('foreignObject');
    expect(svg).not.toMatch(/<script/i);
    const doc = await app.docJson();
    expect(svg).toContain('Senior POC Adviser'.slice(0, 10));
    expect((svg.match(/<path/g) ?? []).length).toBeGreaterThanOrEqual(doc.links.length);
  });

  test('PDF holds the title and every forum name as text', async ({ app, page }) => {
    test.skip(!commandExists('pdftotext'), 'pdftotext (poppler-utils) is not installed');
    await app.start();
    await app.openPreset(HANDBOOK);
    const { path } = await exportVia(page, 'PDF');
    const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
    expect(text).toContain('2020 POC Handbook');
    const doc = await app.docJson();
    const forums = doc.units.filter((u) => ['smg-p', 'poc-wg', 'field-poc-wg'].includes(u.kind));
    expect(forums.length).toBeGreaterThan(2);
    const flat = text.replace(/\s+/g, ' ');
    for (const f of forums)
      expect(flat, f.label).toContain(f.label.split(' ').slice(0, 2).join(' '));
  });

  test('JSON reopens as the same document; ToR, checklist report and briefing pack download', async ({
    app,
    page,
  }) => {
    await app.start();
    await app.openPreset(HANDBOOK);
    const before = await app.docJson();
    const json = await exportVia(page, 'JSON', '');
    expect(json.name).toMatch(/\.json$/);
    await app.button('New').click();
    const chooser = page.waitForEvent('filechooser');
    await app.button('Open').click();
    await (await chooser).setFiles(json.path);
    await expect.poll(() => app.unitCount()).toBe(before.units.length);
    expect(await app.docJson()).toEqual(before);

    const tor = await exportVia(page, 'Terms of reference', '');
    const md = readFileSync(tor.path, 'utf8');
    expect(md).toContain('Senior Management Group');
    expect(md).toMatch(/to be determined|Chair/);

    const report = await exportVia(page, 'Checklist report', 'Printable page');
    const html = readFileSync(report.path, 'utf8');
    expect(html).toContain('Checklist report');
    expect(html).not.toMatch(/<script/i);

    if (commandExists('pdftotext')) {
      const pack = await exportVia(page, 'Briefing pack');
      const text = execFileSync('pdftotext', [pack.path, '-'], { encoding: 'utf8' });
      expect(text).toContain('Checklist report');
      expect(text).toMatch(/Terms of reference/i);
    }
  });
});

function commandExists(cmd: string) {
  try {
    execFileSync('which', [cmd]);
    return true;
  } catch {
    return false;
  }
}
