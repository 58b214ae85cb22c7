import type { NodeTypes } from '@xyflow/react';
import { ContainerNode } from './ContainerNode';
import { UnitNode } from './UnitNode';

// Module scope: React Flow remounts every node if this object changes between renders.
export const nodeTypes = {
  unit: UnitNode,
  forum: UnitNode,
  container: ContainerNode,
} satisfies NodeTypes;
