/**
 * The organogram as a standalone SVG drawn from the model: rect, path, text and groups only, in the
 * light print theme, with a title block and a legend. Pure string building; runs in Node.
 */
import {
  absolutePosition,
  ancestors,
  CATEGORIES,
  CATEGORY_COLOURS,
  CATEGORY_LABELS,
  CONTAINER_HEADER,
  CONTAINER_PAD,
  DASH_ARRAYS,
  findKind,
  levelOf,
  LINK_KIND_DEFS,
  LINK_KINDS,
  sizeOf,
} from '../model';
import type { Category, Link, LinkKind, OrgDoc, Unit, UnitKind } from '../model';
import { floatingRoute, pointAlong, roundedPath, routeLength } from './route';
import type { Box, Point } from './route';
import { cleanText, ellipsize, escapeXml, FONT_STACK, measureText, wrapText } from './text';
import type { TextMeasure } from './text';

export interface SvgOptions {
  /** Unit ids: export only these (containers bring their contents), the links among them and the frames around them. */
  selection?: readonly string[];
  /**
   * Routes (absolute canvas coordinates: start, bends, end) by link id, in place of the routes
   * auto-layout stored on the links; links with neither get the canvas's smooth-step route.
   */
  routes?: Readonly<Record<string, readonly Point[]>>;
  /** Replaces the document title in the title block. */
  title?: string;
  /** The date in the title block (default: today). A string is shown as given. */
  date?: Date | string;
  /** Default white; transparent leaves the page unfilled. */
  background?: 'white' | 'transparent';
  /** Draw the title block and classification marking (default true). */
  titleBlock?: boolean;
  /** Draw the legend (default true). */
  legend?: boolean;
  /** Mark units reconstructed from related guidance with "derived", as the canvas does (default true). */
  derivedMarks?: boolean;
  /** Text measure (default: Liberation Sans / Arial metrics). The PDF passes its embedded font's. */
  measure?: TextMeasure;
  /** Font stack written into the SVG (default FONT_STACK). */
  fontFamily?: string;
}

export interface SvgResult {
  svg: string;
  /** Size in CSS pixels (1 canvas pixel each). */
  width: number;
  height: number;
  /** The viewBox, in canvas coordinates: units keep their canvas positions. */
  viewBox: { x: number; y: number; width: number; height: number };
}

/** The SVG text of the organogram. */
export function exportSvg(doc: OrgDoc, opts: SvgOptions = {}): string {
  return renderSvg(doc, opts).svg;
}

// Print colours (styles.css, light theme).
const TEXT = '#111827';
const MUTED = '#4b5563';
const RULE = '#d1d5db';
const SLATE = CATEGORY_COLOURS.container.ink;
const COORD = '#be123c';
const MARKING = '#b91c1c';
const LEVEL_TAG: Record<string, string> = { strategic: 'S', operational: 'O', tactical: 'T' };
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

const MARGIN = 24;
const MIN_CONTENT = 520;
const LINE = 15; // line height of 12 px card text (1.25)
const BADGE_H = 16;
const markingHeight = 24;
// Room a shrunk frame leaves around its units, as the grid placement does.
const FRAME_HEAD = CONTAINER_HEADER + CONTAINER_PAD;
const FRAME_PAD = CONTAINER_PAD;

/** A number for an attribute: at most two decimals. */
const f = (v: number) => String(Math.round(v * 100) / 100);

/** "24 November 2026" in the local calendar, or a given string cleaned. */
export function formatDate(d: Date | string): string {
  if (typeof d === 'string') return cleanText(d);
  return `${d.getDate()} ${MONTHS[d.getMonth()]} ${d.getFullYear()}`;
}

interface Ctx {
  m: TextMeasure;
  out: string[];
}

/** A text element at an explicit start position (no text-anchor, so every renderer agrees). */
function text(
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
function coordChip(ctx: Ctx, x: number, cy: number): void {
  ctx.out.push(
    `<rect x="${f(x)}" y="${f(cy - 5.6)}" width="15" height="11.2" rx="3" fill="${COORD}"/>`,
    `<path d="${starPath(x + 7.5, cy, 4)}" fill="#ffffff"/>`,
  );
}
const CHIP_W = 15;

/** The level tag: S, O or T in a small box. */
function levelTag(ctx: Ctx, x: number, cy: number, tag: string, ink: string): void {
  const w = ctx.m(tag, 9, true) + 8;
  ctx.out.push(
    `<rect x="${f(x + 0.5)}" y="${f(cy - 6.1)}" width="${f(w - 1)}" height="12.2" rx="3" fill="none" stroke="${ink}" stroke-width="1"/>`,
  );
  text(ctx, x + 4, cy + 3.2, tag, 9, ink, ' font-weight="bold"');
}

/** A unit card or a forum pill, as UnitNode draws it. */
function drawUnit(ctx: Ctx, u: Unit, k: UnitKind, b: Box, derivedMarks: boolean): void {
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
  const short = ellipsize(cleanText(k.short), Math.max(12, width - tagW - 6 - chipRoom), fitBold);
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
  const { lines: rows } = wrapText(u.label, width, lines, fit);
  if (rows.length) {
    let spans = '';
    rows.forEach((row, i) => {
      const x = forum ? (left + right) / 2 - fit(row) / 2 : left;
      spans += `<tspan x="${f(x)}" y="${f(top + LINE + 2 + i * LINE + 11.7)}">${escapeXml(row)}</tspan>`;
    });
    out.push(`<text font-size="12" fill="${TEXT}">${spans}</text>`);
  }
  if (derivedMarks && u.provenance?.status === 'reconstructed') {
    const w = m('derived', 8, false);
    const x = forum ? b.x + b.w - radius * 0.6 - w : b.x + b.w - 4 - w;
    text(ctx, x, b.y + b.h - 4.5, 'derived', 8, '#6b7280', ' font-style="italic"');
  }
  out.push('</g>');
}

/** A container frame with its header band, as ContainerNode draws it. */
function drawContainer(ctx: Ctx, u: Unit, k: UnitKind, b: Box): void {
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
  const short = ellipsize(cleanText(k.short).toUpperCase(), room, (s) => m(s, 11, true));
  const shortW = m(short, 11, true);
  const cy = (hy0 + hy1) / 2;
  text(ctx, b.x + 12, cy + 3.9, short, 11, SLATE, ' font-weight="bold"');
  const labelRoom = room - shortW - 8;
  if (labelRoom > 16) {
    const label = ellipsize(cleanText(u.label), labelRoom, (s) => m(s, 13, true));
    text(ctx, b.x + 12 + shortW + 8, cy + 4.5, label, 13, '#1f2937', ' font-weight="bold"');
  }
  out.push('</g>');
}

/** A grid of boxes for quick overlap tests when placing badges. */
class BoxIndex {
  private cells = new Map<number, Box[]>();
  private static readonly CELL = 128;
  private static key(i: number, j: number): number {
    return (i + 50_000) * 100_000 + (j + 50_000);
  }
  add(b: Box): void {
    const c = BoxIndex.CELL;
    for (let i = Math.floor(b.x / c); i <= Math.floor((b.x + b.w) / c); i++)
      for (let j = Math.floor(b.y / c); j <= Math.floor((b.y + b.h) / c); j++) {
        const k = BoxIndex.key(i, j);
        const list = this.cells.get(k);
        if (list) list.push(b);
        else this.cells.set(k, [b]);
      }
  }
  /** The area of `b` covered by the boxes in the index (a box in two cells counts twice: fine for ranking). */
  overlap(b: Box): number {
    const c = BoxIndex.CELL;
    let area = 0;
    for (let i = Math.floor(b.x / c); i <= Math.floor((b.x + b.w) / c); i++)
      for (let j = Math.floor(b.y / c); j <= Math.floor((b.y + b.h) / c); j++) {
        const list = this.cells.get(BoxIndex.key(i, j));
        if (!list) continue;
        for (const o of list) {
          const w = Math.min(b.x + b.w, o.x + o.w) - Math.max(b.x, o.x);
          const h = Math.min(b.y + b.h, o.y + o.h) - Math.max(b.y, o.y);
          if (w > 0 && h > 0) area += w * h;
        }
      }
    return area;
  }
}

// Where along its route a badge may sit, nearest the middle (where the canvas puts it) first.
const BADGE_SPOTS = [0.5];
for (let d = 0.1; d < 0.45; d += 0.1) BADGE_SPOTS.push(0.5 - d, 0.5 + d);

function strokeAttrs(kind: LinkKind, width?: number): string {
  const st = LINK_KIND_DEFS[kind].style;
  const dash = DASH_ARRAYS[st.stroke] ?? '';
  return (
    ` fill="none" stroke="${st.color}" stroke-width="${width ?? st.width}"` +
    (dash ? ` stroke-dasharray="${dash}"` : '') +
    (st.stroke === 'dotted' ? ' stroke-linecap="round"' : '')
  );
}

interface Bounds {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

function grow(bd: Bounds, b: Box): void {
  bd.x0 = Math.min(bd.x0, b.x);
  bd.y0 = Math.min(bd.y0, b.y);
  bd.x1 = Math.max(bd.x1, b.x + b.w);
  bd.y1 = Math.max(bd.y1, b.y + b.h);
}

/** Which units to draw in full, which only as frames, and which links. */
function pick(doc: OrgDoc, selection: readonly string[] | undefined) {
  const units = Object.values(doc.units).filter((u) => findKind(u.kind));
  if (!selection) {
    return { full: new Set(units.map((u) => u.id)), frames: new Set<string>() };
  }
  const known = new Set(units.map((u) => u.id));
  const full = new Set(selection.filter((id) => known.has(id)));
  // A selected container brings everything inside it.
  let grew = true;
  while (grew) {
    grew = false;
    for (const u of units)
      if (u.parent && full.has(u.parent) && !full.has(u.id)) {
        full.add(u.id);
        grew = true;
      }
  }
  const frames = new Set<string>();
  for (const id of full) for (const a of ancestors(doc, id)) if (!full.has(a.id)) frames.add(a.id);
  return { full, frames };
}

/** Renders the organogram; see SvgOptions. */
export function renderSvg(doc: OrgDoc, opts: SvgOptions = {}): SvgResult {
  const m = opts.measure ?? measureText;
  const derivedMarks = opts.derivedMarks ?? true;
  const { full, frames } = pick(doc, opts.selection);
  const ctx: Ctx = { m, out: [] };
  const boxes = new Map<string, Box>();
  const bounds: Bounds = { x0: Infinity, y0: Infinity, x1: -Infinity, y1: -Infinity };
  const depth = new Map<string, number>();
  for (const id of full) {
    const u = doc.units[id] as Unit;
    const p = absolutePosition(doc, id);
    const s = sizeOf(u);
    boxes.set(id, { x: p.x, y: p.y, w: s.width, h: s.height });
    depth.set(id, u.parent ? ancestors(doc, id).length : 0);
  }
  // A container that is only a frame around selected units shrinks to fit them, innermost first.
  for (const id of frames) depth.set(id, ancestors(doc, id).length);
  for (const id of [...frames].sort((a, b) => (depth.get(b) ?? 0) - (depth.get(a) ?? 0))) {
    const inner: Bounds = { x0: Infinity, y0: Infinity, x1: -Infinity, y1: -Infinity };
    for (const [cid, b] of boxes) if (doc.units[cid]?.parent === id) grow(inner, b);
    boxes.set(id, {
      x: inner.x0 - FRAME_PAD,
      y: inner.y0 - FRAME_HEAD,
      w: Math.max(inner.x1 - inner.x0 + 2 * FRAME_PAD, 200),
      h: inner.y1 - inner.y0 + FRAME_HEAD + FRAME_PAD,
    });
  }
  for (const b of boxes.values()) grow(bounds, b);

  // Containers first, outermost first; then links; then cards; then badges on top.
  const containers: Unit[] = [];
  const cards: Unit[] = [];
  for (const id of boxes.keys()) {
    const u = doc.units[id] as Unit;
    if (findKind(u.kind)?.container) containers.push(u);
    else if (full.has(id)) cards.push(u);
  }
  containers.sort((a, b) => (depth.get(a.id) ?? 0) - (depth.get(b.id) ?? 0));

  const cardIndex = new BoxIndex();
  for (const u of cards) cardIndex.add(boxes.get(u.id) as Box);

  const links: Link[] = Object.values(doc.links).filter(
    (l) =>
      l.source !== l.target && full.has(l.source) && full.has(l.target) && LINK_KIND_DEFS[l.kind],
  );
  const used = new Set<LinkKind>();
  const markerIds = new Map<string, string>();
  const linkOut: string[] = [];
  const badgeOut: string[] = [];
  const badgeIndex = new BoxIndex();
  const fitBadge = (s: string) => m(s, 10, true);
  for (const l of links) {
    const def = LINK_KIND_DEFS[l.kind];
    used.add(l.kind);
    // A route given here, else the one auto-layout stored on the link, else the canvas's own.
    const given = opts.routes?.[l.id] ?? l.route;
    const routed = !!given && given.length >= 2;
    const pts = routed
      ? (given as readonly Point[])
      : floatingRoute(boxes.get(l.source) as Box, boxes.get(l.target) as Box);
    for (const p of pts) grow(bounds, { x: p.x, y: p.y, w: 0, h: 0 });
    let marker = '';
    if (def.style.arrow) {
      let mid = markerIds.get(def.style.color);
      if (!mid) {
        mid = `poc-arrow-${markerIds.size}`;
        markerIds.set(def.style.color, mid);
      }
      marker = ` marker-end="url(#${mid})"`;
    }
    linkOut.push(
      `<path d="${roundedPath(pts, routed ? 8 : 10)}"${strokeAttrs(l.kind)}${marker} data-link="${escapeXml(l.id)}"/>`,
    );
    const label = cleanText(l.label) || def.style.badge || '';
    if (!label) continue;
    const shown = ellipsize(label, 140, fitBadge);
    const w = fitBadge(shown) + 12;
    // The free spot nearest the middle, else the one that hides the least.
    let spot: Box | undefined;
    let best = Infinity;
    const length = routeLength(pts);
    for (const t of BADGE_SPOTS) {
      const p = pointAlong(pts, t, length);
      const b = { x: p.x - w / 2, y: p.y - BADGE_H / 2, w, h: BADGE_H };
      const pad = { x: b.x - 2, y: b.y - 2, w: b.w + 4, h: b.h + 4 };
      const cost = cardIndex.overlap(pad) * 2 + badgeIndex.overlap(pad);
      if (cost < best) {
        best = cost;
        spot = b;
      }
      if (cost === 0) break;
    }
    if (!spot) spot = { x: 0, y: 0, w, h: BADGE_H };
    badgeIndex.add(spot);
    grow(bounds, spot);
    badgeOut.push(
      `<rect x="${f(spot.x + 0.5)}" y="${f(spot.y + 0.5)}" width="${f(w - 1)}" height="${BADGE_H - 1}" rx="7.5" fill="#ffffff" stroke="${def.style.color}" stroke-width="1"/>`,
      `<text x="${f(spot.x + 6)}" y="${f(spot.y + 11.6)}" font-size="10" font-weight="bold" fill="${def.style.color}">${escapeXml(shown)}</text>`,
    );
  }

  if (!Number.isFinite(bounds.x0)) {
    bounds.x0 = 0;
    bounds.y0 = 0;
    bounds.x1 = 0;
    bounds.y1 = 0;
  }
  const diagramW = bounds.x1 - bounds.x0;
  const contentW = Math.max(diagramW, MIN_CONTENT);
  const left = bounds.x0;

  // Title block, above the diagram.
  const head: string[] = [];
  const hctx: Ctx = { m, out: head };
  const classification = cleanText(doc.meta?.classification).toUpperCase();
  const showTitle = opts.titleBlock ?? true;
  let headH = 0;
  if (showTitle) {
    let y = 0;
    if (classification) {
      y += markingHeight;
      y += 10;
    }
    const title = wrapText(opts.title ?? doc.title ?? '', contentW, 2, (s) => m(s, 20, true)).lines;
    y += title.length * 25;
    y += 20; // subtitle
    y += 26; // rule and gap
    headH = y;
  }
  const top = bounds.y0 - MARGIN - headH;
  if (showTitle) {
    let y = top + MARGIN;
    if (classification) {
      marking(hctx, left, y, contentW, classification);
      y += markingHeight + 10;
    }
    const title = wrapText(opts.title ?? doc.title ?? '', contentW, 2, (s) => m(s, 20, true)).lines;
    for (const line of title) {
      text(hctx, left, y + 19, line, 20, TEXT, ' font-weight="bold"');
      y += 25;
    }
    const parts = [formatDate(opts.date ?? new Date())];
    const version = cleanText(doc.meta?.version);
    if (version) parts.push(`Version ${version}`);
    const author = cleanText(doc.meta?.author);
    if (author) parts.push(author);
    if (opts.selection)
      parts.push(`Selection: ${full.size} of ${Object.keys(doc.units).length} units`);
    const sub = ellipsize(parts.join('  ·  '), contentW, (s) => m(s, 12, false));
    text(hctx, left, y + 13, sub, 12, MUTED);
    y += 20;
    head.push(
      `<path d="M${f(left)} ${f(y + 8.5)}H${f(left + contentW)}" stroke="${RULE}" stroke-width="1" fill="none"/>`,
    );
  }

  // Legend, below the diagram.
  const legend: string[] = [];
  let legendH = 0;
  if (opts.legend ?? true) {
    const lctx: Ctx = { m, out: legend };
    const y0 = bounds.y1 + 24;
    legend.push(
      `<path d="M${f(left)} ${f(y0 + 0.5)}H${f(left + contentW)}" stroke="${RULE}" stroke-width="1" fill="none"/>`,
    );
    const cats = new Set<Category>();
    let coordinator = false;
    let derived = false;
    let field = false;
    let hq = false;
    for (const id of boxes.keys()) {
      const u = doc.units[id] as Unit;
      const k = findKind(u.kind) as UnitKind;
      if (k.container) {
        if (k.location === 'field') field = true;
        else hq = true;
      } else if (full.has(id)) {
        cats.add(k.category);
        if (u.isCoordinator) coordinator = true;
        if (derivedMarks && u.provenance?.status === 'reconstructed') derived = true;
      }
    }
    const h = drawLegend(lctx, left, y0 + 14, contentW, {
      kinds: LINK_KINDS.filter((k) => used.has(k)),
      categories: CATEGORIES.filter((c) => cats.has(c)),
      coordinator,
      derived,
      field,
      hq,
    });
    legendH = 14 + h + 24;
  }
  let bottom = bounds.y1 + (legendH || 0) + MARGIN;
  const foot: string[] = [];
  if (showTitle && classification) {
    marking({ m, out: foot }, left, bottom, contentW, classification);
    bottom += markingHeight + MARGIN;
  }

  const vb = { x: left - MARGIN, y: top, width: contentW + 2 * MARGIN, height: bottom - top };
  const defs = [...markerIds].map(
    ([colour, id]) =>
      `<marker id="${id}" viewBox="-10 -10 20 20" markerWidth="16" markerHeight="16" markerUnits="strokeWidth" orient="auto" refX="0" refY="0"><path d="M-5 -4L0 0L-5 4Z" fill="${colour}" stroke="${colour}" stroke-width="1" stroke-linejoin="round"/></marker>`,
  );
  for (const u of containers)
    drawContainer(ctx, u, findKind(u.kind) as UnitKind, boxes.get(u.id) as Box);
  const containerOut = ctx.out.splice(0);
  for (const u of cards)
    drawUnit(ctx, u, findKind(u.kind) as UnitKind, boxes.get(u.id) as Box, derivedMarks);
  const title = escapeXml(opts.title ?? doc.title ?? 'Organogram');
  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="${f(vb.width)}" height="${f(vb.height)}" viewBox="${f(vb.x)} ${f(vb.y)} ${f(vb.width)} ${f(vb.height)}" font-family="${escapeXml(opts.fontFamily ?? FONT_STACK)}" role="img" aria-label="${title}">`,
    defs.length ? `<defs>${defs.join('')}</defs>` : '',
    opts.background === 'transparent'
      ? ''
      : `<rect x="${f(vb.x)}" y="${f(vb.y)}" width="${f(vb.width)}" height="${f(vb.height)}" fill="#ffffff"/>`,
    `<g data-part="title-block">${head.join('')}</g>`,
    `<g data-part="containers">${containerOut.join('')}</g>`,
    `<g data-part="links">${linkOut.join('')}</g>`,
    `<g data-part="units">${ctx.out.join('')}</g>`,
    `<g data-part="badges">${badgeOut.join('')}</g>`,
    `<g data-part="legend">${legend.join('')}</g>`,
    `<g data-part="marking-bottom">${foot.join('')}</g>`,
    '</svg>',
  ].join('');
  return { svg, width: vb.width, height: vb.height, viewBox: vb };
}

/** The classification marking: bold capitals in a box, centred. */
function marking(ctx: Ctx, left: number, y: number, width: number, s: string): void {
  const fit = (t: string) => ctx.m(t, 13, true);
  const shown = ellipsize(s, width - 24, fit);
  const w = fit(shown) + 24;
  const x = left + width / 2 - w / 2;
  ctx.out.push(
    `<rect x="${f(x)}" y="${f(y)}" width="${f(w)}" height="${markingHeight}" fill="#ffffff" stroke="${MARKING}" stroke-width="1.5"/>`,
  );
  text(ctx, x + 12, y + 16.6, shown, 13, MARKING, ' font-weight="bold" data-marking="1"');
}

interface LegendContent {
  kinds: LinkKind[];
  categories: Category[];
  coordinator: boolean;
  derived: boolean;
  field: boolean;
  hq: boolean;
}

/** The legend: link kinds used, categories used, and the marks on the cards. Returns its height. */
function drawLegend(ctx: Ctx, left: number, y0: number, width: number, c: LegendContent): number {
  const { m, out } = ctx;
  let y = y0;
  const heading = (s: string) => {
    text(ctx, left, y + 10, s, 10, '#374151', ' font-weight="bold"');
    y += 16;
  };
  // Items flow left to right and wrap.
  const flow = (items: { w: number; draw: (x: number, cy: number) => void }[]) => {
    let x = left;
    const rowH = 22;
    for (const it of items) {
      if (x > left && x + it.w > left + width) {
        x = left;
        y += rowH;
      }
      it.draw(x, y + rowH / 2);
      x += it.w + 20;
    }
    if (items.length) y += rowH + 8;
  };
  const label = (x: number, cy: number, s: string) => text(ctx, x, cy + 4, s, 11, '#1f2937');
  const lw = (s: string) => m(s, 11, false);
  if (c.kinds.length) {
    heading('LINKS');
    flow(
      c.kinds.map((k) => {
        const def = LINK_KIND_DEFS[k];
        const badge = def.style.badge;
        const bw = badge ? m(badge, 10, true) + 12 : 0;
        const sample = Math.max(48, bw + 20);
        return {
          w: sample + 8 + lw(def.label),
          draw: (x, cy) => {
            const end = x + sample - (def.style.arrow ? Math.max(4, def.style.width * 2.4) : 0);
            out.push(
              `<path d="M${f(x)} ${f(cy)}H${f(end)}"${strokeAttrs(k, Math.min(def.style.width, 3.5))}/>`,
            );
            if (def.style.arrow) {
              const s = Math.max(1.5, Math.min(def.style.width, 3.5)) * 0.8;
              out.push(
                `<path d="M${f(end - 5 * s)} ${f(cy - 4 * s)}L${f(end)} ${f(cy)}L${f(end - 5 * s)} ${f(cy + 4 * s)}Z" fill="${def.style.color}"/>`,
              );
            }
            if (badge) {
              const bx = x + sample / 2 - bw / 2;
              out.push(
                `<rect x="${f(bx + 0.5)}" y="${f(cy - 7.5)}" width="${f(bw - 1)}" height="15" rx="7.5" fill="#ffffff" stroke="${def.style.color}" stroke-width="1"/>`,
              );
              text(ctx, bx + 6, cy + 3.6, badge, 10, def.style.color, ' font-weight="bold"');
            }
            label(x + sample + 8, cy, def.label);
          },
        };
      }),
    );
  }
  const marks: { w: number; draw: (x: number, cy: number) => void }[] = [];
  for (const cat of c.categories) {
    const col = CATEGORY_COLOURS[cat];
    const name = CATEGORY_LABELS[cat];
    marks.push({
      w: 30 + lw(name),
      draw: (x, cy) => {
        out.push(
          `<rect x="${f(x)}" y="${f(cy - 7)}" width="22" height="14" rx="3" fill="${col.ink}"/>`,
          `<path d="M${f(x + 4)} ${f(cy - 5.5)}H${f(x + 20.5)}V${f(cy + 5.5)}H${f(x + 4)}Z" fill="${col.tint}"/>`,
        );
        label(x + 30, cy, name);
      },
    });
  }
  const key: { w: number; draw: (x: number, cy: number) => void }[] = [];
  const lvl = 'Level: strategic, operational, tactical';
  key.push({
    w: 3 * 16 + 6 + lw(lvl),
    draw: (x, cy) => {
      ['S', 'O', 'T'].forEach((t, i) => levelTag(ctx, x + i * 16, cy, t, '#374151'));
      label(x + 54, cy, lvl);
    },
  });
  if (c.coordinator) {
    const s = 'POC coordinator';
    key.push({
      w: CHIP_W + 6 + lw(s),
      draw: (x, cy) => {
        coordChip(ctx, x, cy);
        label(x + CHIP_W + 6, cy, s);
      },
    });
  }
  if (c.hq || c.field) {
    const s =
      c.hq && c.field
        ? 'Headquarters / field container'
        : c.field
          ? 'Field container'
          : 'Headquarters container';
    key.push({
      w: (c.hq && c.field ? 60 : 28) + 6 + lw(s),
      draw: (x, cy) => {
        let xx = x;
        for (const dashed of [c.hq, c.field].map((on, i) => (on ? i === 1 : null))) {
          if (dashed === null) continue;
          out.push(
            `<rect x="${f(xx + 1)}" y="${f(cy - 7)}" width="26" height="14" rx="4" fill="none" stroke="${SLATE}" stroke-width="2"${dashed ? ' stroke-dasharray="4 3"' : ''}/>`,
          );
          xx += 32;
        }
        label(xx + 2, cy, s);
      },
    });
  }
  if (c.derived) {
    const s = "reconstructed from related guidance, not the study's own words";
    key.push({
      w: m('derived', 9, false) + 6 + lw(`= ${s}`),
      draw: (x, cy) => {
        text(ctx, x, cy + 3.5, 'derived', 9, '#6b7280', ' font-style="italic"');
        label(x + m('derived', 9, false) + 6, cy, `= ${s}`);
      },
    });
  }
  if (marks.length) {
    heading('UNITS');
    flow(marks);
  }
  flow(key);
  return y - y0;
}
