import { Button, Group } from '@mantine/core';
import type { TFunction } from 'i18next';
import { stepTextIn } from '../../model';
import type { Provenance, Step } from '../../model';
import { useT } from '../../i18n';

export interface CaptionPanelProps {
  docTitle: string;
  step: Step;
  index: number;
  count: number;
  onPrevious: () => void;
  onNext: () => void;
  onExit: () => void;
}

/**
 * Where a step's words come from, said plainly. The study's body text could not be retrieved, so
 * a reconstructed caption must never pass for a quotation of it.
 */
function provenanceNote(p: Provenance | undefined, t: TFunction): string | undefined {
  const sources = p?.sources?.length ? t('present.sources', { list: p.sources.join(', ') }) : '';
  if (p?.status === 'reconstructed') return t('present.derived', { sources });
  if (p?.status === 'verified' && sources) return t('present.verified', { sources });
  return undefined;
}

/**
 * The large-type panel under the chart: the step's title and caption, the step counter and the
 * few controls a presenter needs. Captions are rendered as text nodes, never as HTML.
 */
export function CaptionPanel({
  docTitle,
  step,
  index,
  count,
  onPrevious,
  onNext,
  onExit,
}: CaptionPanelProps) {
  const { t, lang } = useT();
  const note = provenanceNote(step.provenance, t);
  const text = stepTextIn(step, lang);
  // A document without steps is shown as one untitled step: its own title stands in.
  const title = text.title.trim() || (text.caption ? '' : docTitle);
  return (
    <div className="present__panel">
      <Group className="present__bar" justify="space-between" wrap="nowrap" gap="md">
        <span className="present__doc">{docTitle}</span>
        <Group gap="xs" wrap="nowrap">
          <span className="present__counter" data-testid="present.counter">
            {t('present.counter', { n: index + 1, total: count })}
          </span>
          <Button size="compact-sm" variant="white" onClick={onPrevious} disabled={index === 0}>
            {t('present.previous')}
          </Button>
          <Button size="compact-sm" variant="white" onClick={onNext} disabled={index === count - 1}>
            {t('present.next')}
          </Button>
          <Button size="compact-sm" variant="white" color="red" onClick={onExit}>
            {t('present.exit')}
          </Button>
        </Group>
      </Group>
      {/* Polite live region: a screen reader reads each new step as the presenter moves on. */}
      <div
        className="present__caption"
        role="region"
        aria-label={t('present.caption')}
        aria-live="polite"
      >
        {title && <h1 className="present__title">{title}</h1>}
        {text.caption && <p className="present__text">{text.caption}</p>}
        {note && <p className="present__note">{note}</p>}
      </div>
    </div>
  );
}
