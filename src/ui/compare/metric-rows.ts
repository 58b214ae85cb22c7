import type { TFunction } from 'i18next';
import { CATEGORIES, CATEGORY_LABELS, LEVELS, unitNameIn } from '../../model';
import type { Lang, OrgDoc, StructureMetrics } from '../../model';
import { categoryText } from '../../i18n';
import { wordIn } from '../../i18n';
import { formatNumber, formatPercent } from '../../export';

/** One row of the metrics table: its name, how to show a document's figure, and a definition. */
export interface MetricRow {
  /** Stable across languages, for React. */
  id: string;
  name: string;
  value: (m: StructureMetrics, d: OrgDoc) => string;
  note?: string;
}

/**
 * The rows of the metrics table in one language (definitions in the README). Figures follow the
 * language's conventions: French writes a decimal comma and a space before the percent sign.
 */
export function metricRows(t: TFunction, lang: Lang): MetricRow[] {
  const pct = (x: number | null) => (x === null ? '—' : formatPercent(Math.round(x * 100), lang));
  const num = (x: number | null, digits = 1) =>
    x === null ? '—' : Number.isInteger(x) ? String(x) : formatNumber(x, lang, digits);
  const hops = (h: StructureMetrics['alertHops']['toJoc']) =>
    h.mean === null
      ? t('compare.metric.noPath')
      : t('compare.metric.hopsValue', { mean: num(h.mean), max: num(h.max) }) +
        (h.unreachable ? t('compare.metric.cutOff', { n: h.unreachable }) : '');
  const label = (d: OrgDoc, id: string) => unitNameIn(d, id, lang);
  return [
    { id: 'units', name: t('compare.metric.units'), value: (m) => String(m.units) },
    { id: 'links', name: t('compare.metric.links'), value: (m) => String(m.links) },
    {
      id: 'checklist',
      name: t('compare.metric.checklist'),
      value: (m) =>
        t('compare.metric.checklistValue', {
          passed: m.checklist.passed,
          total: m.checklist.total,
          share: pct(m.checklist.share),
        }),
    },
    {
      id: 'centralisation',
      name: t('compare.metric.centralisation'),
      value: (m) => num(m.centralisation.index, 2),
      note: t('compare.metric.centralisationNote'),
    },
    ...LEVELS.map((l) => ({
      id: `forums-${l}`,
      // English names the level by its id ("strategic"); French by its word, in lower case.
      name: t('compare.metric.forumsAt', { level: wordIn('levels', l, l, lang).toLowerCase() }),
      value: (m: StructureMetrics) => String(m.forumsPerLevel[l]),
    })),
    {
      id: 'span',
      name: t('compare.metric.span'),
      value: (m, d) =>
        m.spanOfControl.maxUnit
          ? t('compare.metric.spanValue', {
              max: m.spanOfControl.max,
              label: label(d, m.spanOfControl.maxUnit),
              mean: num(m.spanOfControl.mean),
            })
          : '—',
    },
    { id: 'depth', name: t('compare.metric.depth'), value: (m) => num(m.reportingDepth.max) },
    { id: 'hops-joc', name: t('compare.metric.hopsJoc'), value: (m) => hops(m.alertHops.toJoc) },
    { id: 'hops-hom', name: t('compare.metric.hopsHom'), value: (m) => hops(m.alertHops.toHom) },
    {
      id: 'cover-forum',
      name: t('compare.metric.coverageForum'),
      value: (m) => pct(m.fieldCoverage.forum),
    },
    {
      id: 'cover-focal',
      name: t('compare.metric.coverageFocalPoint'),
      value: (m) => pct(m.fieldCoverage.focalPoint),
    },
    {
      id: 'cover-community',
      name: t('compare.metric.coverageCommunity'),
      value: (m) => pct(m.fieldCoverage.communityMechanism),
    },
    {
      id: 'cover-all',
      name: t('compare.metric.coverageAll'),
      value: (m) => pct(m.fieldCoverage.all),
    },
    {
      id: 'spof',
      name: t('compare.metric.spof'),
      value: (m, d) =>
        m.singlePointsOfFailure.length
          ? t('compare.metric.spofValue', {
              n: m.singlePointsOfFailure.length,
              names: m.singlePointsOfFailure.map((id) => label(d, id)).join(', '),
            })
          : t('compare.metric.none'),
    },
    ...CATEGORIES.map((c) => ({
      id: `category-${c}`,
      name: t('compare.metric.unitsIn', {
        category: categoryText(c, CATEGORY_LABELS[c], lang),
      }),
      value: (m: StructureMetrics) => String(m.unitsPerCategory[c]),
    })),
  ];
}
