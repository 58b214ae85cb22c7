/// <reference lib="webworker" />
import ELK from 'elkjs/lib/elk.bundled.js';
import type { ElkNode } from 'elkjs/lib/elk-api';
import type { OrgDoc } from '../model';
import { layoutDocument } from './engine';
import type { LayoutReply, LayoutRequest } from './protocol';

// ELK's bundled build runs ELK in this thread (the layout worker), beside our graph building and
// mapping. elk.bundled.js also installs ELK's own message handler when it finds itself in a
// worker; ours is assigned below, after the import ran, and replaces it.
const elk = new ELK();
const engine = { layout: (graph: ElkNode) => elk.layout(graph) };

declare const self: DedicatedWorkerGlobalScope;

self.onmessage = (e: MessageEvent<LayoutRequest>) => {
  const { id, doc, opts } = e.data;
  const reply = (msg: LayoutReply) => self.postMessage(msg);
  // The layout reads units and links only; the other document fields are never needed here.
  layoutDocument(engine, doc as OrgDoc, opts).then(
    (result) => reply({ id, result }),
    (err: unknown) =>
      reply({
        id,
        error: {
          name: err instanceof Error ? err.name : 'Error',
          message: err instanceof Error ? err.message : String(err),
        },
      }),
  );
};
