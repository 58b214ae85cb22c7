import { ActionIcon, Button, Group, MultiSelect, Stack, Text, Tooltip } from '@mantine/core';
import type { ReactNode } from 'react';
import { commands, stepTextIn } from '../../model';
import type { Step, ViewRect } from '../../model';
import type { EditorState } from '../../state';
import { DraftText } from '../inspector/shared';
import { useT } from '../../i18n';
import { captionPreview } from './steps';
import { StepFrenchFields } from './StepFrenchFields';
import type { UnitOption } from './steps';

type Recipe = Parameters<EditorState['edit']>[0];

/** Applies a recipe to one field of one step (the pair is the undo merge key). */
export type StepEdit = (id: string, field: string, recipe: Recipe) => void;

export interface StepCardProps {
  step: Step;
  index: number;
  count: number;
  options: UnitOption[];
  open: boolean;
  onToggle: () => void;
  edit: StepEdit;
  canvasView: () => ViewRect | undefined;
  onPresent: () => void;
  onDelete: () => void;
}

/** A small icon button whose accessible name is also its tooltip. */
function Action(props: {
  label: string;
  onClick: () => void;
  disabled?: boolean;
  children: ReactNode;
}) {
  return (
    <Tooltip label={props.label} openDelay={400}>
      <ActionIcon
        size="sm"
        variant="default"
        aria-label={props.label}
        onClick={props.onClick}
        disabled={props.disabled}
      >
        <span aria-hidden="true">{props.children}</span>
      </ActionIcon>
    </Tooltip>
  );
}

/** One step in the Steps tab: a summary line with its actions, and its fields when open. */
export function StepCard({ step, index, count, options, open, ...p }: StepCardProps) {
  const { t, lang } = useT();
  const text = stepTextIn(step, lang);
  const name = text.title.trim() || t('present.step.untitled');
  const set = (field: string, patch: commands.StepPatch) =>
    p.edit(step.id, field, (d) => commands.updateStep(d, step.id, patch));
  const move = (to: number) => p.edit(step.id, 'order', (d) => commands.moveStep(d, step.id, to));
  const fieldsId = `step-fields-${step.id}`;
  return (
    <li className="step-card" aria-label={t('present.step.item', { n: index + 1, name })}>
      <button
        type="button"
        className="step-card__toggle"
        aria-expanded={open}
        aria-controls={open ? fieldsId : undefined}
        onClick={p.onToggle}
      >
        <span className="step-card__number">{index + 1}</span>
        <span className="step-card__title">{name}</span>
        <span className="step-card__chevron" aria-hidden="true">
          {open ? '▾' : '▸'}
        </span>
      </button>
      {text.caption && (
        <Text size="xs" c="dimmed" lineClamp={2}>
          {captionPreview(text.caption)}
        </Text>
      )}
      <Group gap={4} mt={4}>
        <Action
          label={t('present.step.moveUp')}
          onClick={() => move(index - 1)}
          disabled={index === 0}
        >
          ↑
        </Action>
        <Action
          label={t('present.step.moveDown')}
          onClick={() => move(index + 1)}
          disabled={index === count - 1}
        >
          ↓
        </Action>
        <Action label={t('present.step.presentFromHere')} onClick={p.onPresent}>
          ▶
        </Action>
        <Action label={t('present.step.delete')} onClick={p.onDelete}>
          ✕
        </Action>
      </Group>
      {open && (
        <Stack gap={6} mt="xs" id={fieldsId}>
          <DraftText
            label={t('present.step.title')}
            size="xs"
            maxLength={200}
            value={step.title}
            onText={(v) => set('title', { title: v })}
          />
          <DraftText
            label={t('present.step.caption')}
            description={t('present.step.captionHint')}
            size="xs"
            multiline
            value={step.caption}
            onText={(v) => set('caption', { caption: v })}
          />
          <StepFrenchFields step={step} set={set} />
          <MultiSelect
            label={t('present.step.highlight')}
            size="xs"
            searchable
            clearable
            data={options}
            value={step.highlight}
            onChange={(v) => set('highlight', { highlight: v })}
            nothingFoundMessage={t('present.step.noUnit')}
            maxDropdownHeight={240}
          />
          <Text size="xs" c="dimmed">
            {step.view
              ? t('present.step.viewKept')
              : step.highlight.length
                ? t('present.step.viewFit')
                : t('present.step.viewAll')}
          </Text>
          <Group gap={6}>
            <Button
              size="compact-xs"
              variant="default"
              onClick={() => {
                const view = p.canvasView();
                if (view) set('view', { view });
              }}
            >
              {t('present.step.useView')}
            </Button>
            <Button
              size="compact-xs"
              variant="default"
              disabled={!step.view}
              onClick={() => set('view', { view: undefined })}
            >
              {t('present.step.clearView')}
            </Button>
          </Group>
        </Stack>
      )}
    </li>
  );
}
