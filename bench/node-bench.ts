import ELK from 'elkjs/lib/elk.bundled.js';
import type { ElkNode } from 'elkjs/lib/elk-api';
import { exportSvg } from '../src/export';
import { fromElkGraph, layoutPatch, toElkGraph } from '../src/layout';
import {
  BUILT_IN_RULES,
  commands,
  diffDocuments,
  structureMetrics,
  validate,
  withPlacement,
} from '../src/model';
import type { OrgDoc } from '../src/model';
import { createEditorStore } from '../src/state/store';
import { generateMission } from './generate';
import type { SizeName } from './generate';
import { stats, time } from './stats';
import type { Row } from './stats';

const elk = new ELK();
const raw = (g: ElkNode) => elk.layout(structuredClone(g));
/** Our pipeline: document → ELK graph → ELK → positions, sizes, routes → patch. */
async function pipeline(doc: OrgDoc) {
  const g = toElkGraph(doc, {});
  const out = await raw(g);
  return layoutPatch(doc, fromElkGraph(doc, out));
}

/** The fixed calibration task: ELK on the generated S document's graph. */
async function calibrate(reps: number): Promise<number> {
  const g = toElkGraph(generateMission('S', 99), {});
  return stats(await time(() => raw(g), reps, 2)).median;
}

export interface BenchOptions {
  sizes: {
    layout: SizeName[];
    validate: SizeName[];
    svg: SizeName[];
    drag: SizeName[];
    /** Sizes for "diff + metrics"; by default the validate sizes above S (the smoke run pins S's rows). */
    diff?: SizeName[];
  };
  reps: number;
  log?: (s: string) => void;
}

const TARGETS: Record<string, { max: number; text: string }> = {
  'layout ratio M': { max: 1.05, text: '≤ 1.05' },
  'layout ratio L': { max: 1.05, text: '≤ 1.05' },
  'layout M': { max: 400, text: '≤ 400 ms' },
  'layout L': { max: 3000, text: '≤ 3 s' },
  'validate M': { max: 5, text: '≤ 5 ms' },
  'validate L': { max: 50, text: '≤ 50 ms' },
  'validate XL': { max: 300, text: '≤ 300 ms' },
  'diff + metrics L': { max: 50, text: '≤ 50 ms' },
  'svg export L': { max: 100, text: '≤ 100 ms' },
  'svg size L': { max: 2, text: '≤ 2 MB' },
};

function row(name: string, xs: number[], cal: number | undefined, unit: Row['unit'] = 'ms'): Row {
  const { median, p95 } = stats(xs);
  const t = TARGETS[name];
  return {
    name,
    median,
    p95,
    unit,
    ...(cal && unit === 'ms' ? { cal: median / cal } : {}),
    ...(t ? { target: t.text, ok: median <= t.max } : {}),
  };
}

/** Untimed runs of each layout before the timed ones. */
const WARM_UP = 3;

/** The Node tier of the benchmark: every figure that does not need a browser. */
export async function runNodeBench(
  opts: BenchOptions,
): Promise<{ rows: Row[]; calibrationMs: number }> {
  const log = opts.log ?? (() => undefined);
  const rows: Row[] = [];
  const cal = await calibrate(Math.max(3, opts.reps));
  log(`calibration layout: ${cal.toFixed(1)} ms`);
  for (const size of opts.sizes.layout) {
    const doc = generateMission(size);
    const g = toElkGraph(doc, {});
    // Interleaved A B A B on the identical ELK graph, so machine noise hits both alike.
    const ours: number[] = [];
    const theirs: number[] = [];
    // ELK's generated code takes a few runs to be compiled by V8: the first runs are 2–4 times
    // slower and would land in whichever column ran them. Warm both first.
    for (let i = 0; i < WARM_UP; i++) {
      await pipeline(doc);
      await raw(g);
    }
    for (let i = 0; i < opts.reps; i++) {
      let t0 = performance.now();
      await pipeline(doc);
      ours.push(performance.now() - t0);
      t0 = performance.now();
      await raw(g);
      theirs.push(performance.now() - t0);
    }
    const ratios = ours.map((o, i) => o / theirs[i]!);
    rows.push(row(`layout ${size}`, ours, cal));
    rows.push(row(`raw elkjs ${size}`, theirs, cal));
    rows.push(row(`layout ratio ${size}`, ratios, undefined, 'ratio'));
    log(`layout ${size} done`);
  }
  for (const size of opts.sizes.validate) {
    const doc = generateMission(size);
    rows.push(
      row(
        `validate ${size}`,
        await time(() => validate(doc, BUILT_IN_RULES), opts.reps * 3, 2),
        cal,
      ),
    );
  }
  for (const size of opts.sizes.diff ?? opts.sizes.validate.filter((s) => s !== 'S')) {
    // The Compare view's work: two different missions of one size, diffed, and both measured.
    const a = generateMission(size, 1);
    const b = generateMission(size, 2);
    const compare = () => [diffDocuments(a, b), structureMetrics(a), structureMetrics(b)];
    rows.push(row(`diff + metrics ${size}`, await time(compare, opts.reps * 3, 2), cal));
  }
  for (const size of opts.sizes.svg) {
    const doc = withPlacement(generateMission(size));
    let svg = '';
    rows.push(
      row(`svg export ${size}`, await time(() => (svg = exportSvg(doc)), opts.reps, 1), cal),
    );
    const mb = Buffer.byteLength(svg) / 1024 / 1024;
    rows.push({ ...row(`svg size ${size}`, [mb], undefined, 'MB') });
  }
  for (const size of opts.sizes.drag) {
    const doc = withPlacement(generateMission(size));
    const store = createEditorStore(doc);
    const ids = Object.keys(doc.units);
    const moving = ids[Math.floor(ids.length / 2)]!;
    const before = store.getState().doc;
    store.getState().beginGesture();
    const steps = await time(
      () => {
        const u = store.getState().doc.units[moving]!;
        store
          .getState()
          .edit(
            (d) =>
              commands.moveUnits(d, [
                { id: moving, position: { x: (u.position?.x ?? 0) + 5, y: u.position?.y ?? 0 } },
              ]),
            {
              transient: true,
            },
          );
      },
      60,
      0,
    );
    store.getState().endGesture();
    const after = store.getState().doc;
    const changed = ids.filter((id) => after.units[id] !== before.units[id]).length;
    rows.push(row(`drag step ${size}`, steps, cal));
    rows.push({
      name: `drag: units with new objects ${size}`,
      median: changed,
      p95: changed,
      unit: 'count',
      target: '1',
      ok: changed === 1,
    });
  }
  return { rows, calibrationMs: cal };
}
