import { useEffect, useMemo, useRef } from 'react';
import {
  Background,
  BackgroundVariant,
  Controls,
  getViewportForBounds,
  ReactFlow,
  ReactFlowProvider,
  useNodesInitialized,
  useReactFlow,
} from '@xyflow/react';
import type { Viewport } from '@xyflow/react';
import type { OrgDoc } from '../model';
import { edgeTypes } from './edges';
import { nodeTypes } from './nodes';
import { docToFlow } from './projection';
import { MARK_KEYS, withMarks } from './marks';
import { useT } from '../i18n';
import { useFlowAriaLabels } from './flow-aria';
import type { FlowMarks } from './marks';

const NONE = { units: [], links: [] };
const PRO = { hideAttribution: true };

export interface ReadOnlyCanvasProps {
  doc: OrgDoc;
  marks?: FlowMarks;
  /** Accessible name of the canvas region. */
  label: string;
  /** A controlled viewport (for synced panes); leave out to let the canvas own it. */
  viewport?: Viewport;
  onViewportChange?: (v: Viewport) => void;
  /** The whole chart is brought into view once for each new value of `fitKey`. */
  fitKey?: string | number;
  onUnitClick?: (id: string) => void;
  showControls?: boolean;
  className?: string;
}

/** A view of a document that cannot change it: the compare panes and the presentation stage. */
export function ReadOnlyCanvas(props: ReadOnlyCanvasProps) {
  return (
    <ReactFlowProvider>
      <Inner {...props} />
    </ReactFlowProvider>
  );
}

function Inner({
  doc,
  marks,
  label,
  viewport,
  onViewportChange,
  fitKey,
  onUnitClick,
  showControls = true,
  className,
}: ReadOnlyCanvasProps) {
  const { t, lang } = useT();
  const ariaLabels = useFlowAriaLabels();
  const flow = useMemo(() => {
    const f = docToFlow(doc, NONE, undefined, lang);
    return marks ? withMarks(f.nodes, f.edges, marks, (m) => t(MARK_KEYS[m])) : f;
  }, [doc, marks, lang, t]);
  const rf = useReactFlow();
  const ready = useNodesInitialized();
  const pane = useRef<HTMLDivElement>(null);
  const onChange = useRef(onViewportChange);
  useEffect(() => {
    onChange.current = onViewportChange;
  }, [onViewportChange]);

  // Fit the chart once the nodes are measured, computing the viewport from the pane's size.
  // Once per key: new marks make new node objects, which React Flow measures again (`ready` goes
  // false and back), and that must not throw away the planner's pan and zoom.
  const fitted = useRef<string | number | undefined>(undefined);
  useEffect(() => {
    const el = pane.current;
    if (!ready || !el || fitKey === undefined || fitted.current === fitKey) return;
    const r = el.getBoundingClientRect();
    if (r.width < 10 || r.height < 10) return;
    const nodes = rf.getNodes();
    if (!nodes.length) return;
    const vp = getViewportForBounds(rf.getNodesBounds(nodes), r.width, r.height, 0.05, 1.6, 0.08);
    fitted.current = fitKey;
    if (onChange.current) onChange.current(vp);
    else void rf.setViewport(vp, { duration: 300 });
  }, [ready, fitKey, rf]);

  return (
    <div
      ref={pane}
      className={`readonly-canvas ${className ?? ''}`}
      role="region"
      aria-label={label}
    >
      <ReactFlow
        nodes={flow.nodes}
        edges={flow.edges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        {...(viewport ? { viewport, onViewportChange } : { fitView: true })}
        nodesDraggable={false}
        nodesConnectable={false}
        elementsSelectable={false}
        edgesFocusable={false}
        onNodeClick={(_, n) => onUnitClick?.(n.id)}
        deleteKeyCode={null}
        minZoom={0.05}
        maxZoom={2.5}
        proOptions={PRO}
        onlyRenderVisibleElements={flow.nodes.length > 400}
        ariaLabelConfig={ariaLabels}
      >
        <Background variant={BackgroundVariant.Dots} gap={16} size={1} />
        {showControls && <Controls showInteractive={false} position="bottom-left" />}
      </ReactFlow>
    </div>
  );
}
