import ElkApi from 'elkjs/lib/elk-api';
import type { ELK, ElkNode } from 'elkjs/lib/elk-api';
import type { LayoutEngine } from './engine';

/** A layout that was replaced by a newer request before it finished. */
export class LayoutCancelledError extends Error {
  override name = 'LayoutCancelledError';
}

/** A layout that ran past its deadline and was stopped. */
export class LayoutTimeoutError extends Error {
  override name = 'LayoutTimeoutError';
}

export interface WorkerEngineOptions {
  /** Milliseconds before a layout is stopped (default 30 s), or a rule giving it per graph. */
  deadlineMs?: number | ((graph: ElkNode) => number);
  /** Builds the worker; the default loads ELK's own worker file (elk-worker.min.js). */
  workerFactory?: () => Worker;
}

export interface WorkerLayoutEngine extends LayoutEngine {
  /** Lays out a tiny graph so the worker is started and ELK's code compiled before it is needed. */
  warm(): Promise<void>;
  /** Stops the worker (and any running layout); the next layout starts a fresh one. */
  terminate(): void;
}

/*
 * The URL is built apart from the `new Worker(...)` call on purpose: Vite then copies ELK's worker
 * file as it is (an asset) instead of bundling it, which its GWT wrapper does not survive
 * (elkjs#141). Nothing here runs at import time, so importing this module needs no Worker.
 */
const elkWorkerUrl = () => new URL('elkjs/lib/elk-worker.min.js', import.meta.url);
const defaultWorker = () => new Worker(elkWorkerUrl());

/** Errors come back from the worker as structured clones, sometimes as plain objects. */
function toError(err: unknown): Error {
  if (err instanceof Error) return err;
  if (err && typeof err === 'object' && 'message' in err)
    return new Error(String((err as { message: unknown }).message));
  return new Error(String(err));
}

const TINY: ElkNode = {
  id: 'warm',
  layoutOptions: { 'elk.algorithm': 'layered' },
  children: [
    { id: 'a', width: 10, height: 10 },
    { id: 'b', width: 10, height: 10 },
  ],
  edges: [{ id: 'e', sources: ['a'], targets: ['b'] }],
};

/**
 * ELK in a web worker, off the main thread. One layout runs at a time: a new request cancels the
 * running one (its promise rejects with LayoutCancelledError), and a layout past the deadline is
 * stopped (LayoutTimeoutError). Both terminate the worker, since an ELK run cannot be interrupted,
 * and the next request starts a fresh one.
 */
export function createWorkerEngine(options: WorkerEngineOptions = {}): WorkerLayoutEngine {
  const deadlineOf = (g: ElkNode) =>
    typeof options.deadlineMs === 'function'
      ? options.deadlineMs(g)
      : (options.deadlineMs ?? 30_000);
  const factory = options.workerFactory ?? defaultWorker;
  let elk: ELK | undefined;
  let running: { stop: (err: Error) => void } | undefined;
  /** A warm-up in flight: real requests wait for it instead of throwing its work away. */
  let warming: Promise<void> | undefined;

  const kill = () => {
    try {
      elk?.terminateWorker();
    } catch {
      // The worker is gone either way.
    }
    elk = undefined;
  };

  const run = (graph: ElkNode): Promise<ElkNode> => {
    running?.stop(new LayoutCancelledError('A newer layout request replaced this one.'));
    elk ??= new ElkApi({ workerFactory: () => factory() });
    const instance = elk;
    const deadlineMs = deadlineOf(graph);
    return new Promise<ElkNode>((resolve, reject) => {
      let done = false;
      const finish = () => {
        done = true;
        clearTimeout(timer);
        if (running === job) running = undefined;
      };
      const job = {
        stop: (err: Error) => {
          if (done) return;
          finish();
          kill();
          reject(err);
        },
      };
      const timer = setTimeout(
        () =>
          job.stop(
            new LayoutTimeoutError(
              `Auto layout took longer than ${Math.round(deadlineMs / 1000)} s and was stopped; the units stay where they were.`,
            ),
          ),
        deadlineMs,
      );
      running = job;
      instance.layout(graph).then(
        (result) => {
          if (done) return;
          finish();
          resolve(result as ElkNode);
        },
        (err: unknown) => {
          if (done) return;
          finish();
          reject(toError(err));
        },
      );
    });
  };

  let requests = 0;
  const layout = async (graph: ElkNode): Promise<ElkNode> => {
    const ticket = ++requests;
    if (warming) {
      // Wait for the warm-up instead of throwing its work away; a newer request still wins.
      await warming;
      if (ticket !== requests)
        throw new LayoutCancelledError('A newer layout request replaced this one.');
    }
    return run(graph);
  };

  return {
    layout,
    warm() {
      if (running || warming) return warming ?? Promise.resolve();
      const w = run(structuredClone(TINY)).then(
        () => undefined,
        () => undefined, // a warm-up that fails or is stopped costs nothing
      );
      warming = w;
      void w.then(() => {
        if (warming === w) warming = undefined;
      });
      return w;
    },
    terminate() {
      // A request still waiting for the warm-up is cancelled too, not started afterwards.
      requests++;
      running?.stop(new LayoutCancelledError('The layout engine was stopped.'));
      kill();
    },
  };
}
