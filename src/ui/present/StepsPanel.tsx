import { useCallback, useMemo, useState } from 'react';
import { Button, Group, Stack, Text } from '@mantine/core';
import { commands } from '../../model';
import type { Step, ViewRect } from '../../model';
import { useReactFlow } from '../../editor';
import { useEditor, useEditorStore } from '../../state';
import { fixedT, useT } from '../../i18n';
import { StepCard } from './StepCard';
import type { StepEdit } from './StepCard';
import { clipToChart, freshStepId, rectFromCorners, unitOptions } from './steps';

/**
 * Returns a function that reads the part of the chart the editor canvas shows now, in flow
 * (document) coordinates and clipped to the chart, so a step can bring the same part into view
 * when presented. It uses the editor's React Flow instance, which the app's provider shares with
 * the side panels. Undefined when there is no canvas on screen (a test, the start screen).
 */
function useCanvasView(): () => ViewRect | undefined {
  const rf = useReactFlow();
  const store = useEditorStore();
  return useCallback(() => {
    const el = document.getElementById('canvas');
    if (!el) return undefined;
    const r = el.getBoundingClientRect();
    if (r.width < 10 || r.height < 10) return undefined;
    // Snapping would shift the corners by up to half a grid cell; the view wants them exact.
    const exact = { snapToGrid: false };
    const a = rf.screenToFlowPosition({ x: r.left, y: r.top }, exact);
    const b = rf.screenToFlowPosition({ x: r.right, y: r.bottom }, exact);
    const area = rectFromCorners(a, b);
    return area && clipToChart(store.getState().doc, area);
  }, [rf, store]);
}

/**
 * The Steps tab: the document's presentation steps, in order, each editable in place. Every
 * change is one store edit with a step command, so Undo covers it; the merge key groups a burst
 * of typing in one field of one step into a single undo step.
 */
export function StepsPanel({ onPresent }: { onPresent: (index: number) => void }) {
  const store = useEditorStore();
  const { t, lang } = useT();
  const steps = useEditor((s) => s.doc.steps);
  const units = useEditor((s) => s.doc.units);
  const options = useMemo(() => unitOptions(units, lang), [units, lang]);
  const canvasView = useCanvasView();
  // One step is open for editing at a time: 200 open steps × a unit picker each would crawl.
  const [open, setOpen] = useState<string | null>(null);

  const edit: StepEdit = (id, field, recipe) =>
    store.getState().edit(recipe, { merge: `step-${id}-${field}` });

  const add = () => {
    const st = store.getState();
    const view = canvasView();
    const step: Step = {
      id: freshStepId(st.doc.steps),
      title: '',
      caption: '',
      highlight: [...st.view.selection.units],
      ...(view ? { view } : {}),
      provenance: { status: 'user' },
    };
    edit(step.id, 'add', (d) => commands.addStep(d, step));
    setOpen(step.id);
  };

  const selected = useEditor((s) => s.view.selection.units.length);
  return (
    <section aria-label={t('present.steps.region')} className="steps-panel">
      <Stack gap="xs">
        <Group justify="space-between" wrap="nowrap">
          <Text size="sm" fw={600}>
            {steps.length
              ? t('present.steps.count', { count: steps.length })
              : t('present.steps.none')}
          </Text>
          <Button size="compact-sm" onClick={add}>
            {t('present.steps.add')}
          </Button>
        </Group>
        <Text size="xs" c="dimmed">
          {selected
            ? t('present.steps.hintSelected', { count: selected })
            : t('present.steps.hint')}
        </Text>
        {steps.length === 0 && (
          <Text size="xs" c="dimmed">
            {t('present.steps.withoutSteps')}
          </Text>
        )}
        <ol className="steps-panel__list">
          {steps.map((s, i) => (
            <StepCard
              key={s.id}
              step={s}
              index={i}
              count={steps.length}
              options={options}
              open={open === s.id}
              onToggle={() => setOpen(open === s.id ? null : s.id)}
              edit={edit}
              canvasView={canvasView}
              onPresent={() => onPresent(i)}
              onDelete={() => {
                edit(s.id, 'delete', (d) => commands.removeStep(d, s.id));
                store.getState().notify('info', (l) => fixedT(l)('present.steps.deleted'));
              }}
            />
          ))}
        </ol>
      </Stack>
    </section>
  );
}
