// The public surface of the editor: the canvas and the palette, plus the actions the toolbar uses.
export { Canvas } from './Canvas';
export { Palette } from './palette/Palette';
export { ReactFlowProvider as EditorProvider, useReactFlow } from '@xyflow/react';
export { deleteSelection, copySelection, pasteClipboard, duplicateSelection } from './actions';
export { docToFlow } from './projection';
export { runAutoLayout, laidOut, needsLayout } from './auto-layout';
export { cancelLayout, warmLayoutWhenIdle } from './layout-engine';
export { useAutoLayout } from './useAutoLayout';
export { ReadOnlyCanvas } from './ReadOnlyCanvas';
export type { ReadOnlyCanvasProps } from './ReadOnlyCanvas';
export { MARK_SYMBOLS } from './marks';
export type { DiffMark, FlowMarks } from './marks';
