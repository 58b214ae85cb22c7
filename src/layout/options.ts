import type { LayoutDirection, LayoutSpacing } from './types';

/** Above this many units the layout switches to ELK's cheaper options (performance.md §3.3). */
export const LARGE_GRAPH_UNITS = 300;

/** Minimum drawn size of a container, also the size of an empty one without a stored size. */
export const MIN_CONTAINER = { width: 240, height: 112 };

export interface SpacingValues {
  /** Between units in the same layer. */
  node: number;
  /** Between layers. */
  layers: number;
  edgeNode: number;
  edgeEdge: number;
}

export const SPACINGS: Record<LayoutSpacing, SpacingValues> = {
  compact: { node: 16, layers: 36, edgeNode: 10, edgeEdge: 6 },
  normal: { node: 28, layers: 52, edgeNode: 14, edgeEdge: 10 },
  roomy: { node: 48, layers: 80, edgeNode: 20, edgeEdge: 14 },
};

const num = (n: number) => String(n);

/**
 * The ELK options of every graph in the hierarchy. Each container is laid out as its own graph
 * (SEPARATE_CHILDREN, with explicit ports for the links that cross its border), so the same set is
 * given to the root and to every compound node: the options stay global in effect. Compound nodes
 * only add their padding, minimum size and, where needed, port constraints.
 */
export function rootLayoutOptions(
  direction: LayoutDirection,
  spacing: LayoutSpacing,
  unitCount: number,
): Record<string, string> {
  const s = SPACINGS[spacing];
  const large = unitCount > LARGE_GRAPH_UNITS;
  const opts: Record<string, string> = {
    'elk.algorithm': 'layered',
    'elk.direction': direction,
    // Partitions (the level bands) are ignored inside compound nodes under INCLUDE_CHILDREN.
    'elk.hierarchyHandling': 'SEPARATE_CHILDREN',
    'elk.edgeRouting': 'ORTHOGONAL',
    'elk.partitioning.activate': 'true',
    // Components laid out apart would each start their own bands at the top.
    'elk.separateConnectedComponents': 'false',
    'elk.padding': '[top=0,left=0,bottom=0,right=0]',
    'elk.spacing.nodeNode': num(s.node),
    'elk.layered.spacing.nodeNodeBetweenLayers': num(s.layers),
    'elk.spacing.edgeNode': num(s.edgeNode),
    'elk.spacing.edgeEdge': num(s.edgeEdge),
    'elk.layered.spacing.edgeNodeBetweenLayers': num(s.edgeNode),
    'elk.layered.spacing.edgeEdgeBetweenLayers': num(s.edgeEdge),
    'elk.randomSeed': '1',
    // Brandes-Köpf with the balanced alignment centres a head over its reports like an org chart
    // (the default puts it at the far left). NETWORK_SIMPLEX looks similar but cost 5–35 % more
    // on the presets.
    'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
    'elk.layered.nodePlacement.bk.fixedAlignment': 'BALANCED',
  };
  if (large) {
    // Measured on a 1,000-unit, 1,900-link document in three container levels: greedy switch
    // off and shared ports (see toElkGraph) took it from 30 s to under 3 s.
    opts['elk.layered.thoroughness'] = unitCount > 600 ? '1' : '2';
    opts['elk.layered.crossingMinimization.greedySwitch.type'] = 'OFF';
  } else {
    // 4 instead of ELK's 7: a quarter less time on the presets, as many crossings (±3 %).
    opts['elk.layered.thoroughness'] = '4';
    // Keeps the input order where it can, so adding a unit does not reshuffle its siblings.
    opts['elk.layered.considerModelOrder.strategy'] = 'NODES_AND_EDGES';
  }
  return opts;
}
