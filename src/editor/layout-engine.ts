import { createWorkerEngine } from '../layout';
import type { WorkerLayoutEngine } from '../layout';

// One ELK worker for the whole app, created on first use: ELK (1.6 MB) never loads with the page.
let engine: WorkerLayoutEngine | undefined;

/** The app's layout engine: ELK in its own web worker, never on the main thread. */
export function layoutEngine(): WorkerLayoutEngine {
  engine ??= createWorkerEngine({ deadlineMs: 90_000 });
  return engine;
}

/** Starts the worker and compiles ELK with a tiny graph once the browser is idle. */
export function warmLayoutWhenIdle(): void {
  const warm = () =>
    void layoutEngine()
      .warm()
      .catch(() => undefined);
  if ('requestIdleCallback' in window) window.requestIdleCallback(warm, { timeout: 4000 });
  else setTimeout(warm, 1500);
}

/** Stops a running layout; the units stay where they are. */
export function cancelLayout(): void {
  engine?.terminate();
}
