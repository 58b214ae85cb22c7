import { useCallback, useEffect, useRef, useState } from 'react';
import type { CSSProperties } from 'react';
import { docTitleIn } from '../../model';
import { ReadOnlyCanvas } from '../../editor';
import { useT } from '../../i18n';
import { useEditor } from '../../state';
import { CaptionPanel } from './CaptionPanel';
import { presentationSteps } from './steps';
import { useFullscreen, usePresentationKeys } from './usePresentationKeys';
import { useStageView } from './useStageView';

export interface PresentationProps {
  /** The step to open at (clamped to the steps). */
  start: number;
  onExit: () => void;
}

/**
 * The open document presented step by step, full screen: the chart read-only above, the caption
 * in large type below. The editor is unmounted meanwhile (the app renders this instead), so none
 * of its shortcuts (Backspace deletes, arrows nudge) can touch the document while presenting.
 */
export function Presentation({ start, onExit }: PresentationProps) {
  const doc = useEditor((s) => s.doc);
  const { t, lang } = useT();
  const docTitle = docTitleIn(doc, lang);
  const steps = presentationSteps(doc);
  const count = steps.length;
  const [index, setIndex] = useState(() => Math.min(Math.max(0, start), count - 1));
  const at = Math.min(index, count - 1);
  const step = steps[at]!;

  const move = useCallback(
    (delta: number) => setIndex((i) => Math.min(Math.max(0, i + delta), count - 1)),
    [count],
  );
  const jump = useCallback(
    (i: number) => setIndex(i < 0 ? count - 1 : Math.min(i, count - 1)),
    [count],
  );
  usePresentationKeys({ move, jump, exit: onExit });
  useFullscreen(onExit);

  // Focus the presentation itself, so assistive technology lands in it rather than on nothing.
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => {
    root.current?.focus();
    // Back in the editor, focus returns to the button that started the presentation.
    return () => {
      requestAnimationFrame(() => document.getElementById('present-button')?.focus());
    };
  }, []);

  const stage = useRef<HTMLDivElement>(null);
  const view = useStageView(stage, doc, step, at);
  const stageClass = `present__stage${view.ready ? '' : ' is-fitting'}${view.gliding ? ' is-gliding' : ''}`;

  return (
    <div
      ref={root}
      className="present"
      role="dialog"
      aria-modal="true"
      aria-label={t('present.dialog', { title: docTitle })}
      tabIndex={-1}
    >
      <div
        ref={stage}
        className={stageClass}
        style={{ '--present-ring': `${view.ring}px` } as CSSProperties}
      >
        <ReadOnlyCanvas
          doc={doc}
          marks={view.marks}
          viewport={view.viewport}
          onViewportChange={view.onViewportChange}
          label={t('present.chart')}
          showControls={false}
        />
      </div>
      <CaptionPanel
        docTitle={docTitle}
        step={step}
        index={at}
        count={count}
        onPrevious={() => move(-1)}
        onNext={() => move(1)}
        onExit={onExit}
      />
    </div>
  );
}
