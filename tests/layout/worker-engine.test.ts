import { describe, expect, it } from 'vitest';
import type { ElkNode } from 'elkjs/lib/elk-api';
import {
  createWorkerEngine,
  LayoutCancelledError,
  LayoutTimeoutError,
} from '../../src/layout/worker-engine';

/**
 * A stand-in for ELK's worker speaking its message protocol: `register` is answered at once,
 * `layout` only when the test calls `answer()`, so each test decides what is still running.
 */
class FakeWorker {
  onmessage: ((e: { data: unknown }) => void) | null = null;
  terminated = false;
  pending: { id: number; graph: ElkNode }[] = [];
  postMessage(msg: { id: number; cmd: string; graph?: ElkNode }) {
    if (msg.cmd === 'layout') this.pending.push({ id: msg.id, graph: msg.graph! });
    else this.reply({ id: msg.id, data: null });
  }
  terminate() {
    this.terminated = true;
  }
  answer() {
    const job = this.pending.shift()!;
    this.reply({ id: job.id, data: { ...job.graph, laidOut: true } });
  }
  private reply(data: unknown) {
    this.onmessage?.({ data });
  }
}

const graph = (id: string): ElkNode => ({ id, children: [{ id: `${id}-a`, width: 1, height: 1 }] });
const tick = () => new Promise((r) => setTimeout(r, 5));

function setup(deadlineMs: number | ((g: ElkNode) => number) = 10_000) {
  const workers: FakeWorker[] = [];
  const engine = createWorkerEngine({
    deadlineMs,
    workerFactory: () => {
      const w = new FakeWorker();
      workers.push(w);
      return w as unknown as Worker;
    },
  });
  return { engine, workers };
}

describe('the layout worker engine', () => {
  it('returns what the worker answers', async () => {
    const { engine, workers } = setup();
    const p = engine.layout(graph('g'));
    await tick();
    workers[0]!.answer();
    expect(await p).toMatchObject({ id: 'g', laidOut: true });
  });

  it('cancels a running layout when a newer one is asked for, on a fresh worker', async () => {
    const { engine, workers } = setup();
    const first = engine.layout(graph('one'));
    await tick();
    const second = engine.layout(graph('two'));
    await expect(first).rejects.toBeInstanceOf(LayoutCancelledError);
    expect(workers[0]!.terminated).toBe(true);
    await tick();
    workers[1]!.answer();
    expect(await second).toMatchObject({ id: 'two' });
  });

  it('stops a layout past its deadline, taken per graph when given as a rule', async () => {
    const { engine, workers } = setup((g) => (g.id === 'slow' ? 20 : 10_000));
    const p = engine.layout(graph('slow'));
    await expect(p).rejects.toBeInstanceOf(LayoutTimeoutError);
    expect(workers[0]!.terminated).toBe(true);
  });

  it('cancels a request that is still waiting for the warm-up', async () => {
    const { engine, workers } = setup();
    void engine.warm();
    await tick();
    const p = engine.layout(graph('waiting'));
    engine.terminate();
    await expect(p).rejects.toBeInstanceOf(LayoutCancelledError);
    await tick();
    // Nothing was started after the cancel.
    expect(workers.every((w) => w.pending.every((j) => j.graph.id !== 'waiting'))).toBe(true);
  });

  it('lets a request wait for the warm-up and then run', async () => {
    const { engine, workers } = setup();
    void engine.warm();
    await tick();
    const p = engine.layout(graph('after'));
    workers[0]!.answer(); // the warm-up
    await tick();
    await tick();
    workers[0]!.answer();
    expect(await p).toMatchObject({ id: 'after' });
  });
});
