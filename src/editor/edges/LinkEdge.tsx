import { memo } from 'react';
import { BaseEdge, EdgeLabelRenderer, getSmoothStepPath, useInternalNode } from '@xyflow/react';
import type { EdgeProps } from '@xyflow/react';
import { pointAlong, roundedPath } from '../../export';
import { DASH_ARRAYS, LINK_KIND_DEFS, linkLabelIn } from '../../model';
import { useT } from '../../i18n';
import { linkBadge } from '../../i18n';
import type { LinkFlowEdge } from '../projection';
import { linkColour } from '../link-colour';
import { floatingEnds } from './floating';
import { LinkKindMenu } from './LinkKindMenu';
import { MarkBadge } from '../nodes/MarkBadge';

/** A link drawn in its kind's style, with a badge for forum connectors and a kind menu when selected. */
function LinkEdgeView({ id, source, target, data, selected, markerEnd }: EdgeProps<LinkFlowEdge>) {
  const s = useInternalNode(source);
  const t = useInternalNode(target);
  // Subscribes this memoised edge to language changes, like every text on the canvas.
  const { lang } = useT();
  if (!s || !t || !data) return null;
  const def = LINK_KIND_DEFS[data.link.kind];
  // An auto-layout route is drawn through ELK's bend points; a link whose ends moved since has
  // lost its route (model/commands.ts) and falls back to a smooth step between facing sides.
  const route = data.link.route;
  let path: string;
  let lx: number;
  let ly: number;
  if (route && route.length >= 2) {
    path = roundedPath(route, 8);
    const mid = pointAlong(route, 0.5);
    lx = mid.x;
    ly = mid.y;
  } else {
    const e = floatingEnds(s, t);
    [path, lx, ly] = getSmoothStepPath({
      sourceX: e.sx,
      sourceY: e.sy,
      sourcePosition: e.sp,
      targetX: e.tx,
      targetY: e.ty,
      targetPosition: e.tp,
      borderRadius: 10,
    });
  }
  // The same badge words as the exports (catalogue-text.ts), so canvas and paper agree.
  const badge = linkLabelIn(data.link, lang) ?? linkBadge(def, lang);
  const mark = data.mark;
  return (
    <>
      <BaseEdge
        id={id}
        path={path}
        markerEnd={markerEnd}
        interactionWidth={16}
        style={{
          stroke: linkColour(data.link.kind),
          strokeWidth: def.style.width + (selected ? 1.5 : 0),
          strokeDasharray: DASH_ARRAYS[def.style.stroke],
          strokeLinecap: def.style.stroke === 'dotted' ? 'round' : 'butt',
        }}
      />
      {mark && (
        <EdgeLabelRenderer>
          <div
            className="link-label nodrag nopan"
            style={{ transform: `translate(-50%, -140%) translate(${lx}px, ${ly}px)` }}
          >
            <MarkBadge mark={mark} />
          </div>
        </EdgeLabelRenderer>
      )}
      {(badge || selected) && (
        <EdgeLabelRenderer>
          <div
            className={`link-label nodrag nopan${selected ? ' is-selected' : ''}`}
            style={
              {
                transform: `translate(-50%, -50%) translate(${lx}px, ${ly}px)`,
                '--ink': linkColour(data.link.kind),
              } as React.CSSProperties
            }
            data-testid={`canvas.link.${id}`}
          >
            {selected ? (
              <LinkKindMenu link={data.link} />
            ) : (
              <span className="link-label__badge">{badge}</span>
            )}
          </div>
        </EdgeLabelRenderer>
      )}
    </>
  );
}

export const LinkEdge = memo(LinkEdgeView);
