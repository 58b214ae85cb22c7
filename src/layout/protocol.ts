import type { OrgDoc } from '../model';
import type { LayoutOptions, LayoutResult } from './types';

// The messages between the app and its layout worker. The worker builds ELK's graph, runs ELK and
// maps the result back, so the main thread only sends a document and receives positions: the
// graph building and mapping (tens of milliseconds each at 1,000 units) never block a frame.

export interface LayoutRequest {
  id: number;
  /** Only the fields the layout reads, so the copy sent to the worker stays small. */
  doc: Pick<OrgDoc, 'units' | 'links'>;
  opts: LayoutOptions;
}

export type LayoutReply =
  { id: number; result: LayoutResult } | { id: number; error: { name: string; message: string } };
