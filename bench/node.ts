// `npm run bench`: the Node tier. Writes bench/results.json and prints one table.
import { cpus, totalmem } from 'node:os';
import { runNodeBench } from './node-bench';
import { saveResults, table } from './stats';

const smoke = process.argv.includes('--smoke');
const { rows, calibrationMs } = await runNodeBench({
  sizes: smoke
    ? { layout: ['S'], validate: ['S'], diff: ['S'], svg: ['S'], drag: ['S'] }
    : { layout: ['M', 'L'], validate: ['M', 'L', 'XL'], svg: ['M', 'L'], drag: ['M', 'L', 'XL'] },
  reps: smoke ? 2 : 7,
  log: (s) => console.error(s),
});
const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GB, Node ${process.version}`;
console.log(`Node tier on ${machine}; calibration layout ${calibrationMs.toFixed(1)} ms\n`);
console.log(table(rows));
if (!smoke) saveResults('node', { machine, calibrationMs, rows });
