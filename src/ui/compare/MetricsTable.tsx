import { Table } from '@mantine/core';
import { CATEGORIES, CATEGORY_LABELS, LEVELS } from '../../model';
import type { OrgDoc, StructureMetrics } from '../../model';

const pct = (x: number | null) => (x === null ? '—' : `${Math.round(x * 100)}%`);
const num = (x: number | null, digits = 1) =>
  x === null ? '—' : Number.isInteger(x) ? String(x) : x.toFixed(digits);
const hops = (h: StructureMetrics['alertHops']['toJoc']) =>
  h.mean === null
    ? 'no path'
    : `${num(h.mean)} mean, ${num(h.max)} max${h.unreachable ? `, ${h.unreachable} cut off` : ''}`;

type Row = { name: string; value: (m: StructureMetrics, d: OrgDoc) => string; note?: string };

const ROWS: Row[] = [
  { name: 'Units', value: (m) => String(m.units) },
  { name: 'Links', value: (m) => String(m.links) },
  {
    name: 'Checklist score',
    value: (m) => `${m.checklist.passed} of ${m.checklist.total} (${pct(m.checklist.share)})`,
  },
  {
    name: 'Centralisation index',
    value: (m) => num(m.centralisation.index, 2),
    note: 'Share of forums and tasking bodies at headquarters, weighted by decision rights',
  },
  ...LEVELS.map((l) => ({
    name: `Forums at ${l} level`,
    value: (m: StructureMetrics) => String(m.forumsPerLevel[l]),
  })),
  {
    name: 'Span of control',
    value: (m, d) =>
      m.spanOfControl.maxUnit
        ? `${m.spanOfControl.max} max (${d.units[m.spanOfControl.maxUnit]?.label}), ${num(m.spanOfControl.mean)} mean`
        : '—',
  },
  { name: 'Reporting depth from the Head of Mission', value: (m) => num(m.reportingDepth.max) },
  { name: 'Alert hops to the JOC', value: (m) => hops(m.alertHops.toJoc) },
  { name: 'Alert hops to the Head of Mission', value: (m) => hops(m.alertHops.toHom) },
  { name: 'Field coverage: forum', value: (m) => pct(m.fieldCoverage.forum) },
  { name: 'Field coverage: POC focal point', value: (m) => pct(m.fieldCoverage.focalPoint) },
  {
    name: 'Field coverage: community mechanism',
    value: (m) => pct(m.fieldCoverage.communityMechanism),
  },
  { name: 'Field coverage: all three', value: (m) => pct(m.fieldCoverage.all) },
  {
    name: 'Single points of failure',
    value: (m, d) =>
      m.singlePointsOfFailure.length
        ? `${m.singlePointsOfFailure.length}: ${m.singlePointsOfFailure.map((id) => d.units[id]?.label ?? id).join(', ')}`
        : 'none',
  },
  ...CATEGORIES.map((c) => ({
    name: `Units: ${CATEGORY_LABELS[c]}`,
    value: (m: StructureMetrics) => String(m.unitsPerCategory[c]),
  })),
];

/** The structure metrics of both documents, row by row (definitions in the README). */
export function MetricsTable(props: {
  a: OrgDoc;
  b: OrgDoc;
  ma: StructureMetrics;
  mb: StructureMetrics;
}) {
  const { a, b, ma, mb } = props;
  return (
    <div role="region" aria-label="Structure metrics">
      <Table striped withTableBorder fz="xs" className="metrics-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Metric</Table.Th>
            <Table.Th scope="col">Left: {a.title}</Table.Th>
            <Table.Th scope="col">Right: {b.title}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {ROWS.map((r) => {
            const l = r.value(ma, a);
            const rv = r.value(mb, b);
            return (
              <Table.Tr key={r.name} data-differs={l !== rv || undefined}>
                <Table.Th scope="row" title={r.note}>
                  {r.name}
                </Table.Th>
                <Table.Td>{l}</Table.Td>
                <Table.Td>{rv}</Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </div>
  );
}
