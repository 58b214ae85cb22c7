/**
 * The organogram as a standalone SVG drawn from the model: rect, path, text and groups only, in the
 * light print theme, with a title block and a legend. Pure string building; runs in Node.
 */
import {
  absolutePosition,
  ancestors,
  CATEGORIES,
  CONTAINER_HEADER,
  CONTAINER_PAD,
  docTitleIn,
  findKind,
  LINK_KIND_DEFS,
  LINK_KINDS,
  linkLabelIn,
  sizeOf,
} from '../model';
import type { Category, Lang, Link, LinkKind, OrgDoc, Unit, UnitKind } from '../model';
import { fixedT } from '../i18n';
import { BoxIndex, grow } from './box-index';
import type { Bounds } from './box-index';
import { floatingRoute, pointAlong, roundedPath, routeLength } from './route';
import type { Box, Point } from './route';
import { drawContainer, drawUnit } from './svg-cards';
import { BADGE_H, badgeText, f, marking, markingHeight, RULE, strokeAttrs } from './svg-draw';
import type { Ctx } from './svg-draw';
import { drawLegend } from './svg-legend';
import { drawTitleBlock, subtitleOf, titleBlockHeight } from './svg-title';
import type { TitleBlock } from './svg-title';
import { cleanText, ellipsize, escapeXml, FONT_STACK, measureText } from './text';
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
  /** The language of the fixed words, kinds, unit labels and date (default English). */
  lang?: Lang;
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

const MARGIN = 24;
const MIN_CONTENT = 520;
// Room a shrunk frame leaves around its units, as the grid placement does.
const FRAME_HEAD = CONTAINER_HEADER + CONTAINER_PAD;
const FRAME_PAD = CONTAINER_PAD;

// Where along its route a badge may sit, nearest the middle (where the canvas puts it) first.
const BADGE_SPOTS = [0.5];
for (let d = 0.1; d < 0.45; d += 0.1) BADGE_SPOTS.push(0.5 - d, 0.5 + d);

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
  const lang = opts.lang ?? 'en';
  const t = fixedT(lang);
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
    const label = cleanText(linkLabelIn(l, lang)) || badgeText(l.kind, lang);
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
  const classification = cleanText(doc.meta?.classification).toUpperCase();
  const showTitle = opts.titleBlock ?? true;
  const shownTitle = opts.title ?? docTitleIn(doc, lang);
  const titleBlock: TitleBlock = {
    title: shownTitle,
    classification,
    subtitle: subtitleOf(
      doc.meta,
      opts.date ?? new Date(),
      opts.selection ? { shown: full.size, total: Object.keys(doc.units).length } : undefined,
      lang,
    ),
  };
  const headH = showTitle ? titleBlockHeight(m, titleBlock, contentW) : 0;
  const top = bounds.y0 - MARGIN - headH;
  if (showTitle) drawTitleBlock({ m, out: head }, titleBlock, left, top + MARGIN, contentW);

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
    const content = {
      kinds: LINK_KINDS.filter((k) => used.has(k)),
      categories: CATEGORIES.filter((c) => cats.has(c)),
      coordinator,
      derived,
      field,
      hq,
    };
    const h = drawLegend(lctx, left, y0 + 14, contentW, content, lang);
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
    drawContainer(ctx, u, findKind(u.kind) as UnitKind, boxes.get(u.id) as Box, lang);
  const containerOut = ctx.out.splice(0);
  const derivedWord = derivedMarks ? t('exportText.svg.derived') : '';
  for (const u of cards)
    drawUnit(ctx, u, findKind(u.kind) as UnitKind, boxes.get(u.id) as Box, derivedWord, lang);
  // An untitled chart is still named for screen readers.
  const title = escapeXml(shownTitle.trim() || t('exportText.untitled'));
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
