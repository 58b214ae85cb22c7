import { Badge, Divider, Group, Stack, Switch, Text, Title } from '@mantine/core';
import { commands, findKind } from '../../model';
import type { Unit } from '../../model';
import { AuthorityFields } from './AuthorityFields';
import { ForumTorFields } from './ForumTorFields';
import { DraftText, ProvenanceLine, useEdit } from './shared';
import { UnitKindFields } from './UnitKindFields';

/** Everything about one selected unit. */
export function UnitFields({ unit }: { unit: Unit }) {
  const edit = useEdit();
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
            {kind?.short ?? unit.kind}
          </Title>
          {unit.isCoordinator && (
            <Badge size="xs" variant="light">
              POC coordinator
            </Badge>
          )}
        </Group>
        <Text size="sm" fw={500}>
          {kind?.name ?? 'Unknown kind'}
        </Text>
        {kind?.role && (
          <Text size="xs" c="dimmed">
            {kind.role}
          </Text>
        )}
        <ProvenanceLine provenance={unit.provenance} />
      </div>
      <DraftText
        label="Label"
        value={unit.label}
        onText={text('label', false)}
        size="xs"
        maxLength={500}
      />
      <DraftText
        label="Label (French)"
        value={unit.labelFr ?? ''}
        onText={text('labelFr', true)}
        size="xs"
        maxLength={500}
      />
      <UnitKindFields unit={unit} />
      <Switch
        label="POC coordinator"
        aria-label="POC coordinator"
        description="This unit is the mission's designated POC coordinator"
        checked={unit.isCoordinator ?? false}
        onChange={(e) => {
          const on = e.currentTarget.checked;
          edit((d) => commands.updateUnit(d, unit.id, { isCoordinator: on || undefined }));
        }}
        size="xs"
      />
      <Switch
        label="POC focal point"
        aria-label="POC focal point"
        description="A POC focal point is named in this unit"
        checked={unit.focalPoint ?? false}
        onChange={(e) => {
          const on = e.currentTarget.checked;
          edit((d) => commands.updateUnit(d, unit.id, { focalPoint: on || undefined }));
        }}
        size="xs"
      />
      <DraftText
        label="POC role"
        value={unit.pocRole ?? ''}
        onText={text('pocRole', true)}
        multiline
        size="xs"
      />
      <DraftText
        label="Notes"
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
