/**
 * Vector PDF: the model's SVG through jsPDF + svg2pdf.js, fitted to an A4 or A3 page, and text
 * pages (terms of reference, checklist) for the briefing pack. jsPDF, svg2pdf.js and the font are
 * loaded only when a PDF is made.
 *
 * Fonts: jsPDF's standard fonts cover Western European text only (WinAnsi). When the text needs
 * more (Arabic, Hebrew, Cyrillic, Greek…), DejaVu Sans (Bitstream Vera licence, npm
 * `dejavu-fonts-ttf`) is embedded, subset by jsPDF, which also shapes Arabic and orders
 * right-to-left text. Characters the font lacks (emoji) become "?", and a notice says so.
 */
import type { jsPDF as JsPdf, TextOptionsLight } from 'jspdf';
import type { svg2pdf as Svg2PdfFn } from 'svg2pdf.js';
import { docTitleIn } from '../model';
import type { Lang, OrgDoc } from '../model';
import { fixedT } from '../i18n';
import { formatPercent } from './format';
import type { TextBlock } from './markdown';
import { markPages, MARGIN, UNICODE_FONT, writeText } from './pdf-text';
import { renderSvg } from './svg';
import type { SvgOptions } from './svg';
import { cleanText } from './text';
import type { TextMeasure } from './text';

export type PageFormat = 'a4' | 'a3';
export type PageOrientation = 'portrait' | 'landscape';

interface PageBase {
  /** This page's orientation, instead of the document's default for its kind. */
  orientation?: PageOrientation;
}
/** An SVG drawn elsewhere, fitted to one page as it is. */
export interface SvgPage extends PageBase {
  kind: 'svg';
  svg: string;
}
/**
 * The organogram, drawn here with the PDF font's metrics so its labels wrap right, in the PDF's
 * language unless its own options name one.
 */
export interface OrganogramPage extends PageBase {
  kind: 'organogram';
  doc: OrgDoc;
  svgOptions?: SvgOptions;
}
/** Flowing text: headings, paragraphs, fields and bullet lists, broken across pages. */
export interface TextPage extends PageBase {
  kind: 'text';
  title?: string;
  blocks: TextBlock[];
}
/** One page (or, for text, a run of pages) of a PDF. */
export type PdfPage = SvgPage | OrganogramPage | TextPage;

/** Loads a TTF font file: the regular or the bold face. */
export type FontLoader = (weight: 'normal' | 'bold') => Promise<ArrayBuffer | Uint8Array>;

export interface PdfOptions {
  format?: PageFormat;
  /** Orientation of drawing pages; default landscape, as organograms are wide. */
  orientation?: PageOrientation;
  /** Orientation of text pages; default portrait. */
  textOrientation?: PageOrientation;
  /** PDF metadata. */
  title?: string;
  author?: string;
  subject?: string;
  /** A classification marking printed at the top and bottom of every text page. */
  marking?: string;
  /** Where the Unicode font comes from (default: the bundled DejaVu Sans files). */
  loadFont?: FontLoader;
  /** Told about anything the PDF could not keep (characters, legibility). */
  onNotice?: (message: string) => void;
  /** The language of the notices, the metadata's fixed words and the text pages' punctuation. */
  lang?: Lang;
}

export interface PdfResult {
  blob: Blob;
  pages: number;
  /** The font the text uses. */
  font: 'helvetica' | 'dejavu';
  notices: string[];
}

export interface ExportPdfOptions extends PdfOptions, SvgOptions {}

/** The organogram as a one-page vector PDF with its title block and legend. */
export async function exportPdf(doc: OrgDoc, opts: ExportPdfOptions = {}): Promise<Blob> {
  const r = await buildPdf([{ kind: 'organogram', doc, svgOptions: opts }], {
    ...opts,
    title: opts.title ?? docTitleIn(doc, opts.lang ?? 'en'),
    author: opts.author ?? doc.meta?.author,
  });
  return r.blob;
}

// Characters jsPDF's standard fonts can write (WinAnsiEncoding).
const WINANSI_EXTRA = '€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ';
const WINANSI = new Set<number>();
for (let c = 0x20; c < 0x7f; c++) WINANSI.add(c);
for (let c = 0xa0; c <= 0xff; c++) WINANSI.add(c);
for (const ch of WINANSI_EXTRA) WINANSI.add(ch.codePointAt(0) as number);

/** Whether jsPDF's standard fonts can write every character of the text. */
export function isWinAnsi(s: string): boolean {
  for (const ch of s) if (!WINANSI.has(ch.codePointAt(0) as number)) return false;
  return true;
}

/** Characters outside a set replaced with "?", counting them. */
function replaceUnsupported(s: string, ok: (cp: number) => boolean, count: { n: number }): string {
  let out = '';
  for (const ch of s) {
    const cp = ch.codePointAt(0) as number;
    // Joiners, variation selectors and bidi marks draw nothing: drop them silently.
    if ((cp >= 0x200b && cp <= 0x200f) || (cp >= 0xfe00 && cp <= 0xfe0f) || cp === 0x2060) {
      if (!ok(cp)) continue;
    }
    if (ok(cp) || cp < 0x20) out += ch;
    else {
      out += '?';
      count.n++;
    }
  }
  return out;
}

/** Replaces unsupported characters in the text nodes and attributes of an SVG string. */
function replaceInSvg(svg: string, ok: (cp: number) => boolean, count: { n: number }): string {
  // Only text and attribute values hold characters outside ASCII.
  return svg.replace(/[^\x20-\x7e\t\n\r]+/g, (run) => replaceUnsupported(run, ok, count));
}

function blockStrings(b: TextBlock): string[] {
  switch (b.type) {
    case 'heading':
    case 'paragraph':
      return [b.text];
    case 'field':
      return [b.label, b.text];
    case 'bullets':
      return b.items;
  }
}

const SVG_TEXT = /<(?:text|tspan)\b[^>]*>([^<]*)(?=<)/g;

function svgStrings(svg: string): string[] {
  const out: string[] = [];
  for (const m of svg.matchAll(SVG_TEXT)) if (m[1]) out.push(m[1]);
  return out;
}

async function defaultLoadFont(weight: 'normal' | 'bold'): Promise<ArrayBuffer> {
  const mod =
    weight === 'bold'
      ? await import('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf?url')
      : await import('dejavu-fonts-ttf/ttf/DejaVuSans.ttf?url');
  const res = await fetch(mod.default);
  if (!res.ok) throw new Error(`font ${weight}: HTTP ${res.status}`);
  return res.arrayBuffer();
}

function binaryString(data: ArrayBuffer | Uint8Array): string {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  let s = '';
  const CHUNK = 0x8000;
  for (let i = 0; i < bytes.length; i += CHUNK)
    s += String.fromCharCode.apply(null, Array.from(bytes.subarray(i, i + CHUNK)));
  return s;
}

/**
 * jsPDF's bidi settings for text in logical order on a left-to-right line, as the canvas shows
 * it: right-to-left runs are reversed into visual order and left-to-right runs inside a line that
 * starts right-to-left stay as written. (jsPDF's default treats input as visual, which reverses
 * the Latin part of such lines and leaves Hebrew after Latin unreversed.)
 */
const BIDI = { isInputVisual: false, isOutputVisual: true, isInputRtl: false, isOutputRtl: false };

/** Makes every text call on this document use the bidi settings, svg2pdf's included. */
function withBidi(pdf: JsPdf): void {
  const text = pdf.text.bind(pdf);
  pdf.text = ((t: string | string[], x: number, y: number, o?: TextOptionsLight, tr?: unknown) =>
    text(t, x, y, { ...BIDI, ...o }, tr)) as JsPdf['text'];
}

/** Builds a PDF from pages: organograms, SVGs and text. */
export async function buildPdf(
  pages: readonly PdfPage[],
  opts: PdfOptions = {},
): Promise<PdfResult> {
  const lang = opts.lang ?? 'en';
  const t = fixedT(lang);
  const notices: string[] = [];
  const notice = (m: string) => {
    notices.push(m);
    opts.onNotice?.(m);
  };
  const { jsPDF } = await import('jspdf');
  const { svg2pdf } = await import('svg2pdf.js');
  const format = opts.format ?? 'a4';
  const orient = (p: PdfPage | undefined): PageOrientation =>
    p?.orientation ??
    (p?.kind === 'text' ? (opts.textOrientation ?? 'portrait') : (opts.orientation ?? 'landscape'));
  const pdf = new jsPDF({ unit: 'pt', format, orientation: orient(pages[0]), compress: true });
  withBidi(pdf);
  pdf.setProperties({
    title: cleanText(opts.title) || t('exportText.untitled'),
    subject: cleanText(opts.subject) || t('exportText.pdf.subject'),
    author: cleanText(opts.author),
    creator: t('exportText.pdf.creator'),
  });

  // Which font: the standard one if every character is Western European, else DejaVu Sans.
  const preview = pages.map((p) =>
    p.kind === 'organogram' ? renderSvg(p.doc, { lang, ...p.svgOptions }).svg : '',
  );
  const strings: string[] = [cleanText(opts.marking)];
  pages.forEach((p, i) => {
    if (p.kind === 'svg') strings.push(...svgStrings(p.svg));
    else if (p.kind === 'organogram') strings.push(...svgStrings(preview[i] as string));
    else strings.push(cleanText(p.title), ...p.blocks.flatMap(blockStrings));
  });
  let font: PdfResult['font'] = 'helvetica';
  let ok: (cp: number) => boolean = (cp) => WINANSI.has(cp);
  if (!strings.every(isWinAnsi)) {
    try {
      const load = opts.loadFont ?? defaultLoadFont;
      const [regular, bold] = await Promise.all([load('normal'), load('bold')]);
      pdf.addFileToVFS('DejaVuSans.ttf', binaryString(regular));
      pdf.addFileToVFS('DejaVuSans-Bold.ttf', binaryString(bold));
      pdf.addFont('DejaVuSans.ttf', UNICODE_FONT, 'normal');
      pdf.addFont('DejaVuSans-Bold.ttf', UNICODE_FONT, 'bold');
      // svg2pdf asks for italic and bold italic too; the upright faces stand in.
      pdf.addFont('DejaVuSans.ttf', UNICODE_FONT, 'italic');
      pdf.addFont('DejaVuSans-Bold.ttf', UNICODE_FONT, 'bolditalic');
      pdf.setFont(UNICODE_FONT, 'normal');
      const meta = pdf.getFont() as unknown as {
        metadata?: { cmap?: { unicode?: { codeMap?: Record<number, number> } } };
      };
      const codeMap = meta.metadata?.cmap?.unicode?.codeMap ?? {};
      ok = (cp) => cp <= 0xffff && (cp < 0x20 || !!codeMap[cp]);
      font = 'dejavu';
    } catch (e) {
      notice(t('exportText.pdf.fontFailed', { error: String(e) }));
    }
  }
  const measure = font === 'dejavu' ? pdfMeasure(pdf) : undefined;
  const missing = { n: 0 };

  let first = true;
  const textPages: number[] = [];
  const newPage = (o: PageOrientation) => {
    if (!first) pdf.addPage(format, o);
    first = false;
  };
  for (const page of pages) {
    const o = orient(page);
    if (page.kind === 'text') {
      const newTextPage = () => {
        newPage(o);
        textPages.push(pdf.getNumberOfPages());
      };
      newTextPage();
      const clean = (s: string) => replaceUnsupported(cleanText(s), ok, missing);
      writeText(pdf, page, font, clean, newTextPage, lang);
      continue;
    }
    let svg: string;
    if (page.kind === 'organogram') {
      svg = renderSvg(page.doc, {
        lang,
        ...page.svgOptions,
        ...(measure ? { measure, fontFamily: `'${UNICODE_FONT}', sans-serif` } : {}),
      }).svg;
    } else {
      svg = page.svg;
      if (font === 'dejavu')
        svg = svg.replace(/font-family="[^"]*"/, `font-family="'${UNICODE_FONT}', sans-serif"`);
    }
    svg = replaceInSvg(svg, ok, missing);
    newPage(o);
    await drawSvg(pdf, svg2pdf, svg, notice, format, lang);
  }
  // Organogram pages carry the marking in their title block; text pages get it here.
  const marking = replaceUnsupported(cleanText(opts.marking).toUpperCase(), ok, missing);
  if (marking) markPages(pdf, textPages, marking, font);
  if (missing.n > 0)
    notice(
      font === 'dejavu'
        ? t('exportText.pdf.missingInFont', { count: missing.n })
        : t('exportText.pdf.missingInStandard', { count: missing.n }),
    );
  const blob = pdf.output('blob');
  return { blob, pages: pdf.getNumberOfPages(), font, notices };
}

/** Text widths from the embedded font, per character and cached. */
function pdfMeasure(pdf: JsPdf): TextMeasure {
  const cache = { normal: new Map<string, number>(), bold: new Map<string, number>() };
  return (text, size, bold) => {
    const style = bold ? 'bold' : 'normal';
    const map = cache[style];
    let units = 0;
    for (const ch of text) {
      let w = map.get(ch);
      if (w === undefined) {
        pdf.setFont(UNICODE_FONT, style);
        w = pdf.getStringUnitWidth(ch);
        map.set(ch, w);
      }
      units += w;
    }
    return units * size;
  };
}

type Svg2Pdf = typeof Svg2PdfFn;

function parseSvg(svg: string, lang: Lang): Element {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  const root = doc.documentElement;
  if (!root || root.nodeName !== 'svg') throw new Error(fixedT(lang)('exportText.pdf.noParse'));
  return root;
}

/** Draws an SVG fitted and centred on the current page. */
async function drawSvg(
  pdf: JsPdf,
  svg2pdf: Svg2Pdf,
  svg: string,
  notice: (m: string) => void,
  format: PageFormat,
  lang: Lang,
): Promise<void> {
  const el = parseSvg(svg, lang);
  const vb = (el.getAttribute('viewBox') ?? '').split(/[\s,]+/).map(Number);
  const w = vb[2] || Number(el.getAttribute('width')) || 1;
  const h = vb[3] || Number(el.getAttribute('height')) || 1;
  const pw = pdf.internal.pageSize.getWidth();
  const ph = pdf.internal.pageSize.getHeight();
  const scale = Math.min((pw - 2 * MARGIN) / w, (ph - 2 * MARGIN) / h);
  const dw = w * scale;
  const dh = h * scale;
  await svg2pdf(el, pdf, { x: (pw - dw) / 2, y: (ph - dh) / 2, width: dw, height: dh });
  // Card text is 12 px; below about 5 pt it is hard to read on paper.
  if (12 * scale < 5) {
    const t = fixedT(lang);
    const words = {
      percent: formatPercent(Math.round(scale * 100), lang),
      format: format.toUpperCase(),
    };
    notice(
      format === 'a4' ? t('exportText.pdf.smallA4', words) : t('exportText.pdf.smallA3', words),
    );
  }
}
