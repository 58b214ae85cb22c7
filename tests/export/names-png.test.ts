import { describe, expect, it } from 'vitest';
import {
  exportSvg,
  floatingRoute,
  roundedPath,
  sizedSvg,
  allowedScale,
  CANVAS_MAX_PIXELS,
  CANVAS_MAX_SIDE,
  exportFileName,
  pixelSize,
} from '../../src/export';
import { fileName } from '../../src/ui/file-io';
import { doc, unit } from '../fixtures/builders';

const day = new Date('2026-11-24T10:00:00Z');

describe('file names', () => {
  it('come from the title and the date', () => {
    expect(exportFileName('MONUSCO: architecture (2014)!', 'pdf', day)).toBe(
      'monusco-architecture-2014-2026-11-24.pdf',
    );
    expect(exportFileName('Équipe de coordination', 'svg', day)).toBe(
      'equipe-de-coordination-2026-11-24.svg',
    );
    expect(exportFileName('<script>', 'png', day)).toBe('script-2026-11-24.png');
    expect(exportFileName('فريق', 'md', day)).toBe('organogram-2026-11-24.md');
    expect(exportFileName('a'.repeat(100), '.json', day)).toBe(`${'a'.repeat(60)}-2026-11-24.json`);
  });

  it('are what the UI names its JSON files', () => {
    expect(fileName('Model A', 'json', day)).toBe(exportFileName('Model A', 'json', day));
  });
});

describe('PNG scale within canvas limits', () => {
  const fits = (w: number, h: number, s: number) => {
    const px = pixelSize(w, h, s);
    return (
      px.width <= CANVAS_MAX_SIDE &&
      px.height <= CANVAS_MAX_SIDE &&
      px.width * px.height <= CANVAS_MAX_PIXELS
    );
  };

  it('keeps the scale asked for when the image fits', () => {
    expect(allowedScale(1200, 800, 3)).toEqual({ scale: 3, limited: false });
    expect(allowedScale(16384, 1024, 1)).toEqual({ scale: 1, limited: false }); // both limits exactly
    expect(allowedScale(5461, 300, 3)).toEqual({ scale: 3, limited: false }); // 16,383 px wide
  });

  it('lowers the scale at the side limit', () => {
    const r = allowedScale(5462, 100, 3); // 16,386 px wide at 3×
    expect(r.limited).toBe(true);
    expect(r.scale).toBeLessThan(3);
    expect(r.scale).toBeGreaterThan(2.99);
    expect(fits(5462, 100, r.scale)).toBe(true);
    const tall = allowedScale(100, 20000, 2);
    expect(tall.limited).toBe(true);
    expect(fits(100, 20000, tall.scale)).toBe(true);
    expect(tall.scale).toBeGreaterThan(0.81);
  });

  it('lowers the scale at the pixel-count limit', () => {
    const r = allowedScale(4264, 933, 3); // a wide preset: 12,792 × 2,799 = 35.8 M pixels at 3×
    expect(r.limited).toBe(true);
    expect(fits(4264, 933, r.scale)).toBe(true);
    expect(fits(4264, 933, r.scale + 0.002)).toBe(false);
    const s = allowedScale(4096, 4096, 1.0001);
    expect(s.limited).toBe(true);
    expect(fits(4096, 4096, s.scale)).toBe(true);
    expect(allowedScale(4096, 4096, 1).limited).toBe(false);
  });

  it('never goes to zero for huge or empty images', () => {
    expect(allowedScale(1_000_000, 1_000_000, 2).scale).toBeGreaterThan(0);
    expect(allowedScale(0, 0, 2)).toEqual({ scale: 2, limited: false });
  });
});

describe('PNG drawing size', () => {
  it('sets the outer size of the SVG and keeps its viewBox', () => {
    const svg = exportSvg(doc([unit('joc')]));
    const sized = sizedSvg(svg, 900, 450);
    expect(sized).toMatch(/^<svg [^>]*width="900" height="450" viewBox="[-\d. ]+"/);
    expect(sized.slice(sized.indexOf('>'))).toBe(svg.slice(svg.indexOf('>')));
  });
});

describe('floating routes, as the canvas draws them', () => {
  const a = { x: 0, y: 0, w: 168, h: 64 };
  it('leaves the bottom and enters the top of a unit below, turning halfway', () => {
    expect(floatingRoute(a, { x: 300, y: 200, w: 168, h: 64 })).toEqual([
      { x: 84, y: 64 },
      { x: 84, y: 132 },
      { x: 384, y: 132 },
      { x: 384, y: 200 },
    ]);
  });
  it('goes straight up to a unit right above', () => {
    expect(floatingRoute(a, { x: 0, y: -200, w: 168, h: 64 })).toEqual([
      { x: 84, y: 0 },
      { x: 84, y: -136 },
    ]);
  });
  it('joins the facing sides of units side by side', () => {
    expect(floatingRoute(a, { x: 400, y: 30, w: 168, h: 64 })).toEqual([
      { x: 168, y: 32 },
      { x: 284, y: 32 },
      { x: 284, y: 62 },
      { x: 400, y: 62 },
    ]);
    expect(floatingRoute(a, { x: -300, y: 0, w: 168, h: 64 })).toEqual([
      { x: 0, y: 32 },
      { x: -132, y: 32 },
    ]);
  });
  it('steps out and back in when overlapping units barely differ in height', () => {
    const r = floatingRoute(a, { x: 100, y: 4, w: 168, h: 64 });
    expect(r[0]).toEqual({ x: 168, y: 32 });
    expect(r[1]).toEqual({ x: 188, y: 32 });
    expect(r[r.length - 1]).toEqual({ x: 100, y: 36 });
    expect(r[r.length - 2]).toEqual({ x: 80, y: 36 });
  });
  it('rounds the corners of a path', () => {
    expect(
      roundedPath([
        { x: 0, y: 0 },
        { x: 0, y: 100 },
        { x: 100, y: 100 },
      ]),
    ).toBe('M0 0L0 90Q0 100 10 100L100 100');
  });
});
