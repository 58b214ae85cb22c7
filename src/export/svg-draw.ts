/**
 * Drawing primitives shared by the SVG's cards, title block and legend: numbers, text, the level
 * tag, the coordinator chip and the classification marking, in the light print theme.
 */
import { CATEGORY_COLOURS, DASH_ARRAYS, LINK_KIND_DEFS } from '../model';
import type { Lang, LinkKind } from '../model';
import { linkBadge } from '../i18n';
import { ellipsize, escapeXml } from './text';
import type { TextMeasure } from './text';

// Print colours (styles.css, light theme).
export const TEXT = '#111827';
export const MUTED = '#4b5563';
export const RULE = '#d1d5db';
export const SLATE = CATEGORY_COLOURS.container.ink;
const COORD = '#be123c';
const MARKING = '#b91c1c';

export const LINE = 15; // line height of 12 px card text (1.25)
export const BADGE_H = 16;
export const markingHeight = 24;

/** A number for an attribute: at most two decimals. */
export const f = (v: number) => String(Math.round(v * 100) / 100);

export interface Ctx {
  m: TextMeasure;
  out: string[];
}

/** A text element at an explicit start position (no text-anchor, so every renderer agrees). */
export function text(
  ctx: Ctx,
  x: number,
  y: number,
  s: string,
  size: number,
  fill: string,
  extra = '',
): void {
  if (!s) return;
  ctx.out.push(
    `<text x="${f(x)}" y="${f(y)}" font-size="${size}" fill="${fill}"${extra}>${escapeXml(s)}</text>`,
  );
}

/** The points of a five-pointed star centred on (cx, cy). */
function starPath(cx: number, cy: number, r: number): string {
  let d = '';
  for (let i = 0; i < 10; i++) {
    const rr = i % 2 === 0 ? r : r * 0.42;
    const a = -Math.PI / 2 + (i * Math.PI) / 5;
    d += `${i === 0 ? 'M' : 'L'}${f(cx + rr * Math.cos(a))} ${f(cy + rr * Math.sin(a))}`;
  }
  return `${d}Z`;
}

/** The coordinator chip: a small red tag with a white star. */
export function coordChip(ctx: Ctx, x: number, cy: number): void {
  ctx.out.push(
    `<rect x="${f(x)}" y="${f(cy - 5.6)}" width="15" height="11.2" rx="3" fill="${COORD}"/>`,
    `<path d="${starPath(x + 7.5, cy, 4)}" fill="#ffffff"/>`,
  );
}
export const CHIP_W = 15;

/** The level tag: S, O or T in a small box. */
export function levelTag(ctx: Ctx, x: number, cy: number, tag: string, ink: string): void {
  const w = ctx.m(tag, 9, true) + 8;
  ctx.out.push(
    `<rect x="${f(x + 0.5)}" y="${f(cy - 6.1)}" width="${f(w - 1)}" height="12.2" rx="3" fill="none" stroke="${ink}" stroke-width="1"/>`,
  );
  text(ctx, x + 4, cy + 3.2, tag, 9, ink, ' font-weight="bold"');
}

/** The stroke of a link kind: colour, width, dashes, as the canvas draws it. */
export function strokeAttrs(kind: LinkKind, width?: number): string {
  const st = LINK_KIND_DEFS[kind].style;
  const dash = DASH_ARRAYS[st.stroke] ?? '';
  return (
    ` fill="none" stroke="${st.color}" stroke-width="${width ?? st.width}"` +
    (dash ? ` stroke-dasharray="${dash}"` : '') +
    (st.stroke === 'dotted' ? ' stroke-linecap="round"' : '')
  );
}

/** The classification marking: bold capitals in a box, centred. */
export function marking(ctx: Ctx, left: number, y: number, width: number, s: string): void {
  const fit = (t: string) => ctx.m(t, 13, true);
  const shown = ellipsize(s, width - 24, fit);
  const w = fit(shown) + 24;
  const x = left + width / 2 - w / 2;
  ctx.out.push(
    `<rect x="${f(x)}" y="${f(y)}" width="${f(w)}" height="${markingHeight}" fill="#ffffff" stroke="${MARKING}" stroke-width="1.5"/>`,
  );
  text(ctx, x + 12, y + 16.6, shown, 13, MARKING, ' font-weight="bold" data-marking="1"');
}

/** The word in a link kind's badge ("chair", "member"…) in a language, or '' for none. */
export function badgeText(kind: LinkKind, lang: Lang): string {
  return linkBadge(LINK_KIND_DEFS[kind], lang) ?? '';
}
