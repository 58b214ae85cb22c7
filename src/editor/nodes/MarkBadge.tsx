import { MARK_SYMBOLS } from '../marks';
import type { DiffMark } from '../marks';

/** The symbol of a comparison mark, with its word for screen readers and as a tooltip. */
export function MarkBadge({ mark }: { mark: DiffMark }) {
  return (
    <span className={`diff-badge diff-badge--${mark}`} title={mark} aria-label={mark}>
      {MARK_SYMBOLS[mark]}
    </span>
  );
}
