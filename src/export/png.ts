/**
 * PNG: the model's SVG drawn on a canvas, kept inside the browsers' canvas limits; and the
 * "what you see" snapshot of the canvas through html-to-image. Browser globals are used only
 * inside the functions that need them, so the pure parts run in Node.
 */
import type { Lang, OrgDoc } from '../model';
import { fixedT } from '../i18n';
import { formatNumber } from './format';
import { renderSvg } from './svg';
import type { SvgOptions } from './svg';
import { FONT_STACK } from './text';
import type { TextMeasure } from './text';

/** The largest canvas side every current browser draws (Chromium, Firefox). */
export const CANVAS_MAX_SIDE = 16_384;
/** The largest canvas area iOS Safari draws. */
export const CANVAS_MAX_PIXELS = 16_777_216;

export type PngScale = 1 | 2 | 3;

export interface PngOptions extends Omit<SvgOptions, 'background' | 'measure'> {
  scale?: PngScale;
  background?: 'white' | 'transparent';
}

export interface PngResult {
  blob: Blob;
  /** Pixel size of the image. */
  width: number;
  height: number;
  /** The scale used: the one asked for, or lower to fit the canvas limits. */
  scale: number;
  /** Set when the scale was lowered. */
  notice?: string;
}

/**
 * The largest scale up to `requested` at which an image of `width` × `height` CSS pixels fits the
 * canvas limits (rounded-up pixel sizes included); `limited` when that is below the request.
 */
export function allowedScale(
  width: number,
  height: number,
  requested: number,
  limits = { side: CANVAS_MAX_SIDE, pixels: CANVAS_MAX_PIXELS },
): { scale: number; limited: boolean } {
  if (!(width > 0) || !(height > 0)) return { scale: requested, limited: false };
  let s = Math.min(
    requested,
    limits.side / width,
    limits.side / height,
    Math.sqrt(limits.pixels / (width * height)),
  );
  const fits = (k: number) => {
    const w = Math.ceil(width * k);
    const h = Math.ceil(height * k);
    return w <= limits.side && h <= limits.side && w * h <= limits.pixels;
  };
  if (s < requested) s = Math.floor(s * 1000) / 1000;
  while (s > 0.001 && !fits(s)) s = Math.round((s - 0.001) * 1000) / 1000;
  return { scale: s, limited: s < requested };
}

/** The pixel size of an image at a scale, as the canvas will have it. */
export function pixelSize(width: number, height: number, scale: number) {
  return {
    width: Math.max(1, Math.ceil(width * scale)),
    height: Math.max(1, Math.ceil(height * scale)),
  };
}

/** The SVG with its outer width and height set (the viewBox keeps the drawing's coordinates). */
export function sizedSvg(svg: string, width: number, height: number): string {
  return svg.replace(
    /^<svg([^>]*?) width="[^"]*" height="[^"]*"/,
    `<svg$1 width="${width}" height="${height}"`,
  );
}

/** The notice shown when the scale had to be lowered. */
export function scaleNotice(requested: number, scale: number, lang: Lang = 'en'): string {
  return fixedT(lang)('exportText.png.scaleNotice', {
    scale: formatNumber(scale, lang, 2),
    requested: formatNumber(requested, lang),
  });
}

/** Measures text with the browser's own fonts, as it will draw the SVG image. */
function canvasMeasure(): TextMeasure | undefined {
  const ctx = document.createElement('canvas').getContext('2d');
  if (!ctx) return undefined;
  const cache = new Map<string, number>();
  return (text, size, bold) => {
    const key = `${bold ? 'b' : 'n'}${size}|${text}`;
    let w = cache.get(key);
    if (w === undefined) {
      ctx.font = `${bold ? 'bold ' : ''}${size}px ${FONT_STACK}`;
      w = ctx.measureText(text).width;
      cache.set(key, w);
    }
    return w;
  };
}

function loadImage(url: string, lang: Lang): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const img = new Image();
    img.onload = () => resolve(img);
    img.onerror = () => reject(new Error(fixedT(lang)('exportText.png.drawFailed')));
    img.src = url;
  });
}

function canvasBlob(canvas: HTMLCanvasElement, lang: Lang): Promise<Blob> {
  const failed = () => new Error(fixedT(lang)('exportText.png.encodeFailed'));
  return new Promise((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(failed())), 'image/png'),
  );
}

/** The organogram as a PNG: the model's SVG drawn on a canvas at 1×, 2× or 3×. Browser only. */
export async function exportPng(doc: OrgDoc, opts: PngOptions = {}): Promise<PngResult> {
  const requested = opts.scale ?? 2;
  const lang = opts.lang ?? 'en';
  const r = renderSvg(doc, {
    ...opts,
    background: opts.background ?? 'white',
    measure: canvasMeasure(),
  });
  const { scale, limited } = allowedScale(r.width, r.height, requested);
  const px = pixelSize(r.width, r.height, scale);
  // Give the SVG the output size, so the browser rasterises the vectors at full resolution.
  const svg = sizedSvg(r.svg, px.width, px.height);
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const img = await loadImage(url, lang);
    const canvas = document.createElement('canvas');
    canvas.width = px.width;
    canvas.height = px.height;
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error(fixedT(lang)('exportText.png.noCanvas'));
    ctx.drawImage(img, 0, 0, px.width, px.height);
    const blob = await canvasBlob(canvas, lang);
    return {
      blob,
      ...px,
      scale,
      ...(limited ? { notice: scaleNotice(requested, scale, lang) } : {}),
    };
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Leaves the minimap, the zoom controls and every panel but the legend out of a snapshot. */
export function snapshotFilter(node: HTMLElement): boolean {
  const cl = node.classList;
  if (!cl) return true;
  if (
    cl.contains('react-flow__minimap') ||
    cl.contains('react-flow__controls') ||
    cl.contains('react-flow__attribution')
  )
    return false;
  if (cl.contains('react-flow__panel') && !node.querySelector('.legend')) return false;
  return true;
}

/**
 * "What you see": a PNG of the visible canvas (pass the React Flow element) through html-to-image
 * 1.11.11, the version that keeps the edges. Slow on big charts; the model's PNG is the default.
 */
export async function snapshotVisible(
  element: HTMLElement,
  opts: { scale?: PngScale; background?: 'white' | 'transparent'; lang?: Lang } = {},
): Promise<PngResult> {
  const { toPng } = await import('html-to-image');
  const requested = opts.scale ?? 2;
  const rect = element.getBoundingClientRect();
  const width = Math.max(1, Math.round(rect.width));
  const height = Math.max(1, Math.round(rect.height));
  const { scale, limited } = allowedScale(width, height, requested);
  const dataUrl = await toPng(element, {
    width,
    height,
    pixelRatio: scale,
    filter: snapshotFilter,
    ...(opts.background === 'transparent' ? {} : { backgroundColor: '#ffffff' }),
  });
  const blob = await (await fetch(dataUrl)).blob();
  return {
    blob,
    ...pixelSize(width, height, scale),
    scale,
    ...(limited ? { notice: scaleNotice(requested, scale, opts.lang) } : {}),
  };
}
