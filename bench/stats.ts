import { readFileSync, writeFileSync } from 'node:fs';

/** Median and 95th percentile of a list of timings. */
export function stats(xs: number[]): { median: number; p95: number } {
  const s = xs.slice().sort((a, b) => a - b);
  const at = (q: number) =>
    s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))] ?? NaN;
  return { median: at(0.5), p95: at(0.95) };
}

/** Runs `fn` `reps` times after `warm` warm-up runs and returns the timings in ms. */
export async function time(fn: () => unknown, reps: number, warm = 1): Promise<number[]> {
  for (let i = 0; i < warm; i++) await fn();
  const out: number[] = [];
  for (let i = 0; i < reps; i++) {
    const t0 = performance.now();
    await fn();
    out.push(performance.now() - t0);
  }
  return out;
}

/** One row of the results table. */
export interface Row {
  name: string;
  median: number;
  p95: number;
  unit: 'ms' | 'ratio' | 'MB' | 'count';
  /** Median in units of the calibration layout (timings only). */
  cal?: number;
  target?: string;
  /** Whether the figure meets its target; undefined when there is none. */
  ok?: boolean;
  note?: string;
}

/** The results as a plain-text table; a missed target is shown as MISSED, never hidden. */
export function table(rows: Row[]): string {
  const head = ['measure', 'median', 'p95', '× cal', 'target', 'status'];
  const body = rows.map((r) => [
    r.name,
    fmt(r.median, r.unit),
    fmt(r.p95, r.unit),
    r.cal === undefined ? '' : r.cal.toFixed(2),
    r.target ?? '',
    r.ok === undefined ? '' : r.ok ? 'met' : 'MISSED',
  ]);
  const w = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(w[i]!)).join(' | ')} |`;
  return [line(head), line(w.map((n) => '-'.repeat(n))), ...body.map(line)].join('\n');
}

function fmt(v: number, unit: Row['unit']) {
  if (!Number.isFinite(v)) return 'n/a';
  if (unit === 'ratio') return v.toFixed(3);
  if (unit === 'MB') return `${v.toFixed(2)} MB`;
  if (unit === 'count') return String(Math.round(v));
  return `${v < 10 ? v.toFixed(2) : v.toFixed(0)} ms`;
}

/** Merges one tier's results into bench/results.json, keeping the other tier's. */
export function saveResults(key: 'node' | 'browser', data: Record<string, unknown>): void {
  let prev: Record<string, unknown> = {};
  try {
    prev = JSON.parse(readFileSync('bench/results.json', 'utf8')) as Record<string, unknown>;
  } catch {
    // First run.
  }
  const next = { ...prev, [key]: { date: new Date().toISOString(), ...data } };
  writeFileSync('bench/results.json', `${JSON.stringify(next, null, 2)}\n`);
}
