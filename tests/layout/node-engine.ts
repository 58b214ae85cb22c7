import ELK from 'elkjs/lib/elk.bundled.js';
import type { ElkNode } from 'elkjs/lib/elk-api';
import type { LayoutEngine } from '../../src/layout/engine';

/** ELK in the test process (elk.bundled.js runs in-thread); the app uses the worker engine. */
export function nodeEngine(): LayoutEngine {
  const elk = new ELK();
  return {
    // ELK writes its results into the graph it is given: lay out a copy so inputs stay as they were.
    layout: (graph: ElkNode) => elk.layout(structuredClone(graph)),
  };
}
