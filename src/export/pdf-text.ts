/**
 * The PDF's text pages: headings, paragraphs, "Label: text" fields and bullet lists written with
 * jsPDF and broken across pages, and the classification marking on each of them.
 */
import type { jsPDF as JsPdf } from 'jspdf';
import type { Lang } from '../model';
import { colon } from './format';
import type { TextBlock } from './markdown';

export const UNICODE_FONT = 'DejaVu Sans';
export const MARGIN = 36;

/** The font the text uses: jsPDF's standard Helvetica, or the embedded DejaVu Sans. */
type PdfFont = 'helvetica' | 'dejavu';

/** The classification marking at the top and bottom of every page. */
export function markPages(pdf: JsPdf, pages: number[], marking: string, font: PdfFont): void {
  for (const i of pages) {
    pdf.setPage(i);
    const pw = pdf.internal.pageSize.getWidth();
    const ph = pdf.internal.pageSize.getHeight();
    pdf.setFont(font === 'dejavu' ? UNICODE_FONT : 'helvetica', 'bold');
    pdf.setFontSize(9);
    pdf.setTextColor('#b91c1c');
    pdf.text(marking, pw / 2, 16, { align: 'center', baseline: 'middle' });
    pdf.text(marking, pw / 2, ph - 14, { align: 'center', baseline: 'middle' });
  }
}

const TEXT_STYLE = {
  h1: { size: 18, bold: true, before: 0, after: 10 },
  h2: { size: 14, bold: true, before: 16, after: 6 },
  h3: { size: 11.5, bold: true, before: 10, after: 4 },
  body: { size: 10, bold: false, before: 0, after: 6 },
} as const;

/** Writes flowing text, breaking pages as it goes. */
export function writeText(
  pdf: JsPdf,
  page: { title?: string; blocks: TextBlock[] },
  font: PdfFont,
  clean: (s: string) => string,
  newPage: () => void,
  lang: Lang,
): void {
  const family = font === 'dejavu' ? UNICODE_FONT : 'helvetica';
  const pw = pdf.internal.pageSize.getWidth();
  const ph = pdf.internal.pageSize.getHeight();
  const left = MARGIN + 12;
  const width = pw - 2 * left;
  const bottom = ph - MARGIN - 12;
  let y = MARGIN + 16;
  const set = (size: number, bold: boolean, colour = '#111827') => {
    pdf.setFont(family, bold ? 'bold' : 'normal');
    pdf.setFontSize(size);
    pdf.setTextColor(colour);
  };
  const lineH = (size: number) => size * 1.3;
  const room = (h: number) => {
    if (y + h > bottom) {
      newPage();
      y = MARGIN + 16;
    }
  };
  /** Greedy wrap with the current font; the first line may be shorter. */
  const wrap = (text: string, w: number, firstW = w): string[] => {
    const words = text.split(' ').filter(Boolean);
    const lines: string[] = [];
    let cur = '';
    for (const word of words) {
      const limit = lines.length === 0 ? firstW : w;
      const cand = cur ? `${cur} ${word}` : word;
      if (pdf.getTextWidth(cand) <= limit || !cur) {
        // A single word wider than the line is split by jsPDF's own splitter.
        if (!cur && pdf.getTextWidth(word) > limit) {
          const parts = pdf.splitTextToSize(word, limit) as string[];
          lines.push(...parts.slice(0, -1));
          cur = parts[parts.length - 1] ?? '';
        } else cur = cand;
      } else {
        lines.push(cur);
        cur = word;
      }
    }
    if (cur) lines.push(cur);
    return lines;
  };
  const para = (text: string, size: number, bold: boolean, colour?: string, indent = 0) => {
    set(size, bold, colour);
    for (const line of wrap(text, width - indent)) {
      room(lineH(size));
      pdf.text(line, left + indent, y + size * 0.8);
      y += lineH(size);
    }
  };
  const heading = (text: string, level: 1 | 2 | 3) => {
    const st = level === 1 ? TEXT_STYLE.h1 : level === 2 ? TEXT_STYLE.h2 : TEXT_STYLE.h3;
    // Keep a heading with at least two lines of what follows.
    if (y > MARGIN + 16) y += st.before;
    room(lineH(st.size) + 3 * lineH(TEXT_STYLE.body.size));
    para(text, st.size, true, level === 1 ? '#0b3b60' : '#111827');
    y += st.after;
  };
  if (page.title) heading(clean(page.title), 1);
  const body = TEXT_STYLE.body;
  for (const b of page.blocks) {
    switch (b.type) {
      case 'heading':
        heading(clean(b.text), b.level);
        break;
      case 'paragraph':
        para(clean(b.text), body.size, false, b.muted ? '#4b5563' : '#111827');
        y += body.after;
        break;
      case 'field': {
        const label = `${clean(b.label)}${colon(lang)}`;
        set(body.size, true);
        const lw = pdf.getTextWidth(label) + 4;
        set(body.size, false);
        const lines = b.text ? wrap(clean(b.text), width, width - lw) : [];
        room(lineH(body.size));
        set(body.size, true);
        pdf.text(label, left, y + body.size * 0.8);
        set(body.size, false);
        lines.forEach((line, i) => {
          if (i > 0) room(lineH(body.size));
          pdf.text(line, left + (i === 0 ? lw : 0), y + body.size * 0.8);
          if (i < lines.length - 1) y += lineH(body.size);
        });
        y += lineH(body.size) + 3;
        break;
      }
      case 'bullets':
        for (const it of b.items) {
          set(body.size, false);
          const lines = wrap(clean(it), width - 14);
          lines.forEach((line, i) => {
            room(lineH(body.size));
            if (i === 0) pdf.text('•', left + 3, y + body.size * 0.8);
            pdf.text(line, left + 14, y + body.size * 0.8);
            y += lineH(body.size);
          });
          y += 2;
        }
        y += body.after - 2;
        break;
    }
  }
}
