import { describe, expect, it } from 'vitest';
import type { LayoutReply, LayoutRequest } from '../../src/layout/protocol';
import {
  createWorkerEngine,
  LayoutCancelledError,
  LayoutTimeoutError,
  LayoutWorkerError,
} from '../../src/layout/worker-engine';

/**
 * A stand-in for the layout worker speaking its message protocol: a request is answered only when
 * the test calls `answer()` (or `fail()`), so each test decides what is still running.
 */
class FakeWorker {
  onmessage: ((e: { data: LayoutReply }) => void) | null = null;
  onerror: ((e: { message: string; preventDefault(): void }) => void) | null = null;
  terminated = false;
  pending: LayoutRequest[] = [];
  postMessage(msg: LayoutRequest) {
    this.pending.push(msg);
  }
  terminate() {
    this.terminated = true;
  }
  /** Answers the oldest request: every unit placed at the origin. */
  answer() {
    const job = this.pending.shift()!;
    const positions = Object.fromEntries(
      Object.keys(job.doc.units).map((id) => [id, { x: 0, y: 0 }]),
    );
    this.onmessage?.({ data: { id: job.id, result: { positions, sizes: {}, routes: {} } } });
  }
  fail(message: string) {
    const job = this.pending.shift()!;
    this.onmessage?.({ data: { id: job.id, error: { name: 'Error', message } } });
  }
  crash(message: string) {
    this.onerror?.({ message, preventDefault() {} });
  }
}

/** A document named by its only unit, so a result tells which request it answers. */
const doc = (name: string) =>
  ({
    units: { [name]: { id: name, kind: 'joc', label: name } },
    links: {},
  }) as unknown as LayoutRequest['doc'];
const tick = () => new Promise((r) => setTimeout(r, 5));
const named = (name: string) => ({ positions: { [name]: { x: 0, y: 0 } } });

function setup(deadlineMs: number | ((r: LayoutRequest) => number) = 10_000) {
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
    const p = engine.layout(doc('g'));
    await tick();
    workers[0]!.answer();
    expect(await p).toMatchObject(named('g'));
  });

  it('cancels a running layout when a newer one is asked for, on a fresh worker', async () => {
    const { engine, workers } = setup();
    const first = engine.layout(doc('one'));
    await tick();
    const second = engine.layout(doc('two'));
    await expect(first).rejects.toBeInstanceOf(LayoutCancelledError);
    expect(workers[0]!.terminated).toBe(true);
    await tick();
    workers[1]!.answer();
    expect(await second).toMatchObject(named('two'));
  });

  it('stops a layout past its deadline, taken per request when given as a rule', async () => {
    const { engine, workers } = setup((r) => ('slow' in r.doc.units ? 20 : 10_000));
    const p = engine.layout(doc('slow'));
    await expect(p).rejects.toBeInstanceOf(LayoutTimeoutError);
    expect(workers[0]!.terminated).toBe(true);
  });

  it('cancels a request that is still waiting for the warm-up', async () => {
    const { engine, workers } = setup();
    void engine.warm();
    await tick();
    const p = engine.layout(doc('waiting'));
    engine.terminate();
    await expect(p).rejects.toBeInstanceOf(LayoutCancelledError);
    await tick();
    // Nothing was started after the cancel.
    expect(workers.every((w) => w.pending.every((j) => !('waiting' in j.doc.units)))).toBe(true);
  });

  it('lets a request wait for the warm-up and then run', async () => {
    const { engine, workers } = setup();
    void engine.warm();
    await tick();
    const p = engine.layout(doc('after'));
    workers[0]!.answer(); // the warm-up
    await tick();
    await tick();
    workers[0]!.answer();
    expect(await p).toMatchObject(named('after'));
  });

  it('passes on an error the worker reports, and keeps the worker', async () => {
    const { engine, workers } = setup();
    const p = engine.layout(doc('bad'));
    await tick();
    workers[0]!.fail('ELK refused the graph');
    await expect(p).rejects.toThrow('ELK refused the graph');
    expect(workers[0]!.terminated).toBe(false);
  });

  it('rejects the running layout when the worker itself fails, and starts afresh next time', async () => {
    const { engine, workers } = setup();
    const p = engine.layout(doc('one'));
    await tick();
    workers[0]!.crash('out of memory');
    await expect(p).rejects.toThrow(/out of memory/);
    // Typed, so the editor can say it again in the reader's language without reading the English.
    await expect(p).rejects.toMatchObject({ name: 'LayoutWorkerError', detail: 'out of memory' });
    await expect(p).rejects.toBeInstanceOf(LayoutWorkerError);
    const q = engine.layout(doc('two'));
    await tick();
    expect(workers).toHaveLength(2);
    workers[1]!.answer();
    expect(await q).toMatchObject(named('two'));
  });
});
