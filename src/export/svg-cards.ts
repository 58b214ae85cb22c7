/**
 * Unit cards, forum pills and container frames, drawn as the canvas's UnitNode and ContainerNode
 * draw them.
 */
import { CATEGORY_COLOURS, labelIn, levelOf } from '../model';
import type { Lang, Unit, UnitKind } from '../model';
import { kindText } from '../i18n';
import type { Box } from './route';
import { CHIP_W, coordChip, f, levelTag, LINE, SLATE, text, TEXT } from './svg-draw';
import type { Ctx } from './svg-draw';
import { cleanText, ellipsize, escapeXml, wrapText } from './text';

// Strategic, operational and tactical start with the same letters in French.
const LEVEL_TAG: Record<string, string> = { strategic: 'S', operational: 'O', tactical: 'T' };

/**
 * A unit card or a forum pill, as UnitNode draws it. `derived` is the word that marks a unit
 * reconstructed from related guidance, or '' to leave the marks out.
 */
export function drawUnit(
  ctx: Ctx,
  u: Unit,
  k: UnitKind,
  b: Box,
  derived: string,
  lang: Lang,
): void {
  const { m, out } = ctx;
  const c = CATEGORY_COLOURS[k.category];
  const coord = !!u.isCoordinator;
  const forum = k.forum;
  out.push(`<g data-unit="${escapeXml(u.id)}">`);
  const radius = forum ? Math.min(22, b.h / 2) : 6;
  out.push(
    `<rect x="${f(b.x)}" y="${f(b.y + 1)}" width="${f(b.w)}" height="${f(b.h)}" rx="${radius}" fill="#000000" fill-opacity="0.08"/>`,
    `<rect x="${f(b.x)}" y="${f(b.y)}" width="${f(b.w)}" height="${f(b.h)}" rx="${radius}" fill="${c.ink}"/>`,
  );
  let left: number;
  let right: number;
  let top: number;
  if (forum) {
    const bw = coord ? 3.5 : 2;
    out.push(
      `<rect x="${f(b.x + bw)}" y="${f(b.y + bw)}" width="${f(b.w - 2 * bw)}" height="${f(b.h - 2 * bw)}" rx="${f(Math.max(0, radius - bw))}" fill="${c.tint}"/>`,
    );
    left = b.x + bw + 16;
    right = b.x + b.w - bw - 16;
    top = b.y + bw + 6;
  } else {
    const bw = coord ? 3 : 1.5;
    const band = coord ? 7 : 6;
    const ri = Math.max(0, radius - bw);
    const x0 = b.x + band;
    const x1 = b.x + b.w - bw;
    const y0 = b.y + bw;
    const y1 = b.y + b.h - bw;
    // Square inner corners on the band side, rounded on the other (CSS border geometry).
    out.push(
      `<path d="M${f(x0)} ${f(y0)}H${f(x1 - ri)}Q${f(x1)} ${f(y0)} ${f(x1)} ${f(y0 + ri)}V${f(y1 - ri)}Q${f(x1)} ${f(y1)} ${f(x1 - ri)} ${f(y1)}H${f(x0)}Z" fill="${c.tint}"/>`,
    );
    left = b.x + band + 10;
    right = b.x + b.w - bw - 8;
    top = b.y + bw + 6;
  }
  const width = Math.max(10, right - left);
  const headCy = top + LINE / 2;
  const tag = LEVEL_TAG[levelOf(u)] ?? 'O';
  const tagW = m(tag, 9, true) + 8;
  const chipRoom = coord ? CHIP_W + 6 : 0;
  const fitBold = (s: string) => m(s, 12, true);
  const short = ellipsize(
    cleanText(kindText(k, 'short', lang)),
    Math.max(12, width - tagW - 6 - chipRoom),
    fitBold,
  );
  const shortW = fitBold(short);
  if (forum) {
    const total = shortW + chipRoom + 10 + tagW;
    let x = (left + right) / 2 - total / 2;
    text(ctx, x, headCy + 4.2, short, 12, c.ink, ' font-weight="bold"');
    x += shortW;
    if (coord) coordChip(ctx, x + 6, headCy);
    x += chipRoom + 10;
    levelTag(ctx, x, headCy, tag, c.ink);
  } else {
    text(ctx, left, headCy + 4.2, short, 12, c.ink, ' font-weight="bold"');
    if (coord) coordChip(ctx, left + shortW + 6, headCy);
    levelTag(ctx, right - tagW, headCy, tag, c.ink);
  }
  // The label: up to two lines below the head.
  const fit = (s: string) => m(s, 12, false);
  const lines = Math.max(1, Math.min(2, Math.floor((b.y + b.h - (top + LINE + 2)) / LINE)));
  const { lines: rows } = wrapText(labelIn(u, lang), width, lines, fit);
  if (rows.length) {
    let spans = '';
    rows.forEach((row, i) => {
      const x = forum ? (left + right) / 2 - fit(row) / 2 : left;
      spans += `<tspan x="${f(x)}" y="${f(top + LINE + 2 + i * LINE + 11.7)}">${escapeXml(row)}</tspan>`;
    });
    out.push(`<text font-size="12" fill="${TEXT}">${spans}</text>`);
  }
  if (derived && u.provenance?.status === 'reconstructed') {
    const w = m(derived, 8, false);
    const x = forum ? b.x + b.w - radius * 0.6 - w : b.x + b.w - 4 - w;
    text(ctx, x, b.y + b.h - 4.5, derived, 8, '#6b7280', ' font-style="italic"');
  }
  out.push('</g>');
}

/** A container frame with its header band, as ContainerNode draws it. */
export function drawContainer(ctx: Ctx, u: Unit, k: UnitKind, b: Box, lang: Lang): void {
  const { m, out } = ctx;
  const field = k.location === 'field';
  out.push(`<g data-unit="${escapeXml(u.id)}">`);
  out.push(
    `<rect x="${f(b.x + 1)}" y="${f(b.y + 1)}" width="${f(b.w - 2)}" height="${f(b.h - 2)}" rx="9" fill="${field ? '#c2410c' : SLATE}" fill-opacity="${field ? 0.04 : 0.06}"/>`,
  );
  const hx0 = b.x + 2;
  const hx1 = b.x + b.w - 2;
  const hy0 = b.y + 2;
  const hy1 = b.y + Math.min(32, b.h - 2);
  out.push(
    `<path d="M${f(hx0)} ${f(hy1)}V${f(hy0 + 8)}Q${f(hx0)} ${f(hy0)} ${f(hx0 + 8)} ${f(hy0)}H${f(hx1 - 8)}Q${f(hx1)} ${f(hy0)} ${f(hx1)} ${f(hy0 + 8)}V${f(hy1)}Z" fill="${SLATE}" fill-opacity="0.1"/>`,
    `<path d="M${f(hx0)} ${f(hy1 + 0.5)}H${f(hx1)}" stroke="${SLATE}" stroke-opacity="0.35" stroke-width="1" fill="none"/>`,
    `<rect x="${f(b.x + 1)}" y="${f(b.y + 1)}" width="${f(b.w - 2)}" height="${f(b.h - 2)}" rx="9" fill="none" stroke="${SLATE}" stroke-width="2"${field ? ' stroke-dasharray="6 4"' : ''}/>`,
  );
  const room = b.w - 24;
  const kindShort = cleanText(kindText(k, 'short', lang)).toUpperCase();
  const short = ellipsize(kindShort, room, (s) => m(s, 11, true));
  const shortW = m(short, 11, true);
  const cy = (hy0 + hy1) / 2;
  text(ctx, b.x + 12, cy + 3.9, short, 11, SLATE, ' font-weight="bold"');
  const labelRoom = room - shortW - 8;
  if (labelRoom > 16) {
    const label = ellipsize(cleanText(labelIn(u, lang)), labelRoom, (s) => m(s, 13, true));
    text(ctx, b.x + 12 + shortW + 8, cy + 4.5, label, 13, '#1f2937', ' font-weight="bold"');
  }
  out.push('</g>');
}
