import { memo } from 'react';
import { Handle, Position } from '@xyflow/react';
import type { NodeProps } from '@xyflow/react';
import { CATEGORY_COLOURS, labelIn, LEVEL_WORDS } from '../../model';
import type { Level } from '../../model';
import type { UnitFlowNode } from '../projection';
import { MarkBadge } from './MarkBadge';
import { useT } from '../../i18n';
import { kindText } from '../../i18n';
import { wordIn } from '../../i18n';

// S, O, T: the same initials in French (stratégique, opérationnel, tactique).
const LEVEL_TAG: Record<string, string> = { strategic: 'S', operational: 'O', tactical: 'T' };

/** A unit card: category colour, short label, label, level tag, coordinator mark and a findings badge slot. */
function UnitNodeView({ data, type, selected }: NodeProps<UnitFlowNode>) {
  const { unit, kind, level, findings, mark } = data;
  // Memoised, but re-rendered when the language changes: useT subscribes to it.
  const { t, lang } = useT();
  const c = CATEGORY_COLOURS[kind.category];
  const word = wordIn('levels', level, LEVEL_WORDS[level as Level] ?? level, lang);
  // "Strategic level" in English; French puts the word after, in lower case ("Niveau stratégique").
  const levelWord = lang === 'en' ? word : word.toLocaleLowerCase(lang);
  return (
    <div
      className={`unit-node unit-node--${type}${selected ? ' is-selected' : ''}${unit.isCoordinator ? ' is-coordinator' : ''}`}
      style={{ '--ink': c.ink, '--tint': c.tint } as React.CSSProperties}
      data-testid={`canvas.unit.${unit.id}`}
      title={`${kindText(kind, 'name', lang)}${unit.notes ? `\n${unit.notes}` : ''}`}
    >
      <Handle type="target" position={Position.Top} className="unit-node__handle" />
      <div className="unit-node__head">
        <span className="unit-node__short">{kindText(kind, 'short', lang)}</span>
        {unit.isCoordinator && (
          <span
            className="unit-node__coord"
            title={t('editor.node.coordinatorTip')}
            aria-label={t('editor.node.coordinator')}
          >
            ★
          </span>
        )}
        <span className="unit-node__level" title={t('editor.node.level', { level: levelWord })}>
          {LEVEL_TAG[level]}
        </span>
      </div>
      <div className="unit-node__label">{labelIn(unit, lang)}</div>
      {mark && <MarkBadge mark={mark} />}
      {unit.provenance?.status === 'reconstructed' && (
        <span className="unit-node__derived" title={t('editor.node.derivedTip')}>
          {t('editor.node.derived')}
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
