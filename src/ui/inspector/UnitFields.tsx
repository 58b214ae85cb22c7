import { Badge, Divider, Group, Stack, Switch, Text, Title } from '@mantine/core';
import { commands, findKind } from '../../model';
import type { Unit } from '../../model';
import { AuthorityFields } from './AuthorityFields';
import { ForumTorFields } from './ForumTorFields';
import { DraftText, ProvenanceLine, useEdit } from './shared';
import { UnitKindFields } from './UnitKindFields';
import { useT } from '../../i18n';
import { kindText } from '../../i18n';

/** Everything about one selected unit. */
export function UnitFields({ unit }: { unit: Unit }) {
  const edit = useEdit();
  const { t, lang } = useT();
  const kind = findKind(unit.kind);
  const key = (field: string) => `edit:${unit.id}:${field}`;
  const text =
    (field: 'label' | 'labelFr' | 'pocRole' | 'notes', optional: boolean) => (value: string) =>
      edit(
        (d) =>
          commands.updateUnit(d, unit.id, {
            [field]: optional && value === '' ? undefined : value,
          }),
        key(field),
      );

  return (
    <Stack gap="xs">
      <div>
        <Group gap="xs" wrap="nowrap" align="baseline">
          <Title order={3} size="h4">
            {kind ? kindText(kind, 'short', lang) : unit.kind}
          </Title>
          {unit.isCoordinator && (
            <Badge size="xs" variant="light">
              {t('inspector.unit.coordinator')}
            </Badge>
          )}
        </Group>
        <Text size="sm" fw={500}>
          {kind ? kindText(kind, 'name', lang) : t('inspector.unit.unknownKind')}
        </Text>
        {kind?.role && (
          <Text size="xs" c="dimmed">
            {kindText(kind, 'role', lang)}
          </Text>
        )}
        <ProvenanceLine provenance={unit.provenance} />
      </div>
      <DraftText
        label={t('inspector.unit.label')}
        value={unit.label}
        onText={text('label', false)}
        size="xs"
        maxLength={500}
      />
      <DraftText
        label={t('inspector.unit.labelFr')}
        value={unit.labelFr ?? ''}
        onText={text('labelFr', true)}
        size="xs"
        lang="fr"
        maxLength={500}
      />
      <UnitKindFields unit={unit} />
      <Switch
        label={t('inspector.unit.coordinator')}
        aria-label={t('inspector.unit.coordinator')}
        description={t('inspector.unit.coordinatorHelp')}
        checked={unit.isCoordinator ?? false}
        onChange={(e) => {
          const on = e.currentTarget.checked;
          edit((d) => commands.updateUnit(d, unit.id, { isCoordinator: on || undefined }));
        }}
        size="xs"
      />
      <Switch
        label={t('inspector.unit.focalPoint')}
        aria-label={t('inspector.unit.focalPoint')}
        description={t('inspector.unit.focalPointHelp')}
        checked={unit.focalPoint ?? false}
        onChange={(e) => {
          const on = e.currentTarget.checked;
          edit((d) => commands.updateUnit(d, unit.id, { focalPoint: on || undefined }));
        }}
        size="xs"
      />
      <DraftText
        label={t('inspector.unit.pocRole')}
        value={unit.pocRole ?? ''}
        onText={text('pocRole', true)}
        multiline
        size="xs"
      />
      <DraftText
        label={t('inspector.unit.notes')}
        value={unit.notes ?? ''}
        onText={text('notes', true)}
        multiline
        size="xs"
      />
      {kind?.forum && (
        <>
          <Divider />
          <ForumTorFields forum={unit} />
        </>
      )}
      {unit.isCoordinator && (
        <>
          <Divider />
          <AuthorityFields unit={unit} />
        </>
      )}
    </Stack>
  );
}
