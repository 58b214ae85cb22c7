/**
 * The SVG's title block: classification marking, title (two lines at most), a subtitle with the
 * date, version, author and selection, and a rule under them.
 */
import type { Lang } from '../model';
import { fixedT } from '../i18n';
import { formatDate } from './format';
import { f, marking, markingHeight, MUTED, RULE, text, TEXT } from './svg-draw';
import type { Ctx } from './svg-draw';
import { cleanText, ellipsize, wrapText } from './text';
import type { TextMeasure } from './text';

export interface TitleBlock {
  /** The title as written (wrapped here). */
  title: string;
  /** The classification marking in capitals, or ''. */
  classification: string;
  /** The line under the title. */
  subtitle: string;
}

/** The subtitle: date, version, author and, for a selection, how much of the chart it shows. */
export function subtitleOf(
  meta: { version?: string; author?: string } | undefined,
  date: Date | string,
  selection: { shown: number; total: number } | undefined,
  lang: Lang,
): string {
  const t = fixedT(lang);
  const parts = [formatDate(date, lang)];
  const version = cleanText(meta?.version);
  if (version) parts.push(t('exportText.svg.version', { version }));
  const author = cleanText(meta?.author);
  if (author) parts.push(author);
  if (selection) parts.push(t('exportText.svg.selection', selection));
  return parts.join('  ·  ');
}

function titleLines(m: TextMeasure, tb: TitleBlock, width: number): string[] {
  return wrapText(tb.title, width, 2, (s) => m(s, 20, true)).lines;
}

/** The height the title block takes above the diagram. */
export function titleBlockHeight(m: TextMeasure, tb: TitleBlock, width: number): number {
  let y = 0;
  if (tb.classification) y += markingHeight + 10;
  y += titleLines(m, tb, width).length * 25;
  y += 20; // subtitle
  y += 26; // rule and gap
  return y;
}

/** Draws the title block from `top` (the page's top margin included). */
export function drawTitleBlock(
  ctx: Ctx,
  tb: TitleBlock,
  left: number,
  top: number,
  width: number,
): void {
  const { m } = ctx;
  let y = top;
  if (tb.classification) {
    marking(ctx, left, y, width, tb.classification);
    y += markingHeight + 10;
  }
  for (const line of titleLines(m, tb, width)) {
    text(ctx, left, y + 19, line, 20, TEXT, ' font-weight="bold"');
    y += 25;
  }
  const sub = ellipsize(tb.subtitle, width, (s) => m(s, 12, false));
  text(ctx, left, y + 13, sub, 12, MUTED);
  y += 20;
  ctx.out.push(
    `<path d="M${f(left)} ${f(y + 8.5)}H${f(left + width)}" stroke="${RULE}" stroke-width="1" fill="none"/>`,
  );
}
