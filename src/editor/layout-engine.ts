import { createWorkerEngine } from '../layout';
import type { LayoutRequest, WorkerLayoutEngine } from '../layout';

// One layout worker for the whole app, created on first use: ELK (1.6 MB) never loads with the page.
let engine: WorkerLayoutEngine | undefined;

/**
 * How long a layout may run: 90 s, and more for very large charts (ELK grows a little faster than
 * linearly; a 5,000-unit mission takes tens of seconds on an ordinary laptop). The planner can
 * always cancel sooner.
 */
function deadlineFor(request: LayoutRequest): number {
  return Math.max(90_000, Object.keys(request.doc.units).length * 60);
}

/** The app's layout engine: graph building, ELK and mapping in a web worker, never on the main thread. */
export function layoutEngine(): WorkerLayoutEngine {
  engine ??= createWorkerEngine({ deadlineMs: deadlineFor });
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
