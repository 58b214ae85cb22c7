import { useMemo } from 'react';
import { Table } from '@mantine/core';
import { docTitleIn } from '../../model';
import type { OrgDoc, StructureMetrics } from '../../model';
import { useT } from '../../i18n';
import { metricRows } from './metric-rows';

/** The structure metrics of both documents, row by row (definitions in the README). */
export function MetricsTable(props: {
  a: OrgDoc;
  b: OrgDoc;
  ma: StructureMetrics;
  mb: StructureMetrics;
}) {
  const { a, b, ma, mb } = props;
  const { t, lang } = useT();
  const rows = useMemo(() => metricRows(t, lang), [t, lang]);
  return (
    <div role="region" aria-label={t('compare.metric.region')}>
      <Table striped withTableBorder fz="xs" className="metrics-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('compare.metric.metric')}</Table.Th>
            <Table.Th scope="col">
              {t('compare.metric.left', { title: docTitleIn(a, lang) })}
            </Table.Th>
            <Table.Th scope="col">
              {t('compare.metric.right', { title: docTitleIn(b, lang) })}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r) => {
            const l = r.value(ma, a);
            const rv = r.value(mb, b);
            return (
              <Table.Tr key={r.id} data-differs={l !== rv || undefined}>
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
