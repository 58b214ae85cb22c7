import { useId } from 'react';
import { NumberInput, Select, Stack, Switch, Title } from '@mantine/core';
import { commands } from '../../model';
import type { Authority, Unit } from '../../model';
import { DraftText, useEdit } from './shared';
import { options, REPORTING_WORDS } from './words';

type Flag =
  | 'hasWrittenToR'
  | 'endorsedByHOM'
  | 'doubleHatted'
  | 'budgetLine'
  | 'convenesUniformed'
  | 'leadCoordinator';

const FLAGS: [Flag, string, string][] = [
  ['hasWrittenToR', 'Written ToR', 'The coordinator role has written terms of reference'],
  ['endorsedByHOM', 'Endorsed by HOM', 'The Head of Mission has endorsed the role'],
  ['doubleHatted', 'Double-hatted', 'POC is one of several jobs of this post'],
  ['budgetLine', 'Own budget line', 'POC coordination has its own budget'],
  [
    'convenesUniformed',
    'Convenes Force and Police',
    'Can call the military and police components to meet',
  ],
  ['leadCoordinator', 'Lead coordinator', 'Leads when several units coordinate POC'],
];

/** Authority and resources of the POC coordinator. */
export function AuthorityFields({ unit }: { unit: Unit }) {
  const edit = useEdit();
  const headingId = useId();
  const a = unit.authority ?? {};
  const set = (patch: Partial<Authority>, field?: string) =>
    edit(
      (d) => commands.setAuthority(d, unit.id, patch),
      field ? `edit:${unit.id}:authority.${field}` : undefined,
    );
  const count = (v: number | string): number | undefined =>
    typeof v === 'number' && Number.isFinite(v)
      ? Math.max(0, Math.min(10000, Math.round(v)))
      : undefined;

  return (
    <Stack gap="xs" role="group" aria-labelledby={headingId}>
      <Title order={4} size="h5" id={headingId}>
        Authority and resources
      </Title>
      <Select
        label="Reporting line"
        data={options(REPORTING_WORDS)}
        value={a.reportingLine ?? null}
        onChange={(v) => set({ reportingLine: (v ?? undefined) as Authority['reportingLine'] })}
        clearable
        placeholder="Not set"
        size="xs"
      />
      <DraftText
        label="Grade"
        placeholder="e.g. D-1, P-5"
        value={a.grade ?? ''}
        onText={(v) => set({ grade: v || undefined }, 'grade')}
        maxLength={20}
        size="xs"
      />
      {FLAGS.map(([flag, label, description]) => (
        <Switch
          key={flag}
          label={label}
          aria-label={label}
          description={description}
          checked={a[flag] ?? false}
          onChange={(e) => set({ [flag]: e.currentTarget.checked })}
          size="xs"
        />
      ))}
      <NumberInput
        label="Dedicated staff"
        description="People working on POC coordination full time"
        value={a.dedicatedStaff ?? ''}
        onChange={(v) => set({ dedicatedStaff: count(v) }, 'dedicatedStaff')}
        min={0}
        max={10000}
        allowDecimal={false}
        allowNegative={false}
        size="xs"
      />
      <NumberInput
        label="Field reach"
        description="Field locations with a POC officer or focal point"
        value={a.fieldReach ?? ''}
        onChange={(v) => set({ fieldReach: count(v) }, 'fieldReach')}
        min={0}
        max={10000}
        allowDecimal={false}
        allowNegative={false}
        size="xs"
      />
    </Stack>
  );
}
