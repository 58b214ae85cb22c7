// Prints the totals of the unit tests, the browser tests and the browser benchmark's smoke run as
// one plain line: "N passed, N failed". A stage that did not run (an earlier step failed) counts
// as one failure, so a red run never reads green.
import { existsSync, readFileSync } from 'node:fs';

let passed = 0;
let failed = 0;

const unit = 'test-results/unit-results.json';
if (existsSync(unit)) {
  const r = JSON.parse(readFileSync(unit, 'utf8'));
  passed += r.numPassedTests ?? 0;
  failed += (r.numFailedTests ?? 0) + (r.numRuntimeErrorTests ?? 0);
} else failed += 1;

const e2e = 'test-results/e2e-results.json';
if (existsSync(e2e)) {
  const r = JSON.parse(readFileSync(e2e, 'utf8'));
  const s = r.stats ?? {};
  passed += (s.expected ?? 0) + (s.flaky ?? 0);
  failed += s.unexpected ?? 0;
} else failed += 1;

// The browser benchmark's smoke run (`npm run bench:browser:smoke`): one test per scenario.
const bench = 'test-results/bench-browser-smoke.json';
if (existsSync(bench)) {
  const r = JSON.parse(readFileSync(bench, 'utf8'));
  passed += r.passed ?? 0;
  failed += r.failed ?? 0;
} else failed += 1;

console.log(`${passed} passed, ${failed} failed`);
