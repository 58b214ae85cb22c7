import type { EdgeTypes } from '@xyflow/react';
import { LinkEdge } from './LinkEdge';

// Module scope: a new object on each render would remount every edge.
export const edgeTypes = { link: LinkEdge } satisfies EdgeTypes;
