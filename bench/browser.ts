// `npm run bench:browser`: the browser tier, one scenario at a time in headless Chromium against
// `vite preview` of the production build. Writes bench/results.json (key "browser") and a table.
// `--smoke` (`npm run bench:browser:smoke`, the last step of `npm test`): every scenario once on
// the smallest size, no timing verdicts; writes test-results/bench-browser-smoke.json instead, and
// exits non-zero when a scenario throws or one of its checks fails. `--only=<name>` runs the
// scenarios whose name contains <name> and saves nothing.
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumPath } from '../scripts/browser-path.mjs';
import { BASE_SCENARIOS } from './browser-scenarios';
import { INTERACT_SCENARIOS } from './browser-interact';
import { heap } from './browser-memory';
import type { Ctx } from './browser-util';
import { saveResults, table } from './stats';
import type { Row } from './stats';

const smoke = process.argv.includes('--smoke');
const only = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length);
const PORT = 4174;
const URL = `http://127.0.0.1:${PORT}/`;
const SMOKE_REPORT = 'test-results/bench-browser-smoke.json';

/** Starts `vite preview` of dist/ (node directly, not npx, so that killing it stops the server). */
async function startServer() {
  // Another server on the port would answer our requests and be measured in our place.
  const taken = await fetch(URL).then(
    () => true,
    () => false,
  );
  if (taken) throw new Error(`port ${PORT} is in use: stop what serves it, then run again`);
  const server = spawn(
    process.execPath,
    [
      'node_modules/vite/bin/vite.js',
      'preview',
      ...['--port', String(PORT), '--strictPort', '--host', '127.0.0.1'],
    ],
    { stdio: 'ignore' },
  );
  // Vite exits at once when it cannot serve (no dist/, or the port taken since the check above).
  let exited = false;
  server.on('exit', () => (exited = true));
  // Even when this process dies of an error no `finally` sees, the server goes with it.
  process.on('exit', () => server.kill());
  for (let i = 0; i < 120 && !exited; i++) {
    try {
      if ((await fetch(URL)).ok) return server;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  server.kill();
  throw new Error(`vite preview did not start on port ${PORT} (in use, or no dist/?)`);
}

async function main() {
  const scenarios = [...BASE_SCENARIOS, ...INTERACT_SCENARIOS, heap].filter(
    (s) => !only || s.name.includes(only),
  );
  const started = Date.now();
  const server = await startServer();
  const exe = chromiumPath();
  const browser = await chromium.launch({
    ...(exe ? { executablePath: exe } : {}),
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--enable-precise-memory-info',
    ],
  });
  const ctx: Ctx = { browser, url: URL, smoke };
  const rows: Row[] = [];
  const failures: { scenario: string; error: string }[] = [];
  try {
    for (const s of scenarios) {
      const context = await browser.newContext({
        viewport: { width: 1440, height: 900 },
        acceptDownloads: true,
      });
      const t0 = Date.now();
      try {
        rows.push(...(await s.run(await context.newPage(), ctx)));
        console.error(`${s.name}: done in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
      } catch (e) {
        const error = e instanceof Error ? e.message : String(e);
        failures.push({ scenario: s.name, error });
        console.error(`${s.name}: FAILED: ${error}`);
      } finally {
        await context.close();
      }
    }
  } finally {
    await browser.close();
    server.kill();
  }
  const seconds = (Date.now() - started) / 1000;
  // The smoke run's sizes have no targets of their own: show its figures without verdicts.
  console.log(table(smoke ? rows.map(({ target: _t, ok: _o, ...r }) => r) : rows));
  console.log(
    `\n${scenarios.length - failures.length} of ${scenarios.length} scenarios ran in ${seconds.toFixed(0)} s`,
  );
  for (const f of failures) console.log(`FAILED ${f.scenario}: ${f.error}`);
  if (smoke && !only) {
    // Counted by scripts/ci-summary.mjs: one test per scenario.
    mkdirSync('test-results', { recursive: true });
    const report = { passed: scenarios.length - failures.length, failed: failures.length };
    writeFileSync(SMOKE_REPORT, `${JSON.stringify({ ...report, seconds, failures }, null, 2)}\n`);
  } else if (!only) saveResults('browser', { rows, failures });
  return failures.length === 0;
}

process.exitCode = (await main()) ? 0 : 1;
