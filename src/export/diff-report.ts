/**
 * The change list between two organograms, in Markdown: what a trainer hands out after comparing
 * a centralised model with a decentralised one. Every piece of user text goes through
 * escapeMarkdown, so a label can neither break a table (`|`) nor smuggle in HTML.
 */
import { CATEGORIES, CATEGORY_LABELS, findKind, LEVEL_WORDS, LEVELS, linkKindDef } from '../model';
import type {
  FieldChange,
  Level,
  OrgDoc,
  StructuralDiff,
  StructureMetrics,
  UnitField,
} from '../model';
import { escapeMarkdown } from './markdown';

const FIELD_WORDS: Record<UnitField, string> = {
  kind: 'Kind',
  label: 'Name',
  parent: 'Container',
  level: 'Level',
};
const MATCH_WORDS = { id: 'same id', label: 'same kind and name', kind: 'only one of its kind' };

/** A unit's name for the report: its label, else its id; escaped. */
function unitName(doc: OrgDoc, id: string | null | undefined): string {
  if (id === null || id === undefined) return '(top level)';
  const u = doc.units[id];
  return escapeMarkdown(u?.label.trim() ? u.label : id);
}

function kindName(kind: string): string {
  return escapeMarkdown(findKind(kind)?.short ?? kind);
}

function table(head: string[], rows: string[][]): string[] {
  return [
    `| ${head.join(' | ')} |`,
    `| ${head.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
    '',
  ];
}

/** One section: a heading and a table, or a line saying there is nothing. */
function section(title: string, head: string[], rows: string[][]): string[] {
  return [`## ${title}`, '', ...(rows.length ? table(head, rows) : ['None.', ''])];
}

function describeChange(a: OrgDoc, b: OrgDoc, c: FieldChange): string {
  const [before, after] =
    c.field === 'parent'
      ? [unitName(a, c.before), unitName(b, c.after)]
      : c.field === 'kind'
        ? [kindName(c.before ?? ''), kindName(c.after ?? '')]
        : c.field === 'level'
          ? [LEVEL_WORDS[c.before as Level], LEVEL_WORDS[c.after as Level]]
          : [escapeMarkdown(c.before ?? ''), escapeMarkdown(c.after ?? '')];
  return `${FIELD_WORDS[c.field]}: ${before} → ${after}`;
}

/** The rows of the side-by-side metrics table. */
function metricRows(x: StructureMetrics, y: StructureMetrics): string[][] {
  const num = (v: number | null) => (v === null ? '—' : String(Math.round(v * 100) / 100));
  const pct = (v: number | null) => (v === null ? '—' : `${Math.round(v * 100)}%`);
  const row = (name: string, f: (m: StructureMetrics) => string) => [name, f(x), f(y)];
  return [
    row('Units', (m) => String(m.units)),
    row('Links', (m) => String(m.links)),
    ...CATEGORIES.map((c) =>
      row(`Units: ${CATEGORY_LABELS[c]}`, (m) => String(m.unitsPerCategory[c])),
    ),
    ...LEVELS.map((l) => row(`Forums: ${LEVEL_WORDS[l]}`, (m) => String(m.forumsPerLevel[l]))),
    row('Centralisation index', (m) => num(m.centralisation.index)),
    row('Span of control: largest', (m) => String(m.spanOfControl.max)),
    row('Span of control: mean', (m) => num(m.spanOfControl.mean)),
    row('Reporting depth below the HoM', (m) => num(m.reportingDepth.max)),
    row('Alert hops to the JOC: mean', (m) => num(m.alertHops.toJoc.mean)),
    row('Alert hops to the JOC: most', (m) => num(m.alertHops.toJoc.max)),
    row('Alert hops to the HoM: mean', (m) => num(m.alertHops.toHom.mean)),
    row('Alert hops to the HoM: most', (m) => num(m.alertHops.toHom.max)),
    row('Alert sources with no route', (m) =>
      String(Math.max(m.alertHops.toJoc.unreachable, m.alertHops.toHom.unreachable)),
    ),
    row('Field offices with a forum', (m) => pct(m.fieldCoverage.forum)),
    row('Field offices with a POC focal point', (m) => pct(m.fieldCoverage.focalPoint)),
    row('Field offices with a community mechanism', (m) => pct(m.fieldCoverage.communityMechanism)),
    row('Field offices with all three', (m) => pct(m.fieldCoverage.all)),
    row('Single points of failure', (m) => String(m.singlePointsOfFailure.length)),
    row('Checklist score', (m) => `${m.checklist.passed} of ${m.checklist.total}`),
  ];
}

/**
 * The change list from a to b: summary counts, then tables of added, removed and changed units
 * and of added, removed and re-pointed links, and, when both metrics are given, the metrics side
 * by side.
 */
export function diffMarkdown(
  a: OrgDoc,
  b: OrgDoc,
  diff: StructuralDiff,
  metricsA?: StructureMetrics,
  metricsB?: StructureMetrics,
): string {
  const s = diff.summary;
  const ta = escapeMarkdown(a.title);
  const tb = escapeMarkdown(b.title);
  const linkRow = (doc: OrgDoc, id: string) => {
    const l = doc.links[id]!;
    return [linkKindDef(l.kind).label, unitName(doc, l.source), unitName(doc, l.target)];
  };
  const unitRow = (doc: OrgDoc, id: string) => {
    const u = doc.units[id]!;
    return [unitName(doc, id), kindName(u.kind), unitName(doc, u.parent)];
  };
  const out: string[] = [
    `# Changes: ${ta} → ${tb}`,
    '',
    `From **${ta}** (A) to **${tb}** (B).${s.identical ? ' The two structures are the same.' : ''}`,
    '',
    '## Summary',
    '',
    ...table(
      ['', 'Units', 'Links'],
      [
        ['Added', String(s.unitsAdded), String(s.linksAdded)],
        ['Removed', String(s.unitsRemoved), String(s.linksRemoved)],
        ['Changed or re-pointed', String(s.unitsChanged), String(s.linksRepointed)],
        ['Unchanged', String(s.unitsUnchanged), String(s.linksUnchanged)],
      ],
    ),
    ...section(
      'Added units',
      ['Unit', 'Kind', 'Container'],
      diff.addedUnits.map((id) => unitRow(b, id)),
    ),
    ...section(
      'Removed units',
      ['Unit', 'Kind', 'Container'],
      diff.removedUnits.map((id) => unitRow(a, id)),
    ),
    ...section(
      'Changed units',
      ['Unit in A', 'Unit in B', 'Matched by', 'Changes'],
      diff.changedUnits.map((c) => [
        unitName(a, c.a),
        unitName(b, c.b),
        MATCH_WORDS[c.by],
        c.changes.map((f) => describeChange(a, b, f)).join('; '),
      ]),
    ),
    ...section(
      'Added links',
      ['Link', 'From', 'To'],
      diff.addedLinks.map((id) => linkRow(b, id)),
    ),
    ...section(
      'Removed links',
      ['Link', 'From', 'To'],
      diff.removedLinks.map((id) => linkRow(a, id)),
    ),
    ...section(
      'Re-pointed links',
      ['Link', 'In A', 'End moved', 'Before → after'],
      diff.repointedLinks.map((r) => [
        linkKindDef(r.kind).label,
        linkRow(a, r.a).slice(1).join(' → '),
        r.end === 'source' ? 'From' : 'To',
        `${unitName(a, r.before)} → ${unitName(b, r.after)}`,
      ]),
    ),
  ];
  if (metricsA && metricsB)
    out.push('## Metrics', '', ...table(['Metric', 'A', 'B'], metricRows(metricsA, metricsB)));
  return `${out.join('\n').trimEnd()}\n`;
}
