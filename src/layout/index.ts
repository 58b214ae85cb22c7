// The public surface of auto-layout (layer 1: the model and elkjs only; runs in Node and workers).
export type {
  LayoutDirection,
  LayoutOptions,
  LayoutResult,
  LayoutSpacing,
  Point,
  Size,
} from './types';
export { toElkGraph, fromElkGraph } from './elk-graph';
export { layoutDocument } from './engine';
export type { LayoutEngine } from './engine';
export { layoutPatch } from './patch';
export type { LayoutMove } from './patch';
export {
  createWorkerEngine,
  LayoutCancelledError,
  LayoutTimeoutError,
  LayoutWorkerError,
} from './worker-engine';
export type { WorkerEngineOptions, WorkerLayoutEngine } from './worker-engine';
export type { LayoutReply, LayoutRequest } from './protocol';
export { LARGE_GRAPH_UNITS, SPACINGS } from './options';
export { PREVIEW_UNITS, treePreview } from './tree-preview';
