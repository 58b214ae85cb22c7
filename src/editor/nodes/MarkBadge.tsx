import { MARK_KEYS, MARK_SYMBOLS } from '../marks';
import type { DiffMark } from '../marks';
import { useT } from '../../i18n';

/** The symbol of a comparison mark, with its word for screen readers and as a tooltip. */
export function MarkBadge({ mark }: { mark: DiffMark }) {
  const { t } = useT();
  const word = t(MARK_KEYS[mark]);
  return (
    <span className={`diff-badge diff-badge--${mark}`} title={word} aria-label={word}>
      {MARK_SYMBOLS[mark]}
    </span>
  );
}
