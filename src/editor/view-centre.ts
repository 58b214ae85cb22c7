// The canvas element, registered by Canvas so that keyboard and click additions can land
// in the middle of what the user is looking at.
let canvasEl: HTMLElement | null = null;

export function registerCanvasElement(el: HTMLElement | null) {
  canvasEl = el;
}

/** The centre of the visible canvas, in screen coordinates. */
export function canvasScreenCentre(): { x: number; y: number } {
  const r = canvasEl?.getBoundingClientRect();
  if (!r) return { x: window.innerWidth / 2, y: window.innerHeight / 2 };
  return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
}

// Canvas registers how to show the whole organogram, so actions outside it (auto-layout) can ask.
let fitAllFn: (() => void) | null = null;

export function registerFitAll(fn: (() => void) | null) {
  fitAllFn = fn;
}

/** Shows the whole organogram in the view, if the canvas is mounted. */
export function fitAllUnits(): void {
  fitAllFn?.();
}
