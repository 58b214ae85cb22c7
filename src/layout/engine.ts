import type { ElkNode } from 'elkjs/lib/elk-api';
import type { OrgDoc } from '../model';
import { fromElkGraph, toElkGraph } from './elk-graph';
import type { LayoutOptions, LayoutResult } from './types';

/** Something that runs ELK: a web worker in the app, elk.bundled.js in tests. */
export interface LayoutEngine {
  layout(graph: ElkNode): Promise<ElkNode>;
  terminate?(): void;
}

/** Lays out a document (or the `only` part of it) and returns positions, sizes and routes. */
export async function layoutDocument(
  engine: LayoutEngine,
  doc: OrgDoc,
  opts: LayoutOptions = {},
): Promise<LayoutResult> {
  const graph = toElkGraph(doc, opts);
  const laidOut = await engine.layout(graph);
  return fromElkGraph(doc, laidOut);
}
