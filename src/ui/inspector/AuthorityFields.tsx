import { useId } from 'react';
import { NumberInput, Select, Stack, Switch, Title } from '@mantine/core';
import { commands } from '../../model';
import type { Authority, Unit } from '../../model';
import { DraftText, useEdit } from './shared';
import { options } from './words';
import { useT } from '../../i18n';
import { wordsIn } from '../../i18n';

type Flag =
  | 'hasWrittenToR'
  | 'endorsedByHOM'
  | 'doubleHatted'
  | 'budgetLine'
  | 'convenesUniformed'
  | 'leadCoordinator';

// Each switch's label and description, every key written out for the keys test.
const FLAGS = [
  ['hasWrittenToR', 'inspector.authority.writtenToR', 'inspector.authority.writtenToRHelp'],
  ['endorsedByHOM', 'inspector.authority.endorsed', 'inspector.authority.endorsedHelp'],
  ['doubleHatted', 'inspector.authority.doubleHatted', 'inspector.authority.doubleHattedHelp'],
  ['budgetLine', 'inspector.authority.budgetLine', 'inspector.authority.budgetLineHelp'],
  ['convenesUniformed', 'inspector.authority.convenes', 'inspector.authority.convenesHelp'],
  ['leadCoordinator', 'inspector.authority.lead', 'inspector.authority.leadHelp'],
] as const satisfies readonly (readonly [Flag, string, string])[];

/** Authority and resources of the POC coordinator. */
export function AuthorityFields({ unit }: { unit: Unit }) {
  const edit = useEdit();
  const { t, lang } = useT();
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
        {t('inspector.authority.heading')}
      </Title>
      <Select
        label={t('inspector.authority.reportingLine')}
        data={options(wordsIn('reporting', lang))}
        value={a.reportingLine ?? null}
        onChange={(v) => set({ reportingLine: (v ?? undefined) as Authority['reportingLine'] })}
        clearable
        placeholder={t('inspector.notSet')}
        size="xs"
      />
      <DraftText
        label={t('inspector.authority.grade')}
        placeholder={t('inspector.authority.gradeExample')}
        value={a.grade ?? ''}
        onText={(v) => set({ grade: v || undefined }, 'grade')}
        maxLength={20}
        size="xs"
      />
      {FLAGS.map(([flag, label, description]) => (
        <Switch
          key={flag}
          label={t(label)}
          aria-label={t(label)}
          description={t(description)}
          checked={a[flag] ?? false}
          onChange={(e) => set({ [flag]: e.currentTarget.checked })}
          size="xs"
        />
      ))}
      <NumberInput
        label={t('inspector.authority.staff')}
        description={t('inspector.authority.staffHelp')}
        value={a.dedicatedStaff ?? ''}
        onChange={(v) => set({ dedicatedStaff: count(v) }, 'dedicatedStaff')}
        min={0}
        max={10000}
        allowDecimal={false}
        allowNegative={false}
        size="xs"
      />
      <NumberInput
        label={t('inspector.authority.fieldReach')}
        description={t('inspector.authority.fieldReachHelp')}
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
