import { useId } from 'react';
import { MultiSelect, Select, Stack, TagsInput, Title } from '@mantine/core';
import { commands } from '../../model';
import type { ForumTor, Unit } from '../../model';
import { ChairSelect, Participants, SecretariatSelect } from './ForumPeople';
import { DraftText, useEdit } from './shared';
import {
  DECISION_WORDS,
  FREQUENCY_WORDS,
  FUNCTION_WORDS,
  HUMANITARIAN_WORDS,
  OUTPUT_WORDS,
  options,
} from './words';

/** A forum's terms of reference. */
export function ForumTorFields({ forum }: { forum: Unit }) {
  const edit = useEdit();
  const headingId = useId();
  const tor = forum.tor ?? {};
  const set = (patch: Partial<ForumTor>, field?: string) =>
    edit(
      (d) => commands.setTor(d, forum.id, patch),
      field ? `edit:${forum.id}:tor.${field}` : undefined,
    );
  const list = <T,>(values: T[]) => (values.length ? values : undefined);

  return (
    <Stack gap="xs" role="group" aria-labelledby={headingId}>
      <Title order={4} size="h5" id={headingId}>
        Terms of reference
      </Title>
      <DraftText
        label="Purpose"
        value={tor.purpose ?? ''}
        onText={(v) => set({ purpose: v || undefined }, 'purpose')}
        multiline
        size="xs"
      />
      <MultiSelect
        label="Functions"
        data={options(FUNCTION_WORDS)}
        value={tor.functions ?? []}
        onChange={(v) => set({ functions: list(v as NonNullable<ForumTor['functions']>) })}
        size="xs"
      />
      <ChairSelect forum={forum} />
      <SecretariatSelect forum={forum} />
      <Select
        label="Frequency"
        data={options(FREQUENCY_WORDS)}
        value={tor.frequency ?? null}
        onChange={(v) => set({ frequency: (v ?? undefined) as ForumTor['frequency'] })}
        clearable
        placeholder="Not set"
        size="xs"
      />
      <DraftText
        label="Crisis convening"
        placeholder="e.g. within 24 hours of an alert"
        value={tor.crisisConvening ?? ''}
        onText={(v) => set({ crisisConvening: v || undefined }, 'crisisConvening')}
        size="xs"
      />
      <Select
        label="Decision rights"
        data={options(DECISION_WORDS)}
        value={tor.decisionRights ?? null}
        onChange={(v) => set({ decisionRights: (v ?? undefined) as ForumTor['decisionRights'] })}
        clearable
        placeholder="Not set"
        size="xs"
      />
      <Select
        label="Humanitarian participation"
        data={options(HUMANITARIAN_WORDS)}
        value={tor.humanitarianParticipation ?? null}
        onChange={(v) =>
          set({
            humanitarianParticipation: (v ?? undefined) as ForumTor['humanitarianParticipation'],
          })
        }
        clearable
        placeholder="Not set"
        size="xs"
      />
      <TagsInput
        label="Inputs"
        description="What the forum receives, e.g. JMAC threat assessment. Press Enter after each."
        value={tor.inputs ?? []}
        onChange={(v) => set({ inputs: list(v) })}
        size="xs"
      />
      <MultiSelect
        label="Outputs"
        data={options(OUTPUT_WORDS)}
        value={tor.outputs ?? []}
        onChange={(v) => set({ outputs: list(v as NonNullable<ForumTor['outputs']>) })}
        size="xs"
      />
      <Participants forum={forum} />
    </Stack>
  );
}
