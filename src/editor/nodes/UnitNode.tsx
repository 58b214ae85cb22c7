import { memo } from 'react';
import { Handle, Position } from '@xyflow/react';
import type { NodeProps } from '@xyflow/react';
import { CATEGORY_COLOURS } from '../../model';
import type { UnitFlowNode } from '../projection';
import { MarkBadge } from './MarkBadge';

const LEVEL_TAG: Record<string, string> = { strategic: 'S', operational: 'O', tactical: 'T' };
const LEVEL_NAME: Record<string, string> = {
  strategic: 'Strategic',
  operational: 'Operational',
  tactical: 'Tactical',
};

/** A unit card: category colour, short label, label, level tag, coordinator mark and a findings badge slot. */
function UnitNodeView({ data, type, selected }: NodeProps<UnitFlowNode>) {
  const { unit, kind, level, findings, mark } = data;
  const c = CATEGORY_COLOURS[kind.category];
  return (
    <div
      className={`unit-node unit-node--${type}${selected ? ' is-selected' : ''}${unit.isCoordinator ? ' is-coordinator' : ''}`}
      style={{ '--ink': c.ink, '--tint': c.tint } as React.CSSProperties}
      data-testid={`canvas.unit.${unit.id}`}
      title={`${kind.name}${unit.notes ? `\n${unit.notes}` : ''}`}
    >
      <Handle type="target" position={Position.Top} className="unit-node__handle" />
      <div className="unit-node__head">
        <span className="unit-node__short">{kind.short}</span>
        {unit.isCoordinator && (
          <span
            className="unit-node__coord"
            title="Designated POC coordinator"
            aria-label="POC coordinator"
          >
            ★
          </span>
        )}
        <span className="unit-node__level" title={`${LEVEL_NAME[level]} level`}>
          {LEVEL_TAG[level]}
        </span>
      </div>
      <div className="unit-node__label">{unit.label}</div>
      {mark && <MarkBadge mark={mark} />}
      {unit.provenance?.status === 'reconstructed' && (
        <span
          className="unit-node__derived"
          title="Reconstructed from related guidance, not the study's own text"
        >
          derived
        </span>
      )}
      {findings && findings.count > 0 && (
        <span
          className={`unit-node__badge unit-node__badge--${findings.worst}`}
          data-testid={`canvas.badge.${unit.id}`}
        >
          {findings.count}
        </span>
      )}
      <Handle type="source" position={Position.Bottom} className="unit-node__handle" />
    </div>
  );
}

export const UnitNode = memo(UnitNodeView);
