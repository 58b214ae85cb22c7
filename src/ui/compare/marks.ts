import type { StructuralDiff } from '../../model';
import type { DiffMark, FlowMarks } from '../../editor';

/** The marks each pane shows: the left (before) shows what went, the right (after) what came. */
export function paneMarks(diff: StructuralDiff, side: 'left' | 'right', spot?: string): FlowMarks {
  const units = new Map<string, DiffMark>();
  const links = new Map<string, DiffMark>();
  if (side === 'left') {
    for (const id of diff.removedUnits) units.set(id, 'removed');
    for (const c of diff.changedUnits) units.set(c.a, 'changed');
    for (const id of diff.removedLinks) links.set(id, 'removed');
    for (const r of diff.repointedLinks) links.set(r.a, 'repointed');
  } else {
    for (const id of diff.addedUnits) units.set(id, 'added');
    for (const c of diff.changedUnits) units.set(c.b, 'changed');
    for (const id of diff.addedLinks) links.set(id, 'added');
    for (const r of diff.repointedLinks) links.set(r.b, 'repointed');
  }
  return { units, links, ...(spot ? { spotlight: new Set([spot]) } : {}) };
}

/** The unit to ring in each pane: the one picked and its counterpart in the other document. */
export function spotsOf(
  diff: StructuralDiff,
  picked: { side: 'left' | 'right'; id: string } | undefined,
): { left?: string; right?: string } {
  if (!picked) return {};
  return picked.side === 'left'
    ? { left: picked.id, right: diff.aToB.get(picked.id) }
    : { right: picked.id, left: diff.bToA.get(picked.id) };
}
