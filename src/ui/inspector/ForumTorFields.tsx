import { useId } from 'react';
import { MultiSelect, Select, Stack, TagsInput, Title } from '@mantine/core';
import { commands } from '../../model';
import type { ForumTor, Unit } from '../../model';
import { ChairSelect, Participants, SecretariatSelect } from './ForumPeople';
import { DraftText, useEdit } from './shared';
import { DECISION_KEYS, HUMANITARIAN_KEYS, keyOptions, options } from './words';
import { useT } from '../../i18n';
import { wordsIn } from '../../i18n';

/** A forum's terms of reference. */
export function ForumTorFields({ forum }: { forum: Unit }) {
  const edit = useEdit();
  const { t, lang } = useT();
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
        {t('inspector.tor.heading')}
      </Title>
      <DraftText
        label={t('inspector.tor.purpose')}
        value={tor.purpose ?? ''}
        onText={(v) => set({ purpose: v || undefined }, 'purpose')}
        multiline
        size="xs"
      />
      <MultiSelect
        label={t('inspector.tor.functions')}
        data={options(wordsIn('functions', lang))}
        value={tor.functions ?? []}
        onChange={(v) => set({ functions: list(v as NonNullable<ForumTor['functions']>) })}
        size="xs"
      />
      <ChairSelect forum={forum} />
      <SecretariatSelect forum={forum} />
      <Select
        label={t('inspector.tor.frequency')}
        data={options(wordsIn('frequencies', lang))}
        value={tor.frequency ?? null}
        onChange={(v) => set({ frequency: (v ?? undefined) as ForumTor['frequency'] })}
        clearable
        placeholder={t('inspector.notSet')}
        size="xs"
      />
      <DraftText
        label={t('inspector.tor.crisis')}
        placeholder={t('inspector.tor.crisisExample')}
        value={tor.crisisConvening ?? ''}
        onText={(v) => set({ crisisConvening: v || undefined }, 'crisisConvening')}
        size="xs"
      />
      <Select
        label={t('inspector.tor.decisionRights')}
        data={keyOptions(DECISION_KEYS, (v) => t(DECISION_KEYS[v]))}
        value={tor.decisionRights ?? null}
        onChange={(v) => set({ decisionRights: (v ?? undefined) as ForumTor['decisionRights'] })}
        clearable
        placeholder={t('inspector.notSet')}
        size="xs"
      />
      <Select
        label={t('inspector.tor.humanitarian')}
        data={keyOptions(HUMANITARIAN_KEYS, (v) => t(HUMANITARIAN_KEYS[v]))}
        value={tor.humanitarianParticipation ?? null}
        onChange={(v) =>
          set({
            humanitarianParticipation: (v ?? undefined) as ForumTor['humanitarianParticipation'],
          })
        }
        clearable
        placeholder={t('inspector.notSet')}
        size="xs"
      />
      <TagsInput
        label={t('inspector.tor.inputs')}
        description={t('inspector.tor.inputsHelp')}
        value={tor.inputs ?? []}
        onChange={(v) => set({ inputs: list(v) })}
        size="xs"
      />
      <MultiSelect
        label={t('inspector.tor.outputs')}
        data={options(wordsIn('outputs', lang))}
        value={tor.outputs ?? []}
        onChange={(v) => set({ outputs: list(v as NonNullable<ForumTor['outputs']>) })}
        size="xs"
      />
      <Participants forum={forum} />
    </Stack>
  );
}
