/**
 * Text for the exports: cleaning, XML escaping, width estimates and wrapping. Pure; runs in Node.
 */

/** The font stack of every exported drawing: metric-compatible faces, so wrapping holds everywhere. */
export const FONT_STACK = "'Liberation Sans', Arial, Helvetica, sans-serif";

/** Measures a piece of text in px at a font size; `bold` for the heavy weights. */
export type TextMeasure = (text: string, size: number, bold: boolean) => number;

// Advance widths (1/1000 em) of Liberation Sans, which shares Arial's and Helvetica's metrics, for
// U+0020–U+007E and U+00A0–U+00FF, read from the font files.
const REG =
  '278,278,355,556,556,889,667,191,333,333,389,584,278,333,278,278,556,556,556,556,556,556,556,556,556,556,278,278,584,584,584,556,1015,667,667,722,722,667,611,778,722,278,500,667,556,833,722,778,667,778,722,667,611,722,667,944,667,667,611,278,278,278,469,556,333,556,556,500,556,556,278,556,556,222,222,500,222,833,556,556,556,556,333,500,278,556,500,722,500,500,500,334,260,334,584,278,333,556,556,556,556,260,556,333,737,370,556,584,333,737,552,400,549,333,333,333,576,537,278,333,333,365,556,834,834,834,611,667,667,667,667,667,667,1000,722,667,667,667,667,278,278,278,278,722,722,778,778,778,778,778,584,778,722,722,722,722,667,667,611,556,556,556,556,556,556,889,500,556,556,556,556,278,278,278,278,556,556,556,556,556,556,556,549,611,556,556,556,556,500,556,500';
const BOLD =
  '278,333,474,556,556,889,722,238,333,333,389,584,278,333,278,278,556,556,556,556,556,556,556,556,556,556,333,333,584,584,584,611,975,722,722,722,722,667,611,778,722,278,556,722,611,833,722,778,667,778,722,667,611,722,667,944,667,667,611,333,278,333,584,556,333,556,611,556,611,556,333,611,611,278,278,556,278,889,611,611,611,611,389,556,333,611,556,778,556,556,500,389,280,389,584,278,333,556,556,556,556,280,556,333,737,370,556,584,333,737,552,400,549,333,333,333,576,556,278,333,333,365,556,834,834,834,611,722,722,722,722,722,722,1000,722,667,667,667,667,278,278,278,278,722,722,778,778,778,778,778,584,778,722,722,722,722,667,667,611,556,556,556,556,556,556,889,556,556,556,556,556,278,278,278,278,611,611,611,611,611,611,611,549,611,611,611,611,611,556,611,556';

function table(csv: string): Uint16Array {
  const t = new Uint16Array(256);
  const v = csv.split(',').map(Number);
  for (let c = 32; c < 127; c++) t[c] = v[c - 32] ?? 556;
  for (let c = 160; c < 256; c++) t[c] = v[c - 160 + 95] ?? 556;
  return t;
}
const WIDTHS = { reg: table(REG), bold: table(BOLD) };
const SPECIAL: Record<number, number> = {
  0x2013: 556, // –
  0x2014: 1000, // —
  0x2018: 222,
  0x2019: 222,
  0x201c: 333,
  0x201d: 333,
  0x2022: 350, // •
  0x2026: 1000, // …
  0x20ac: 556, // €
  0x2122: 1000, // ™
};

/** The advance of one code point in 1/1000 em, estimated for scripts outside Latin-1. */
function charWidth(cp: number, bold: boolean): number {
  if (cp < 256) {
    const w = (bold ? WIDTHS.bold : WIDTHS.reg)[cp] ?? 0;
    return w || (cp < 32 ? 0 : 556);
  }
  const s = SPECIAL[cp];
  if (s !== undefined) return bold && (cp === 0x2018 || cp === 0x2019) ? 278 : s;
  // Combining marks and joiners take no room.
  if (
    (cp >= 0x300 && cp <= 0x36f) ||
    (cp >= 0x591 && cp <= 0x5c7) ||
    (cp >= 0x610 && cp <= 0x61a) ||
    (cp >= 0x64b && cp <= 0x65f) ||
    (cp >= 0x200b && cp <= 0x200f) ||
    (cp >= 0x202a && cp <= 0x202e) ||
    (cp >= 0x2066 && cp <= 0x2069) ||
    (cp >= 0xfe00 && cp <= 0xfe0f)
  )
    return 0;
  // Wide: CJK, Hangul, full-width forms, emoji and everything beyond the basic plane.
  if (
    (cp >= 0x2e80 && cp <= 0x9fff) ||
    (cp >= 0xac00 && cp <= 0xd7af) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xff00 && cp <= 0xffef) ||
    (cp >= 0x2600 && cp <= 0x27bf) ||
    cp > 0xffff
  )
    return 1000;
  if (cp >= 0x590 && cp <= 0x5ff) return 620; // Hebrew
  if (cp >= 0x600 && cp <= 0x6ff) return 560; // Arabic (joined forms are narrower than isolated)
  return 620;
}

/** The default measure: Liberation Sans / Arial / Helvetica metrics, with estimates beyond Latin-1. */
export const measureText: TextMeasure = (text, size, bold) => {
  let w = 0;
  for (let i = 0; i < text.length; i++) {
    let cp = text.charCodeAt(i);
    if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < text.length) {
      cp = 0x10000 + ((cp - 0xd800) << 10) + (text.charCodeAt(i + 1) - 0xdc00);
      i++;
    }
    w += charWidth(cp, bold);
  }
  return (w * size) / 1000;
};

// C0 and C1 controls (tabs and newlines become spaces first), lone surrogates and non-characters:
// none of them may stand in XML text, and none of them draws anything.
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\ufffe\uffff]/g;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

const PLAIN = /^[\x21-\x7e](?:[\x21-\x7e]| (?=[\x21-\x7e]))*$/;

/** User text made safe to draw: whitespace runs become one space, controls and broken pairs go. */
export function cleanText(s: string | undefined | null): string {
  if (!s) return '';
  // Most labels are already clean: printable ASCII without doubled or edge spaces.
  if (PLAIN.test(s)) return s;
  return s
    .replace(/[\t\n\r\f\v\u2028\u2029]+/g, ' ')
    .replace(CONTROLS, '')
    .replace(LONE_SURROGATE, '')
    .replace(/ {2,}/g, ' ')
    .trim();
}

const XML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/** Escapes text for an XML text node or a quoted attribute (after cleaning it). */
export function escapeXml(s: string): string {
  const c = cleanText(s);
  return /[&<>"']/.test(c) ? c.replace(/[&<>"']/g, (x) => XML_ESCAPES[x] as string) : c;
}

const ELLIPSIS = '…';

let segmenter: Intl.Segmenter | null | undefined;
// Code point ranges that may join with their neighbours into one character: combining marks,
// joiners, variation selectors, surrogate pairs, and scripts whose clusters span code points.
const JOINING: readonly [number, number][] = [
  [0x0300, 0x036f],
  [0x0483, 0x0489],
  [0x0591, 0x05c7],
  [0x0610, 0x061a],
  [0x064b, 0x065f],
  [0x0670, 0x0670],
  [0x06d6, 0x06ed],
  [0x0900, 0x0dff],
  [0x0e31, 0x0e4e],
  [0x1100, 0x11ff],
  [0x1ab0, 0x1aff],
  [0x1dc0, 0x1dff],
  [0x200c, 0x200d],
  [0x20d0, 0x20ff],
  [0xd800, 0xdfff],
  [0xfe00, 0xfe0f],
  [0xfe20, 0xfe2f],
];

function isComplex(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x300) continue;
    for (const [a, b] of JOINING) if (c >= a && c <= b) return true;
  }
  return false;
}

/** Splits a string into user-perceived characters (grapheme clusters where it matters). */
function graphemes(s: string): string[] {
  if (!isComplex(s)) return s.split('');
  if (segmenter === undefined) {
    const Seg = (Intl as { Segmenter?: typeof Intl.Segmenter }).Segmenter;
    segmenter = Seg ? new Seg(undefined, { granularity: 'grapheme' }) : null;
  }
  return segmenter ? Array.from(segmenter.segment(s), (x) => x.segment) : Array.from(s);
}

/** The longest start of `text` that fits `width` with an ellipsis after it. */
export function ellipsize(text: string, width: number, fit: (s: string) => number): string {
  if (fit(text) <= width) return text;
  const parts = graphemes(text);
  let lo = 0;
  let hi = parts.length;
  // Binary search on the number of characters kept.
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (fit(parts.slice(0, mid).join('').trimEnd() + ELLIPSIS) <= width) lo = mid;
    else hi = mid - 1;
  }
  return parts.slice(0, lo).join('').trimEnd() + ELLIPSIS;
}

/**
 * Wraps text into at most `maxLines` lines of at most `width`, breaking between words and, for a
 * word longer than a line, inside it. Text that does not fit ends its last line with an ellipsis.
 */
export function wrapText(
  text: string,
  width: number,
  maxLines: number,
  fit: (s: string) => number,
): { lines: string[]; truncated: boolean } {
  const words = cleanText(text).split(' ').filter(Boolean);
  // Lines, and whether each ends between two words (true) or inside a word (false).
  const lines: string[] = [];
  const atSpace: boolean[] = [];
  let cur = '';
  const push = (line: string, space: boolean) => {
    lines.push(line);
    atSpace.push(space);
  };
  for (const word of words) {
    if (lines.length > maxLines) break; // one line past the limit is all we need to know
    const cand = cur ? `${cur} ${word}` : word;
    if (fit(cand) <= width) {
      cur = cand;
      continue;
    }
    if (cur) push(cur, true);
    cur = '';
    if (fit(word) <= width) {
      cur = word;
      continue;
    }
    // A word wider than the line: cut it into pieces that fit.
    for (const g of graphemes(word)) {
      if (cur && fit(cur + g) > width) {
        push(cur, false);
        cur = '';
        if (lines.length > maxLines) break;
      }
      cur += g;
    }
  }
  if (cur) push(cur, true);
  if (lines.length <= maxLines) return { lines, truncated: false };
  const keep = lines.slice(0, maxLines);
  const last = maxLines - 1;
  const joined = `${keep[last] as string}${atSpace[last] ? ' ' : ''}${lines[maxLines] as string}`;
  keep[last] = ellipsize(joined, width, fit);
  if (!keep[last]?.endsWith(ELLIPSIS))
    keep[last] = ellipsize(`${joined}${ELLIPSIS}${ELLIPSIS}`, width, fit);
  return { lines: keep, truncated: true };
}
