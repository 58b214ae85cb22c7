import { absolutePosition, labelIn, sizeOf } from '../../model';
import type { Lang, OrgDoc, Step, Unit, ViewRect } from '../../model';

/**
 * Helpers shared by the presentation and the Steps panel. They read the document only; every
 * change to steps goes through the store with the step commands, so it can be undone.
 */

/** The step shown when a document has none: the whole chart, no title, no caption. */
const WHOLE_CHART: Step = { id: 'whole-chart', title: '', caption: '', highlight: [] };

/**
 * What a presentation walks through. A document without steps is still presentable, as one
 * untitled step showing everything, so the Present button never needs to be disabled.
 */
export function presentationSteps(doc: OrgDoc): readonly Step[] {
  return doc.steps.length ? doc.steps : [WHOLE_CHART];
}

/** A step id not yet used in the document: step-1, step-2… (ids must start with a letter). */
export function freshStepId(steps: readonly Step[]): string {
  const used = new Set(steps.map((s) => s.id));
  let n = steps.length + 1;
  while (used.has(`step-${n}`)) n++;
  return `step-${n}`;
}

export interface UnitOption {
  value: string;
  label: string;
}

/**
 * The units a step may highlight, by the label a user knows them by in `lang`, sorted for
 * scanning in that language. Labels repeat (a POC officer in every field office), so a repeated
 * label carries its container's label, else its id, to tell the options apart.
 */
export function unitOptions(units: Readonly<Record<string, Unit>>, lang: Lang): UnitOption[] {
  const all = Object.values(units);
  const name = (u: Unit) => labelIn(u, lang);
  const count = new Map<string, number>();
  for (const u of all) count.set(name(u), (count.get(name(u)) ?? 0) + 1);
  return all
    .map((u) => {
      const parent = u.parent ? units[u.parent] : undefined;
      const where = parent ? name(parent) : undefined;
      const own = name(u);
      const label = (count.get(own) ?? 0) > 1 ? `${own} (${where ?? u.id})` : own;
      return { value: u.id, label: label.trim() || u.id };
    })
    .sort((a, b) => a.label.localeCompare(b.label, lang));
}

/** The first line of a caption, cut to a preview's length. */
export function captionPreview(caption: string, max = 90): string {
  const line = caption.trim().split('\n')[0] ?? '';
  return line.length > max ? `${line.slice(0, max - 1).trimEnd()}…` : line;
}

/**
 * The part of a visible canvas area worth keeping with a step: the area clipped to the chart.
 * Zoomed in, that is the area itself; zoomed out, the empty margins around the chart go, so a
 * presentation does not shrink the chart to keep the editor's blank space in view.
 */
export function clipToChart(doc: OrgDoc, area: ViewRect): ViewRect {
  const chart = stepBounds(doc, WHOLE_CHART);
  if (!chart) return area;
  const x = Math.max(area.x, chart.x);
  const y = Math.max(area.y, chart.y);
  const width = Math.min(area.x + area.width, chart.x + chart.width) - x;
  const height = Math.min(area.y + area.height, chart.y + chart.height) - y;
  return width > 0 && height > 0 ? { x, y, width, height } : area;
}

/** Turns a flow rectangle (two corners) into a ViewRect, or nothing if it is degenerate. */
export function rectFromCorners(
  a: { x: number; y: number },
  b: { x: number; y: number },
): ViewRect | undefined {
  const round = (n: number) => Math.round(n * 10) / 10;
  const rect = { x: round(a.x), y: round(a.y), width: round(b.x - a.x), height: round(b.y - a.y) };
  const finite = Object.values(rect).every(Number.isFinite);
  return finite && rect.width > 0 && rect.height > 0 ? rect : undefined;
}

/**
 * The part of the chart a step shows: its kept view, else the box around its highlighted units,
 * else the whole chart. Computed from the model (units carry their drawn size), so it does not
 * wait for the canvas to measure anything. Undefined for an empty chart.
 */
export function stepBounds(doc: OrgDoc, step: Step): ViewRect | undefined {
  if (step.view) return step.view;
  const ids = step.highlight.filter((id) => doc.units[id]);
  const units = ids.length ? ids : Object.keys(doc.units);
  if (!units.length) return undefined;
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const id of units) {
    const p = absolutePosition(doc, id);
    const s = sizeOf(doc.units[id]!);
    [x0, y0] = [Math.min(x0, p.x), Math.min(y0, p.y)];
    [x1, y1] = [Math.max(x1, p.x + s.width), Math.max(y1, p.y + s.height)];
  }
  return { x: x0, y: y0, width: Math.max(1, x1 - x0), height: Math.max(1, y1 - y0) };
}

export interface Viewport {
  x: number;
  y: number;
  zoom: number;
}

/**
 * The viewport that centres `rect` in a pane of `width` × `height` pixels, leaving `padding`
 * (a fraction of the rectangle) around it, with the zoom kept between `min` and `max`.
 */
export function fitViewport(
  rect: ViewRect,
  width: number,
  height: number,
  padding: number,
  [min, max] = [0.05, 1.5],
): Viewport {
  const scale = 1 + 2 * padding;
  const fit = Math.min(width / (rect.width * scale), height / (rect.height * scale));
  const zoom = Math.min(max, Math.max(min, fit));
  const cx = rect.x + rect.width / 2;
  const cy = rect.y + rect.height / 2;
  return { x: width / 2 - cx * zoom, y: height / 2 - cy * zoom, zoom };
}
