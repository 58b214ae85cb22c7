/**
 * The SVG's legend: the link kinds used, the categories used, and the marks on the cards.
 */
import { CATEGORY_COLOURS, CATEGORY_LABELS, LINK_KIND_DEFS } from '../model';
import type { Category, Lang, LinkKind } from '../model';
import { fixedT } from '../i18n';
import { categoryText, linkKindText } from '../i18n';
import { badgeText, CHIP_W, coordChip, f, levelTag, SLATE, strokeAttrs, text } from './svg-draw';
import type { Ctx } from './svg-draw';

export interface LegendContent {
  kinds: LinkKind[];
  categories: Category[];
  coordinator: boolean;
  derived: boolean;
  field: boolean;
  hq: boolean;
}

/** The legend: link kinds used, categories used, and the marks on the cards. Returns its height. */
export function drawLegend(
  ctx: Ctx,
  left: number,
  y0: number,
  width: number,
  c: LegendContent,
  lang: Lang,
): number {
  const { m, out } = ctx;
  const t = fixedT(lang);
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
    heading(t('exportText.svg.legendLinks'));
    flow(
      c.kinds.map((k) => {
        const def = LINK_KIND_DEFS[k];
        const badge = badgeText(k, lang);
        const name = linkKindText(def, 'label', lang);
        const bw = badge ? m(badge, 10, true) + 12 : 0;
        const sample = Math.max(48, bw + 20);
        return {
          w: sample + 8 + lw(name),
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
            label(x + sample + 8, cy, name);
          },
        };
      }),
    );
  }
  const marks: { w: number; draw: (x: number, cy: number) => void }[] = [];
  for (const cat of c.categories) {
    const col = CATEGORY_COLOURS[cat];
    const name = categoryText(cat, CATEGORY_LABELS[cat], lang);
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
  const lvl = t('exportText.svg.levels');
  key.push({
    w: 3 * 16 + 6 + lw(lvl),
    draw: (x, cy) => {
      ['S', 'O', 'T'].forEach((t, i) => levelTag(ctx, x + i * 16, cy, t, '#374151'));
      label(x + 54, cy, lvl);
    },
  });
  if (c.coordinator) {
    const s = t('exportText.svg.coordinator');
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
        ? t('exportText.svg.hqAndField')
        : c.field
          ? t('exportText.svg.fieldContainer')
          : t('exportText.svg.hqContainer');
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
    const word = t('exportText.svg.derived');
    const s = t('exportText.svg.derivedMeaning');
    key.push({
      w: m(word, 9, false) + 6 + lw(s),
      draw: (x, cy) => {
        text(ctx, x, cy + 3.5, word, 9, '#6b7280', ' font-style="italic"');
        label(x + m(word, 9, false) + 6, cy, s);
      },
    });
  }
  if (marks.length) {
    heading(t('exportText.svg.legendUnits'));
    flow(marks);
  }
  flow(key);
  return y - y0;
}
