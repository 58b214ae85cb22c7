/**
 * The change list between two organograms, in Markdown: what a trainer hands out after comparing
 * a centralised model with a decentralised one. Every piece of user text goes through
 * escapeMarkdown, so a label can neither break a table (`|`) nor smuggle in HTML.
 */
import { docTitleIn, findKind, labelIn, LEVEL_WORDS, linkKindDef } from '../model';
import type {
  FieldChange,
  Lang,
  Level,
  LinkKind,
  OrgDoc,
  StructuralDiff,
  StructureMetrics,
  UnitField,
} from '../model';
import { fixedT } from '../i18n';
import { kindText, linkKindText } from '../i18n';
import { wordIn } from '../i18n';
import { metricRows } from './diff-metrics';
import { colon } from './format';
import { escapeMarkdown } from './markdown';

const FIELD_KEYS = {
  kind: 'exportText.diff.fieldKind',
  label: 'exportText.diff.fieldLabel',
  parent: 'exportText.diff.fieldParent',
  level: 'exportText.diff.fieldLevel',
} as const satisfies Record<UnitField, string>;
const MATCH_KEYS = {
  id: 'exportText.diff.byId',
  label: 'exportText.diff.byLabel',
  kind: 'exportText.diff.byKind',
} as const;

/** The names the report gives units, kinds, levels and link kinds, in one language; escaped. */
function namer(lang: Lang) {
  const t = fixedT(lang);
  return {
    /** A unit's label, else its id. */
    unit(doc: OrgDoc, id: string | null | undefined): string {
      if (id === null || id === undefined) return t('exportText.diff.topLevel');
      const u = doc.units[id];
      const label = u ? labelIn(u, lang) : '';
      return escapeMarkdown(label.trim() ? label : id);
    },
    kind(kind: string): string {
      const k = findKind(kind);
      return escapeMarkdown(k ? kindText(k, 'short', lang) : kind);
    },
    level: (l: Level) => wordIn('levels', l, LEVEL_WORDS[l], lang),
    link: (kind: LinkKind) => linkKindText(linkKindDef(kind), 'label', lang),
  };
}

function table(head: string[], rows: string[][]): string[] {
  return [
    `| ${head.join(' | ')} |`,
    `| ${head.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
    '',
  ];
}

/**
 * The change list from a to b: summary counts, then tables of added, removed and changed units
 * and of added, removed and re-pointed links, and, when both metrics are given, the metrics side
 * by side. `opts.lang` is the language of the fixed words and of the names (default English).
 */
export function diffMarkdown(
  a: OrgDoc,
  b: OrgDoc,
  diff: StructuralDiff,
  metricsA?: StructureMetrics,
  metricsB?: StructureMetrics,
  opts: { lang?: Lang } = {},
): string {
  const lang = opts.lang ?? 'en';
  const t = fixedT(lang);
  const name = namer(lang);
  const s = diff.summary;
  const ta = escapeMarkdown(docTitleIn(a, lang));
  const tb = escapeMarkdown(docTitleIn(b, lang));
  /** One section: a heading and a table, or a line saying there is nothing. */
  const section = (title: string, head: string[], rows: string[][]) => [
    `## ${title}`,
    '',
    ...(rows.length ? table(head, rows) : [t('exportText.diff.none'), '']),
  ];
  // The change records the English labels. Another language names both units in it instead,
  // unless their names there are the same (only the English label changed): then the English.
  const describeChange = (pair: { a: string; b: string }) => (c: FieldChange) => {
    const named = [name.unit(a, pair.a), name.unit(b, pair.b)];
    const [before, after] =
      c.field === 'parent'
        ? [name.unit(a, c.before), name.unit(b, c.after)]
        : c.field === 'kind'
          ? [name.kind(c.before ?? ''), name.kind(c.after ?? '')]
          : c.field === 'level'
            ? [name.level(c.before as Level), name.level(c.after as Level)]
            : lang !== 'en' && named[0] !== named[1]
              ? named
              : [escapeMarkdown(c.before ?? ''), escapeMarkdown(c.after ?? '')];
    return `${t(FIELD_KEYS[c.field])}${colon(lang)} ${before} → ${after}`;
  };
  const linkRow = (doc: OrgDoc, id: string) => {
    const l = doc.links[id]!;
    return [name.link(l.kind), name.unit(doc, l.source), name.unit(doc, l.target)];
  };
  const unitRow = (doc: OrgDoc, id: string) => {
    const u = doc.units[id]!;
    return [name.unit(doc, id), name.kind(u.kind), name.unit(doc, u.parent)];
  };
  const unitHead = [
    t('exportText.diff.unit'),
    t('exportText.diff.fieldKind'),
    t('exportText.diff.fieldParent'),
  ];
  const linkHead = [t('exportText.diff.link'), t('exportText.diff.from'), t('exportText.diff.to')];
  const same = s.identical ? ` ${t('exportText.diff.same')}` : '';
  const out: string[] = [
    `# ${t('exportText.diff.title', { a: ta, b: tb })}`,
    '',
    `${t('exportText.diff.fromTo', { a: ta, b: tb })}${same}`,
    '',
    `## ${t('exportText.diff.summary')}`,
    '',
    ...table(
      ['', t('exportText.diff.units'), t('exportText.diff.links')],
      [
        [t('exportText.diff.added'), String(s.unitsAdded), String(s.linksAdded)],
        [t('exportText.diff.removed'), String(s.unitsRemoved), String(s.linksRemoved)],
        [t('exportText.diff.changedOrRepointed'), String(s.unitsChanged), String(s.linksRepointed)],
        [t('exportText.diff.unchanged'), String(s.unitsUnchanged), String(s.linksUnchanged)],
      ],
    ),
    ...section(
      t('exportText.diff.addedUnits'),
      unitHead,
      diff.addedUnits.map((id) => unitRow(b, id)),
    ),
    ...section(
      t('exportText.diff.removedUnits'),
      unitHead,
      diff.removedUnits.map((id) => unitRow(a, id)),
    ),
    ...section(
      t('exportText.diff.changedUnits'),
      [
        t('exportText.diff.unitInA'),
        t('exportText.diff.unitInB'),
        t('exportText.diff.matchedBy'),
        t('exportText.diff.changes'),
      ],
      diff.changedUnits.map((c) => [
        name.unit(a, c.a),
        name.unit(b, c.b),
        t(MATCH_KEYS[c.by]),
        c.changes.map(describeChange(c)).join('; '),
      ]),
    ),
    ...section(
      t('exportText.diff.addedLinks'),
      linkHead,
      diff.addedLinks.map((id) => linkRow(b, id)),
    ),
    ...section(
      t('exportText.diff.removedLinks'),
      linkHead,
      diff.removedLinks.map((id) => linkRow(a, id)),
    ),
    ...section(
      t('exportText.diff.repointedLinks'),
      [
        t('exportText.diff.link'),
        t('exportText.diff.inA'),
        t('exportText.diff.endMoved'),
        t('exportText.diff.beforeAfter'),
      ],
      diff.repointedLinks.map((r) => [
        name.link(r.kind),
        linkRow(a, r.a).slice(1).join(' → '),
        r.end === 'source' ? t('exportText.diff.from') : t('exportText.diff.to'),
        `${name.unit(a, r.before)} → ${name.unit(b, r.after)}`,
      ]),
    ),
  ];
  if (metricsA && metricsB) {
    const head = [t('exportText.diff.metric'), 'A', 'B'];
    out.push(
      `## ${t('exportText.diff.metrics')}`,
      '',
      ...table(head, metricRows(metricsA, metricsB, lang)),
    );
  }
  return `${out.join('\n').trimEnd()}\n`;
}
