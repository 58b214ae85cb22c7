// Shared pieces of the browser tier: what a scenario looks like, the rows it reports, and the
// page helpers every scenario needs (open the app, load a generated document, record frames).
import type { Browser, Page } from '@playwright/test';
import { emptyDoc, serializeDocument, withPlacement } from '../src/model';
import { generateMission } from './generate';
import type { SizeName } from './generate';
import { stats } from './stats';
import type { Row } from './stats';

export interface Ctx {
  browser: Browser;
  url: string;
  /** The quick run of `npm test`: smallest sizes, one or two repetitions, no timing verdicts. */
  smoke: boolean;
}

/**
 * One measured situation. It gets a page in a fresh browser context of its own (no IndexedDB,
 * caches or listeners left by the scenario before) and throws when a check fails, so a broken
 * scenario is reported as failed rather than as a fast figure.
 */
export interface Scenario {
  name: string;
  run: (page: Page, ctx: Ctx) => Promise<Row[]>;
}

/** A timing row; with `max`, the median is judged against it. */
export function row(name: string, xs: number[], target?: string, max?: number): Row {
  const { median, p95 } = stats(xs);
  return {
    name,
    median,
    p95,
    unit: 'ms',
    ...(target ? { target } : {}),
    // A figure that could not be taken (NaN) counts as missed, never as met.
    ...(max !== undefined ? { ok: median <= max } : {}),
  };
}

/** Throws with `what` unless `ok`: the checks that make a timing mean something. */
export function check(ok: boolean, what: string): asserts ok {
  if (!ok) throw new Error(`check failed: ${what}`);
}

/** The app's start screen, then a new empty organogram: the editor is on screen. */
export async function openEditor(page: Page, url: string) {
  await page.goto(url);
  await page.getByRole('button', { name: 'New organogram', exact: true }).click();
  await page.getByRole('region', { name: 'Canvas' }).waitFor();
}

/** File text of a generated mission, placed so that no auto-layout is needed to draw it. */
export function missionText(size: SizeName): string {
  return serializeDocument(withPlacement(generateMission(size)));
}

/** File text of an empty organogram: what "unmounting" a large chart leaves on screen. */
export function emptyText(): string {
  return serializeDocument(emptyDoc('bench-empty', 'Empty', new Date('2026-01-01T00:00:00Z')));
}

/** Loads file text through the app's own parser (the test hook), as "Open" would. */
export async function loadText(page: Page, text: string, opts: { empty?: boolean } = {}) {
  const ok = await page.evaluate((t) => window.__organogram!.load(t), text);
  check(ok, 'the app accepted the document');
  if (opts.empty) await page.locator('.react-flow__node').first().waitFor({ state: 'detached' });
  else await page.locator('.react-flow__node').first().waitFor({ timeout: 60_000 });
  await page.waitForTimeout(500);
}

export async function loadDoc(page: Page, size: SizeName) {
  await loadText(page, missionText(size));
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
export async function startFrames(page: Page) {
  await page.evaluate(START_FRAMES);
}
export async function stopFrames(page: Page): Promise<number[]> {
  return page.evaluate(STOP_FRAMES) as Promise<number[]>;
}
