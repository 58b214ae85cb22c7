import { ActionIcon, Button, Group, MultiSelect, Stack, Text, Tooltip } from '@mantine/core';
import type { ReactNode } from 'react';
import { commands } from '../../model';
import type { Step, ViewRect } from '../../model';
import type { EditorState } from '../../state';
import { DraftText } from '../inspector/shared';
import { captionPreview } from './steps';
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
  const name = step.title.trim() || 'Untitled step';
  const set = (field: string, patch: commands.StepPatch) =>
    p.edit(step.id, field, (d) => commands.updateStep(d, step.id, patch));
  const move = (to: number) => p.edit(step.id, 'order', (d) => commands.moveStep(d, step.id, to));
  const fieldsId = `step-fields-${step.id}`;
  return (
    <li className="step-card" aria-label={`Step ${index + 1}: ${name}`}>
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
      {step.caption && (
        <Text size="xs" c="dimmed" lineClamp={2}>
          {captionPreview(step.caption)}
        </Text>
      )}
      <Group gap={4} mt={4}>
        <Action label="Move up" onClick={() => move(index - 1)} disabled={index === 0}>
          ↑
        </Action>
        <Action label="Move down" onClick={() => move(index + 1)} disabled={index === count - 1}>
          ↓
        </Action>
        <Action label="Present from here" onClick={p.onPresent}>
          ▶
        </Action>
        <Action label="Delete step" onClick={p.onDelete}>
          ✕
        </Action>
      </Group>
      {open && (
        <Stack gap={6} mt="xs" id={fieldsId}>
          <DraftText
            label="Step title"
            size="xs"
            maxLength={200}
            value={step.title}
            onText={(v) => set('title', { title: v })}
          />
          <DraftText
            label="Caption"
            description="Plain text, shown in large type."
            size="xs"
            multiline
            value={step.caption}
            onText={(v) => set('caption', { caption: v })}
          />
          <MultiSelect
            label="Highlighted units"
            size="xs"
            searchable
            clearable
            data={options}
            value={step.highlight}
            onChange={(v) => set('highlight', { highlight: v })}
            nothingFoundMessage="No unit by that name"
            maxDropdownHeight={240}
          />
          <Text size="xs" c="dimmed">
            {step.view
              ? 'View: the part of the chart kept with this step.'
              : step.highlight.length
                ? 'View: fits the highlighted units.'
                : 'View: the whole chart.'}
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
              Use current view
            </Button>
            <Button
              size="compact-xs"
              variant="default"
              disabled={!step.view}
              onClick={() => set('view', { view: undefined })}
            >
              Clear view
            </Button>
          </Group>
        </Stack>
      )}
    </li>
  );
}
