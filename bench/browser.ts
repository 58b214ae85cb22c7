// `npm run bench:browser`: the browser tier, one scenario at a time in headless Chromium against
// `vite preview` of the production build. Writes bench/results.json (key "browser") and a table.
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import type { Page } from '@playwright/test';
import { serializeDocument, withPlacement } from '../src/model';
import { chromiumPath } from '../scripts/browser-path.mjs';
import { generateMission } from './generate';
import type { SizeName } from './generate';
import { saveResults, stats, table } from './stats';
import type { Row } from './stats';

const smoke = process.argv.includes('--smoke');
const PORT = 4174;
const URL = `http://127.0.0.1:${PORT}/`;

function bundleRows(): Row[] {
  const html = readFileSync('dist/index.html', 'utf8');
  const entries = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]!);
  let gz = 0;
  let elk = false;
  for (const e of entries) {
    const code = readFileSync(`dist/${e}`);
    gz += gzipSync(code).length;
    if (code.includes('org.eclipse.elk')) elk = true;
  }
  const worker = readdirSync('dist/assets').find((f) => f.startsWith('elk-worker'));
  return [
    {
      name: 'initial JavaScript, KB gzip',
      median: gz / 1024,
      p95: gz / 1024,
      unit: 'count',
      target: '≤ 300 KB',
      ok: gz <= 300 * 1024,
      note: 'KB',
    },
    {
      name: 'ELK kept out of the initial bundle',
      median: elk ? 0 : 1,
      p95: elk ? 0 : 1,
      unit: 'count',
      target: '1 (yes)',
      ok: !elk && !!worker && statSync(`dist/assets/${worker}`).size > 0,
    },
  ];
}

async function loadDoc(page: Page, size: SizeName, placed: boolean) {
  const doc = generateMission(size);
  const text = serializeDocument(placed ? withPlacement(doc) : doc);
  await page.evaluate((t) => window.__organogram!.load(t), text);
  await page.locator('.react-flow__node').first().waitFor();
  await page.waitForTimeout(500);
}

// Page scripts are plain strings: tsx would otherwise wrap named inner functions in a helper
// that does not exist in the page.
const START_FRAMES = `(() => {
  window.__gaps = []; window.__frames = []; window.__run = true;
  let last = performance.now();
  const tick = (t) => { window.__gaps.push(t - last); window.__frames.push([t, t - last]); last = t; if (window.__run) requestAnimationFrame(tick); };
  requestAnimationFrame(tick);
})()`;
const STOP_FRAMES = `(() => { window.__run = false; return window.__gaps.slice(1); })()`;

/** Records the gaps between animation frames until stopped. */
async function startFrames(page: Page) {
  await page.evaluate(START_FRAMES);
}
async function stopFrames(page: Page): Promise<number[]> {
  return page.evaluate(STOP_FRAMES) as Promise<number[]>;
}

async function main() {
  const server = spawn(
    'npx',
    ['vite', 'preview', '--port', String(PORT), '--strictPort', '--host', '127.0.0.1'],
    { stdio: 'ignore' },
  );
  const rows: Row[] = bundleRows();
  const exe = chromiumPath();
  const browser = await chromium.launch({
    ...(exe ? { executablePath: exe } : {}),
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  try {
    for (let i = 0; i < 40; i++) {
      try {
        await fetch(URL);
        break;
      } catch {
        await new Promise((r) => setTimeout(r, 250));
      }
    }
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    // Cold load: a saved document reopens on load; time from navigation to its first unit painted.
    await page.goto(URL);
    await page
      .getByRole('button', { name: 'Open 2020 POC Handbook: three-level structure', exact: true })
      .click();
    await page.locator('.react-flow__node').first().waitFor();
    await page.waitForTimeout(800);
    const loads: number[] = [];
    for (let i = 0; i < (smoke ? 1 : 5); i++) {
      await page.reload();
      await page.locator('.react-flow__node').first().waitFor();
      loads.push(await page.evaluate(() => performance.now()));
    }
    rows.push(row('cold load to first unit (preset)', loads, '—'));

    for (const size of (smoke ? ['S'] : ['M', 'L']) as SizeName[]) {
      await loadDoc(page, size, true);
      const inApp: number[] = [];
      const total: number[] = [];
      let worstWhileRunning = 0;
      let applyFrame = 0;
      for (let i = 0; i < (smoke ? 1 : 3); i++) {
        await page.evaluate(() => performance.clearMarks());
        await startFrames(page);
        const t0 = Date.now();
        await page.getByRole('button', { name: 'Auto layout', exact: true }).click();
        await page.waitForFunction(
          () => performance.getEntriesByName('poc-layout-result').length > 0,
          undefined,
          { timeout: 120_000 },
        );
        await page.waitForFunction(
          () =>
            !(document.querySelector('button[title*="Lay out"]') as HTMLButtonElement | null)
              ?.disabled,
        );
        await page.waitForTimeout(400);
        total.push(Date.now() - t0);
        const marks = (await page.evaluate(`(() => ({
          start: performance.getEntriesByName('poc-layout-start')[0].startTime,
          result: performance.getEntriesByName('poc-layout-result')[0].startTime,
          frames: window.__frames.slice(1),
        }))()`)) as { start: number; result: number; frames: [number, number][] };
        await stopFrames(page);
        inApp.push(marks.result - marks.start);
        // Frames that ended while ELK was running in its worker, then the frame that applied it.
        for (const [t, gap] of marks.frames) {
          if (t > marks.start && t <= marks.result)
            worstWhileRunning = Math.max(worstWhileRunning, gap);
          if (t > marks.result) applyFrame = Math.max(applyFrame, gap);
        }
      }
      const tgt = size === 'M' ? 400 : size === 'L' ? 3000 : undefined;
      rows.push(
        row(
          `layout ${size} in the app (click to result)`,
          inApp,
          tgt ? (size === 'M' ? '≤ 400 ms' : '≤ 3 s') : undefined,
          tgt,
        ),
      );
      rows.push(row(`layout ${size} incl. applying and rendering`, total));
      rows.push({
        name: `longest frame gap while ${size} layout runs`,
        median: worstWhileRunning,
        p95: worstWhileRunning,
        unit: 'ms',
        ...(size === 'L' ? { target: '≤ 50 ms', ok: worstWhileRunning <= 50 } : {}),
      });
      rows.push({
        name: `frame that applies the ${size} layout`,
        median: applyFrame,
        p95: applyFrame,
        unit: 'ms',
      });
    }

    // PNG export of a preset: ours (model SVG drawn on a canvas) against html-to-image's toPng of
    // the same view ("What you see"), interleaved; both through the Export menu, download to download.
    {
      await page.goto(URL);
      await page.getByRole('button', { name: 'Presets', exact: true }).click();
      await page
        .getByRole('button', { name: 'Open 2020 POC Handbook: three-level structure', exact: true })
        .click();
      await page.locator('.react-flow__node').first().waitFor();
      await page.waitForTimeout(800);
      const once = async (whatYouSee: boolean) => {
        await page.getByRole('button', { name: 'Export', exact: true }).click();
        await page.getByRole('menuitem', { name: 'PNG', exact: true }).click();
        const sw = page.getByRole('switch', { name: /What you see/ });
        if ((await sw.isChecked()) !== whatYouSee) await sw.click({ force: true });
        const dl = page.waitForEvent('download', { timeout: 120_000 });
        const t0 = Date.now();
        await page
          .getByRole('dialog')
          .getByRole('button', { name: 'Download', exact: true })
          .click();
        const file = await dl;
        const ms = Date.now() - t0;
        const size = statSync((await file.path())!).size;
        await page.waitForTimeout(300);
        return { ms, size };
      };
      const ours: number[] = [];
      const theirs: number[] = [];
      for (let i = 0; i < (smoke ? 1 : 3); i++) {
        const a = await once(false);
        const b = await once(true);
        if (a.size < 10_000 || b.size < 10_000) throw new Error('an export came out empty');
        ours.push(a.ms);
        theirs.push(b.ms);
      }
      rows.push(row('PNG 2× of a 64-unit preset (ours)', ours, '≤ 1 s', 1000));
      rows.push(row('PNG 2× (html-to-image toPng, same view)', theirs));
      const ratios = ours.map((o, i) => o / theirs[i]!);
      const r = stats(ratios);
      rows.push({
        name: 'PNG ours ÷ html-to-image',
        median: r.median,
        p95: r.p95,
        unit: 'ratio',
        target: '≤ 0.3',
        ok: r.median <= 0.3,
      });
    }

    for (const size of (smoke ? ['S'] : ['M', 'L', 'XL']) as SizeName[]) {
      await loadDoc(page, size, true);
      const node = page.locator('.react-flow__node-unit').nth(3);
      const b = (await node.boundingBox())!;
      await page.mouse.move(b.x + 20, b.y + 20);
      await page.mouse.down();
      await startFrames(page);
      const steps: number[] = [];
      for (let i = 0; i < 60; i++) {
        const t0 = performance.now();
        await page.mouse.move(b.x + 20 + i * 3, b.y + 20 + (i % 2));
        steps.push(performance.now() - t0);
      }
      await page.mouse.up();
      const gaps = await stopFrames(page);
      const target = size === 'M' ? 17 : size === 'L' ? 20 : undefined;
      rows.push(row(`drag ms per step ${size}`, steps));
      const fs = stats(gaps);
      rows.push({
        name: `drag frame gap ${size}`,
        median: fs.median,
        p95: fs.p95,
        unit: 'ms',
        ...(target ? { target: `p95 ≤ ${target} ms`, ok: fs.p95 <= target } : {}),
      });
    }
  } finally {
    await browser.close();
    server.kill();
  }
  return rows;
}

function row(name: string, xs: number[], target?: string, max?: number): Row {
  const { median, p95 } = stats(xs);
  return {
    name,
    median,
    p95,
    unit: 'ms',
    ...(target ? { target } : {}),
    ...(max !== undefined ? { ok: median <= max } : {}),
  };
}

const rows = await main();
console.log(table(rows));
if (!smoke) saveResults('browser', { rows });
