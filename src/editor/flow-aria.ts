import { useMemo } from 'react';
import type { ReactFlowProps } from '@xyflow/react';
import { useT } from '../i18n';

const DIRECTION_KEYS = {
  up: 'editor.flow.up',
  down: 'editor.flow.down',
  left: 'editor.flow.left',
  right: 'editor.flow.right',
} as const;

/**
 * React Flow's own words for screen readers (the zoom buttons, how to move a unit with the arrow
 * keys, where it moved to) in the app's language. The English is React Flow's, word for word.
 */
export function useFlowAriaLabels(): ReactFlowProps['ariaLabelConfig'] {
  const { t } = useT();
  return useMemo(
    () => ({
      'node.a11yDescription.default': t('editor.flow.nodeHelp'),
      'node.a11yDescription.keyboardDisabled': t('editor.flow.nodeHelpKeyboard'),
      'node.a11yDescription.ariaLiveMessage': ({ direction, x, y }) =>
        t('editor.flow.moved', {
          direction:
            direction in DIRECTION_KEYS
              ? t(DIRECTION_KEYS[direction as keyof typeof DIRECTION_KEYS])
              : direction,
          x,
          y,
        }),
      'edge.a11yDescription.default': t('editor.flow.edgeHelp'),
      'controls.ariaLabel': t('editor.flow.controls'),
      'controls.zoomIn.ariaLabel': t('editor.flow.zoomIn'),
      'controls.zoomOut.ariaLabel': t('editor.flow.zoomOut'),
      'controls.fitView.ariaLabel': t('editor.flow.fitView'),
    }),
    // `t` is a new function for each language (react-i18next), so it is the one dependency.
    [t],
  );
}
