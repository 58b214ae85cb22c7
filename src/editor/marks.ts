import type { LinkFlowEdge, UnitFlowNode } from './projection';

/** How a unit or link differs from its counterpart in the other document of a comparison. */
export type DiffMark = 'added' | 'removed' | 'changed' | 'repointed';

/** Each mark has a symbol as well as a colour, so it reads in greyscale print and for colour-blind eyes. */
export const MARK_SYMBOLS: Record<DiffMark, string> = {
  added: '+',
  removed: '−',
  changed: '~',
  repointed: '↷',
};

/** Each mark's word, for screen readers and tooltips ("added" in English). */
export const MARK_KEYS = {
  added: 'editor.marks.added',
  removed: 'editor.marks.removed',
  changed: 'editor.marks.changed',
  repointed: 'editor.marks.repointed',
} as const satisfies Record<DiffMark, string>;

export interface FlowMarks {
  units?: ReadonlyMap<string, DiffMark>;
  links?: ReadonlyMap<string, DiffMark>;
  /** Units to emphasise (a presentation step, a counterpart); the others are dimmed. */
  highlight?: ReadonlySet<string>;
  /** Emphasise these without dimming the rest. */
  spotlight?: ReadonlySet<string>;
}

/**
 * Nodes and edges carrying comparison marks and highlights, for read-only views (compare,
 * presentation). Unmarked items keep their cached objects so React Flow can skip them.
 */
export function withMarks(
  nodes: UnitFlowNode[],
  edges: LinkFlowEdge[],
  marks: FlowMarks,
  /** A mark's word in the language on screen; the mark's own English name if left out. */
  word: (mark: DiffMark) => string = (m) => m,
): { nodes: UnitFlowNode[]; edges: LinkFlowEdge[] } {
  const lit = marks.highlight && marks.highlight.size > 0 ? marks.highlight : undefined;
  const outNodes = nodes.map((n) => {
    const mark = marks.units?.get(n.id);
    const spot = marks.spotlight?.has(n.id) || lit?.has(n.id);
    const dim = !!lit && !lit.has(n.id) && n.type !== 'container';
    if (!mark && !spot && !dim) return n;
    const cls = [mark && `diff-${mark}`, spot && 'is-spotlit', dim && 'is-dim']
      .filter(Boolean)
      .join(' ');
    return {
      ...n,
      className: cls,
      ariaLabel: mark ? `${n.ariaLabel} (${word(mark)})` : n.ariaLabel,
      data: { ...n.data, ...(mark ? { mark } : {}), ...(spot ? { spotlit: true } : {}) },
    };
  });
  const outEdges = edges.map((e) => {
    const mark = marks.links?.get(e.id);
    const dim = !!lit && !(lit.has(e.source) && lit.has(e.target));
    if (!mark && !dim) return e;
    return {
      ...e,
      className: [mark && `diff-${mark}`, dim && 'is-dim'].filter(Boolean).join(' '),
      ariaLabel: mark ? `${e.ariaLabel} (${word(mark)})` : e.ariaLabel,
      data: { ...e.data!, ...(mark ? { mark } : {}) },
    };
  });
  return { nodes: outNodes, edges: outEdges };
}
