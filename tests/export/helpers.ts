import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument, withPlacement } from '../../src/model';
import type { OrgDoc } from '../../src/model';

export const PRESET_DIR = join(__dirname, '../../presets');

/** Every preset's id. */
export const PRESET_IDS = readdirSync(PRESET_DIR)
  .filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json'))
  .map((f) => f.replace(/\.json$/, ''));

/** A preset parsed and given positions. */
export function loadPreset(id: string): OrgDoc {
  const r = parseDocument(readFileSync(join(PRESET_DIR, `${id}.json`), 'utf8'));
  if (!r.ok) throw new Error(`${id} does not parse: ${JSON.stringify(r.problems)}`);
  return withPlacement(r.doc);
}

/** A fixed date for the title block, at noon so no time zone moves it. */
export const DATE = new Date('2026-03-14T12:00:00Z');

/**
 * jsdom has no layout: svg2pdf measures text only for anchors and bounding boxes, which the PDF
 * export never uses (every text is placed at an explicit start), so those measures are stubbed.
 */
export function stubSvgLayout(): void {
  const w = window as unknown as {
    SVGElement: { prototype: { getBBox?: () => DOMRect } };
    HTMLCanvasElement: { prototype: { getContext: () => null } };
  };
  w.SVGElement.prototype.getBBox = () => ({ x: 0, y: 0, width: 0, height: 0 }) as DOMRect;
  w.HTMLCanvasElement.prototype.getContext = () => null;
}
