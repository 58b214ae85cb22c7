import type { OrgDoc, Unit } from '../model';
import type { LayoutReply, LayoutRequest } from './protocol';
import type { LayoutOptions, LayoutResult } from './types';

/** A layout that was replaced by a newer request before it finished. */
export class LayoutCancelledError extends Error {
  override name = 'LayoutCancelledError';
}

/** A layout that ran past its deadline and was stopped. */
export class LayoutTimeoutError extends Error {
  override name = 'LayoutTimeoutError';
  /** The deadline that ran out, in whole seconds (for a message in the reader's language). */
  readonly seconds: number;
  constructor(seconds: number) {
    super(
      `Auto layout took longer than ${seconds} s and was stopped; the units stay where they were.`,
    );
    this.seconds = seconds;
  }
}

/** The layout worker itself failed (it crashed or could not load); `detail` says how. */
export class LayoutWorkerError extends Error {
  override name = 'LayoutWorkerError';
  readonly detail: string;
  constructor(detail: string) {
    super(`Auto layout failed: ${detail}`);
    this.detail = detail;
  }
}

export interface WorkerEngineOptions {
  /** Milliseconds before a layout is stopped (default 30 s), or a rule giving it per request. */
  deadlineMs?: number | ((request: LayoutRequest) => number);
  /** Builds the worker; the default loads our layout worker (graph building, ELK and mapping). */
  workerFactory?: () => Worker;
}

/** Lays documents out in a web worker: nothing but a copy of the document crosses the thread. */
export interface WorkerLayoutEngine {
  layout(doc: Pick<OrgDoc, 'units' | 'links'>, opts?: LayoutOptions): Promise<LayoutResult>;
  /** Lays out a tiny chart so the worker is started and ELK's code compiled before it is needed. */
  warm(): Promise<void>;
  /** Stops the worker (and any running layout); the next layout starts a fresh one. */
  terminate(): void;
}

// Written out in full so Vite sees the worker and bundles it (with ELK) as its own file.
const defaultWorker = () =>
  new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' });

const TINY_UNIT = (id: string): Unit => ({ id, kind: 'joc', label: id }) as Unit;
// With one link, so the warm-up also runs (and gets compiled) ELK's edge routing.
const TINY: LayoutRequest['doc'] = {
  units: { a: TINY_UNIT('a'), b: TINY_UNIT('b') },
  links: { l: { id: 'l', kind: 'reports-to', source: 'a', target: 'b' } },
};

/**
 * One layout runs at a time: a new request cancels the running one (its promise rejects with
 * LayoutCancelledError), and a layout past the deadline is stopped (LayoutTimeoutError). Both
 * terminate the worker, since an ELK run cannot be interrupted; the next request starts a fresh one.
 */
export function createWorkerEngine(options: WorkerEngineOptions = {}): WorkerLayoutEngine {
  const deadlineOf = (r: LayoutRequest) =>
    typeof options.deadlineMs === 'function'
      ? options.deadlineMs(r)
      : (options.deadlineMs ?? 30_000);
  const factory = options.workerFactory ?? defaultWorker;
  let worker: Worker | undefined;
  let nextId = 0;
  let running:
    { id: number; stop: (err: Error) => void; settle: (m: LayoutReply) => void } | undefined;
  /** A warm-up in flight: real requests wait for it instead of throwing its work away. */
  let warming: Promise<void> | undefined;

  const kill = () => {
    worker?.terminate();
    worker = undefined;
  };

  const start = (): Worker => {
    const w = factory();
    w.onmessage = (e: MessageEvent<LayoutReply>) => {
      if (running?.id === e.data.id) running.settle(e.data);
    };
    w.onerror = (e: ErrorEvent) => {
      e.preventDefault?.();
      running?.stop(new LayoutWorkerError(e.message || 'the layout worker stopped'));
    };
    return w;
  };

  const run = (doc: LayoutRequest['doc'], opts: LayoutOptions): Promise<LayoutResult> => {
    running?.stop(new LayoutCancelledError('A newer layout request replaced this one.'));
    worker ??= start();
    const request: LayoutRequest = { id: ++nextId, doc, opts };
    const deadlineMs = deadlineOf(request);
    return new Promise<LayoutResult>((resolve, reject) => {
      const finish = () => {
        clearTimeout(timer);
        if (running === job) running = undefined;
      };
      const job = {
        id: request.id,
        stop: (err: Error) => {
          finish();
          kill();
          reject(err);
        },
        settle: (m: LayoutReply) => {
          finish();
          if ('result' in m) resolve(m.result);
          else reject(Object.assign(new Error(m.error.message), { name: m.error.name }));
        },
      };
      const timer = setTimeout(
        () => job.stop(new LayoutTimeoutError(Math.round(deadlineMs / 1000))),
        deadlineMs,
      );
      running = job;
      worker!.postMessage(request);
    });
  };

  let requests = 0;
  return {
    async layout(doc, opts = {}) {
      const ticket = ++requests;
      if (warming) {
        // Wait for the warm-up instead of throwing its work away; a newer request still wins.
        await warming;
        if (ticket !== requests)
          throw new LayoutCancelledError('A newer layout request replaced this one.');
      }
      return run(doc, opts);
    },
    warm() {
      if (running || warming) return warming ?? Promise.resolve();
      const w = run(TINY, {}).then(
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
