/**
 * The metrics table of the change report: two structures' measures side by side, named and
 * written in one language.
 */
import { CATEGORIES, CATEGORY_LABELS, LEVEL_WORDS, LEVELS } from '../model';
import type { Lang, StructureMetrics } from '../model';
import { fixedT } from '../i18n';
import { categoryText } from '../i18n';
import { wordIn } from '../i18n';
import { formatNumber, formatPercent } from './format';

/** The rows of the side-by-side metrics table: name, value in A, value in B. */
export function metricRows(x: StructureMetrics, y: StructureMetrics, lang: Lang): string[][] {
  const t = fixedT(lang);
  const num = (v: number | null) =>
    v === null ? '—' : formatNumber(Math.round(v * 100) / 100, lang);
  const pct = (v: number | null) => (v === null ? '—' : formatPercent(Math.round(v * 100), lang));
  const row = (name: string, f: (m: StructureMetrics) => string) => [name, f(x), f(y)];
  return [
    row(t('exportText.diff.units'), (m) => String(m.units)),
    row(t('exportText.diff.links'), (m) => String(m.links)),
    ...CATEGORIES.map((c) =>
      row(
        t('exportText.metrics.unitsIn', { category: categoryText(c, CATEGORY_LABELS[c], lang) }),
        (m) => String(m.unitsPerCategory[c]),
      ),
    ),
    ...LEVELS.map((l) =>
      row(
        t('exportText.metrics.forumsAt', { level: wordIn('levels', l, LEVEL_WORDS[l], lang) }),
        (m) => String(m.forumsPerLevel[l]),
      ),
    ),
    row(t('exportText.metrics.centralisation'), (m) => num(m.centralisation.index)),
    row(t('exportText.metrics.spanMax'), (m) => String(m.spanOfControl.max)),
    row(t('exportText.metrics.spanMean'), (m) => num(m.spanOfControl.mean)),
    row(t('exportText.metrics.depth'), (m) => num(m.reportingDepth.max)),
    row(t('exportText.metrics.jocMean'), (m) => num(m.alertHops.toJoc.mean)),
    row(t('exportText.metrics.jocMax'), (m) => num(m.alertHops.toJoc.max)),
    row(t('exportText.metrics.homMean'), (m) => num(m.alertHops.toHom.mean)),
    row(t('exportText.metrics.homMax'), (m) => num(m.alertHops.toHom.max)),
    row(t('exportText.metrics.unreachable'), (m) =>
      String(Math.max(m.alertHops.toJoc.unreachable, m.alertHops.toHom.unreachable)),
    ),
    row(t('exportText.metrics.fieldForum'), (m) => pct(m.fieldCoverage.forum)),
    row(t('exportText.metrics.fieldFocalPoint'), (m) => pct(m.fieldCoverage.focalPoint)),
    row(t('exportText.metrics.fieldCommunity'), (m) => pct(m.fieldCoverage.communityMechanism)),
    row(t('exportText.metrics.fieldAll'), (m) => pct(m.fieldCoverage.all)),
    row(t('exportText.metrics.singlePoints'), (m) => String(m.singlePointsOfFailure.length)),
    row(t('exportText.metrics.checklist'), ({ checklist: { passed, total } }) =>
      t('exportText.metrics.checklistValue', { passed, total }),
    ),
  ];
}
