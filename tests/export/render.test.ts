import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { floatingRoute, pointAlong, renderSvg } from '../../src/export';
import type { Point } from '../../src/export';
import { absolutePosition, findKind, LINK_KIND_DEFS, sizeOf } from '../../src/model';
import type { OrgDoc } from '../../src/model';
import { layoutDocument, layoutPatch } from '../../src/layout';
import { nodeEngine } from '../layout/node-engine';
import { DATE, loadPreset, PRESET_IDS } from './helpers';
import { parseSvg } from './svg-helpers';

const RSVG = '/usr/bin/rsvg-convert';
const hasRsvg = existsSync(RSVG);
if (!hasRsvg)
  console.warn(
    'SKIPPED: rsvg-convert is missing, so exported SVGs are not rendered. Install it with `apt-get install -y librsvg2-bin`.',
  );

const dir = mkdtempSync(join(tmpdir(), 'poc-export-'));

/** Renders an SVG with librsvg at one pixel per canvas pixel and decodes the PNG. */
function rasterise(svg: string, name: string, zoom = 1): { png: PNG; file: string } {
  const src = join(dir, `${name}.svg`);
  const file = join(dir, `${name}.png`);
  writeFileSync(src, svg);
  execFileSync(RSVG, ['-z', String(zoom), '-o', file, src]);
  return { png: PNG.sync.read(readFileSync(file)), file };
}

function hex(c: string): [number, number, number] {
  return [1, 3, 5].map((i) => parseInt(c.slice(i, i + 2), 16)) as [number, number, number];
}

type Box = { x: number; y: number; w: number; h: number };
const boxOf = (d: OrgDoc, id: string): Box => {
  const p = absolutePosition(d, id);
  const s = sizeOf(d.units[id] as NonNullable<OrgDoc['units'][string]>);
  return { x: p.x, y: p.y, w: s.width, h: s.height };
};
/**
 * Whether a pixel is the link colour laid over a light background, allowing for anti-aliasing:
 * every channel moved from white towards the colour by about the same share, at least a third.
 */
function tinted(p: readonly number[], want: readonly number[]): boolean {
  const shares: number[] = [];
  for (let i = 0; i < 3; i++) {
    const room = 255 - (want[i] as number);
    if (room > 60) shares.push((255 - (p[i] as number)) / room);
    else if (Math.abs((p[i] as number) - (want[i] as number)) > 60) return false;
  }
  if (shares.length === 0) return true;
  const lo = Math.min(...shares);
  const hi = Math.max(...shares);
  return lo >= 0.33 && hi - lo < 0.25;
}

/** Whether a point lies within `tol` of an orthogonal polyline. */
function nearRoute(route: readonly Point[], p: Point, tol: number): boolean {
  for (let i = 1; i < route.length; i++) {
    const a = route[i - 1] as Point;
    const b = route[i] as Point;
    const x0 = Math.min(a.x, b.x) - tol;
    const x1 = Math.max(a.x, b.x) + tol;
    const y0 = Math.min(a.y, b.y) - tol;
    const y1 = Math.max(a.y, b.y) + tol;
    if (p.x >= x0 && p.x <= x1 && p.y >= y0 && p.y <= y1) return true;
  }
  return false;
}

const inside = (b: Box, x: number, y: number, pad = 3) =>
  x >= b.x - pad && x <= b.x + b.w + pad && y >= b.y - pad && y <= b.y + b.h + pad;

describe.skipIf(!hasRsvg).each(PRESET_IDS)('rsvg-convert renders preset %s', (id) => {
  it('to a PNG that is not blank and has link pixels between linked units', () => {
    const d = loadPreset(id);
    const r = renderSvg(d, { date: DATE });
    const { png } = rasterise(r.svg, id);
    expect(png.width).toBe(Math.ceil(r.width));
    expect(png.height).toBe(Math.ceil(r.height));
    let ink = 0;
    for (let i = 0; i < png.data.length; i += 4 * 7)
      if ((png.data[i] ?? 255) < 200 || (png.data[i + 1] ?? 255) < 200) ink++;
    expect(ink).toBeGreaterThan(1000);

    const pixel = (x: number, y: number) => {
      const px = Math.round(x - r.viewBox.x);
      const py = Math.round(y - r.viewBox.y);
      const i = (py * png.width + px) * 4;
      return [png.data[i] ?? 0, png.data[i + 1] ?? 0, png.data[i + 2] ?? 0] as const;
    };
    // Samples inside cards or badges (drawn over the links) say nothing about the links.
    const cards = Object.values(d.units)
      .filter((u) => !findKind(u.kind)?.container)
      .map((u) => boxOf(d, u.id));
    const badges = /<g data-part="badges">(.*?)<\/g>/.exec(r.svg)?.[1] ?? '';
    for (const m of badges.matchAll(
      /<rect x="([-\d.]+)" y="([-\d.]+)" width="([\d.]+)" height="([\d.]+)"/g,
    ))
      cards.push({ x: Number(m[1]), y: Number(m[2]), w: Number(m[3]), h: Number(m[4]) });
    // Solid links: a sample along the route, outside every card and badge and away from every
    // other link (lines that share a run hide each other), shows the link's colour.
    const routes = new Map(
      Object.values(d.links).map((l) => [
        l.id,
        l.route ?? floatingRoute(boxOf(d, l.source), boxOf(d, l.target)),
      ]),
    );
    const solid = Object.values(d.links).filter(
      (l) => LINK_KIND_DEFS[l.kind].style.stroke === 'solid',
    );
    let tested = 0;
    let seen = 0;
    for (const l of solid) {
      const want = hex(LINK_KIND_DEFS[l.kind].style.color);
      const route = routes.get(l.id) as Point[];
      const samples: Point[] = [];
      for (let t = 0.04; t < 0.97; t += 0.04) {
        const p = pointAlong(route, t);
        if (cards.some((b) => inside(b, p.x, p.y))) continue;
        if ([...routes].some(([other, r2]) => other !== l.id && nearRoute(r2, p, 4))) continue;
        samples.push(p);
      }
      if (samples.length === 0) continue;
      tested++;
      const hit = samples.some((p) => {
        for (let dx = -1; dx <= 1; dx++)
          for (let dy = -1; dy <= 1; dy++) if (tinted(pixel(p.x + dx, p.y + dy), want)) return true;
        return false;
      });
      if (hit) seen++;
    }
    expect(tested).toBeGreaterThanOrEqual(Math.min(3, solid.length));
    expect(seen).toBe(tested);
  });
});

describe.skipIf(!hasRsvg)('rendered exports for people to look at', () => {
  it.each([
    ['handbook-2020', 'en'],
    ['unmiss-ocwg', 'en'],
    ['model-c-group', 'fr'],
  ] as const)('keeps %s, auto-laid-out, in %s, in test-results/screenshots', async (id, lang) => {
    // As a planner would export it: laid out by ELK, links along the layout's routes.
    const grid = loadPreset(id);
    const laid = await layoutDocument(nodeEngine(), grid);
    const units = { ...grid.units };
    for (const m of layoutPatch(grid, laid)) {
      const u = units[m.id];
      if (u) units[m.id] = { ...u, position: m.position, ...(m.size ? { size: m.size } : {}) };
    }
    const d: OrgDoc = { ...grid, units, meta: { ...grid.meta, classification: 'Unclassified' } };
    const r = renderSvg(d, { date: DATE, routes: laid.routes, lang });
    parseSvg(r.svg);
    const name = lang === 'en' ? id : `${id}-${lang}`;
    const { file, png } = rasterise(r.svg, `shot-${name}`, 1);
    expect(png.width).toBe(Math.ceil(r.width));
    const out = join(__dirname, '../../test-results/screenshots');
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, `export-${name}.png`), readFileSync(file));
    writeFileSync(join(out, `export-${name}.svg`), r.svg);
  });
});
