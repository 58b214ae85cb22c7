import { memo } from 'react';
import { NodeResizer } from '@xyflow/react';
import type { NodeProps } from '@xyflow/react';
import { CATEGORY_COLOURS, labelIn } from '../../model';
import { useEditorStore } from '../../state';
import type { UnitFlowNode } from '../projection';
import { MarkBadge } from './MarkBadge';
import { useT } from '../../i18n';
import { kindText } from '../../i18n';

/** A container (mission HQ, sector, field office): a resizable frame with a header to drag it by. */
function ContainerNodeView({ data, selected }: NodeProps<UnitFlowNode>) {
  const { unit, kind } = data;
  const c = CATEGORY_COLOURS.container;
  const field = kind.location === 'field';
  const store = useEditorStore();
  // Memoised, but re-rendered when the language changes: useT subscribes to it.
  const { lang } = useT();
  return (
    <div
      className={`container-node${field ? ' container-node--field' : ''}${selected ? ' is-selected' : ''}`}
      style={{ '--ink': c.ink } as React.CSSProperties}
      data-testid={`canvas.unit.${unit.id}`}
    >
      <NodeResizer
        isVisible={selected}
        minWidth={200}
        minHeight={120}
        color={c.ink}
        onResizeStart={() => store.getState().beginGesture()}
        onResizeEnd={() => store.getState().endGesture()}
      />
      <div className="container-node__header">
        <span className="container-node__short">{kindText(kind, 'short', lang)}</span>
        <span className="container-node__label">{labelIn(unit, lang)}</span>
        {data.mark && <MarkBadge mark={data.mark} />}
      </div>
    </div>
  );
}

export const ContainerNode = memo(ContainerNodeView);
