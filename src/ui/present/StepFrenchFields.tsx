import { useState } from 'react';
import { Button, Stack } from '@mantine/core';
import type { commands, Step } from '../../model';
import { useT } from '../../i18n';
import { DraftText } from '../inspector/shared';

export interface StepFrenchFieldsProps {
  step: Step;
  /** Saves one field of the step with the step commands (one undo step per burst of typing). */
  set: (field: string, patch: commands.StepPatch) => void;
}

/**
 * A step's French title and caption, shown when the app is in French. In English they sit behind
 * a "French text" toggle: most presenters write one language, and the card stays short.
 */
export function StepFrenchFields({ step, set }: StepFrenchFieldsProps) {
  const { t, lang } = useT();
  const [open, setOpen] = useState<boolean>();
  const shown = open ?? lang === 'fr';
  const id = `step-french-${step.id}`;
  return (
    <>
      <Button
        size="compact-xs"
        variant="subtle"
        justify="start"
        aria-expanded={shown}
        aria-controls={shown ? id : undefined}
        onClick={() => setOpen(!shown)}
      >
        <span aria-hidden="true">{shown ? '▾' : '▸'}</span>&nbsp;{t('present.step.french')}
      </Button>
      {shown && (
        <Stack gap={6} id={id}>
          <DraftText
            label={t('present.step.titleFr')}
            size="xs"
            maxLength={200}
            value={step.titleFr ?? ''}
            onText={(v) => set('titleFr', { titleFr: v })}
          />
          <DraftText
            label={t('present.step.captionFr')}
            description={t('present.step.frenchHint')}
            size="xs"
            multiline
            value={step.captionFr ?? ''}
            onText={(v) => set('captionFr', { captionFr: v })}
          />
        </Stack>
      )}
    </>
  );
}
