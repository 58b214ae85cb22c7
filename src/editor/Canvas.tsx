import { useCallback, useMemo, useRef } from 'react';
import type { DragEvent } from 'react';
import {
  Background,
  BackgroundVariant,
  ConnectionMode,
  Controls,
  MiniMap,
  Panel,
  ReactFlow,
  useReactFlow,
  useStore,
} from '@xyflow/react';
import { useComputedColorScheme } from '@mantine/core';
import { CATEGORY_COLOURS, findKind } from '../model';
import { useChecklist, useEditor, useEditorStore } from '../state';
import { addUnitAt } from './actions';
import { edgeTypes } from './edges';
import { FindBox } from './FindBox';
import { Legend } from './Legend';
import { LayoutProgress } from './LayoutProgress';
import { nodeTypes } from './nodes';
import { KIND_MIME } from './palette/Palette';
import { docToFlow } from './projection';
import type { UnitFlowNode } from './projection';
import { useFlowHandlers } from './useFlowHandlers';
import { useShortcuts } from './useShortcuts';
import { registerCanvasElement } from './view-centre';
import { useCanvasViewport } from './useCanvasViewport';
import { useFlowAriaLabels } from './flow-aria';
import { useT } from '../i18n';

const SNAP: [number, number] = [8, 8];
/** Above this many units, React Flow mounts only what is in view (5,000-unit missions). */
const CULL_UNITS = 400;
/** Below this zoom, units are drawn as plain coloured boxes: their text cannot be read anyway. */
const FAR_ZOOM = 0.2;
const PRO = { hideAttribution: true };

function minimapColour(n: UnitFlowNode) {
  return n.data.kind.container ? 'transparent' : CATEGORY_COLOURS[n.data.kind.category].ink;
}

/** The organogram canvas: a React Flow view of the document. */
export function Canvas({ onFileDrop }: { onFileDrop?: (file: File) => void }) {
  const store = useEditorStore();
  const doc = useEditor((s) => s.doc);
  const selection = useEditor((s) => s.view.selection);
  const snap = useEditor((s) => s.view.snapToGrid);
  const animating = useEditor((s) => s.view.animating);
  const showBadges = useEditor((s) => s.view.showBadges);
  // While a layout preview is shown nothing may move: the real layout replaces it.
  const locked = useEditor((s) => !!s.view.layout.preview);
  const { byUnit } = useChecklist();
  const badges = showBadges ? byUnit : undefined;
  const { t, lang } = useT();
  const ariaLabels = useFlowAriaLabels();
  const { nodes, edges } = useMemo(
    () => docToFlow(doc, selection, badges, lang),
    [doc, selection, badges, lang],
  );
  const handlers = useFlowHandlers(store);
  const rf = useReactFlow();
  const scheme = useComputedColorScheme('light');
  const findRef = useRef<HTMLInputElement>(null);
  useShortcuts(store, findRef);

  const paneRef = useRef<HTMLDivElement | null>(null);
  const onMoveStart = useCanvasViewport(paneRef);

  const onDragOver = useCallback((e: DragEvent) => {
    e.preventDefault();
    e.dataTransfer.dropEffect = e.dataTransfer.types.includes('Files') ? 'copy' : 'copy';
  }, []);

  const onDrop = useCallback(
    (e: DragEvent) => {
      e.preventDefault();
      const file = e.dataTransfer.files?.[0];
      if (file && onFileDrop) {
        onFileDrop(file);
        return;
      }
      const kindId = e.dataTransfer.getData(KIND_MIME);
      if (!kindId || !findKind(kindId)) return;
      addUnitAt(store, kindId, rf.screenToFlowPosition({ x: e.clientX, y: e.clientY }));
    },
    [store, rf, onFileDrop],
  );

  const far = useStore((s) => s.transform[2] < FAR_ZOOM);
  const empty = nodes.length === 0;
  return (
    <div
      className={`canvas${animating ? ' is-animating' : ''}${far ? ' is-far' : ''}`}
      ref={(el) => {
        paneRef.current = el;
        registerCanvasElement(el);
      }}
      role="region"
      aria-label={t('editor.canvas')}
      tabIndex={-1}
      id="canvas"
    >
      <ReactFlow
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        {...handlers}
        onDrop={onDrop}
        onMoveStart={onMoveStart}
        onDragOver={onDragOver}
        connectionMode={ConnectionMode.Loose}
        snapToGrid={snap}
        onlyRenderVisibleElements={nodes.length > CULL_UNITS}
        nodesDraggable={!locked}
        nodesConnectable={!locked}
        snapGrid={SNAP}
        deleteKeyCode={null}
        selectionKeyCode="Shift"
        multiSelectionKeyCode={['Shift', 'Meta', 'Control']}
        connectionRadius={30}
        minZoom={0.05}
        maxZoom={2.5}
        fitView
        fitViewOptions={{ padding: 0.15, maxZoom: 1 }}
        proOptions={PRO}
        elevateNodesOnSelect={false}
        colorMode={scheme}
        ariaLabelConfig={ariaLabels}
      >
        <Background variant={BackgroundVariant.Dots} gap={16} size={1} />
        <Controls showInteractive={false} position="bottom-left" />
        <MiniMap
          pannable
          zoomable
          nodeColor={minimapColour}
          position="bottom-right"
          ariaLabel={t('editor.minimap')}
        />
        <Panel position="top-left">
          <FindBox ref={findRef} />
        </Panel>
        <Panel position="top-right">
          <Legend />
        </Panel>
        <Panel position="bottom-center">
          <LayoutProgress />
        </Panel>
        {empty && (
          <Panel position="top-center" className="canvas__hint">
            {t('editor.emptyHint')}
          </Panel>
        )}
      </ReactFlow>
    </div>
  );
}
