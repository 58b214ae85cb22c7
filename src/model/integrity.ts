import { findKind } from './catalogue';
import { canConnect, indexLinks } from './connect';
import { problem } from './problems';
import type { Problem } from './problems';
import type { OrgDoc, OrgFile } from './schema';

export type { Problem } from './problems';

/**
 * Checks what the schema cannot: unique ids, known unit kinds, links between existing units,
 * containers that are containers, no containment cycles, links that canConnect accepts, and
 * presentation steps with unique ids that highlight only existing units.
 */
export function checkIntegrity(file: OrgFile): Problem[] {
  const problems: Problem[] = [];
  const unitIndex = new Map<string, number>();
  file.units.forEach((u, i) => {
    if (unitIndex.has(u.id))
      problems.push(problem('duplicateUnitId', { id: u.id }, { path: `units[${i}].id` }));
    else unitIndex.set(u.id, i);
    if (!findKind(u.kind))
      problems.push(problem('unknownKind', { kind: u.kind }, { path: `units[${i}].kind` }));
  });
  file.units.forEach((u, i) => {
    if (u.parent === undefined) return;
    const pi = unitIndex.get(u.parent);
    if (pi === undefined) {
      problems.push(problem('parentMissing', { parent: u.parent }, { path: `units[${i}].parent` }));
      return;
    }
    const pk = findKind(file.units[pi]!.kind);
    if (pk && !pk.container)
      problems.push(
        problem(
          'parentNotContainer',
          { parent: u.parent, kind: { kind: pk.id } },
          { path: `units[${i}].parent` },
        ),
      );
  });
  const parentOf = new Map(file.units.map((u) => [u.id, u.parent]));
  file.units.forEach((u, i) => {
    const seen = new Set<string>([u.id]);
    let p = u.parent;
    while (p !== undefined) {
      if (seen.has(p)) {
        problems.push(problem('cycle', { id: u.id }, { path: `units[${i}].parent` }));
        break;
      }
      seen.add(p);
      p = parentOf.get(p);
    }
  });
  const linkIds = new Set<string>();
  file.links.forEach((l, i) => {
    if (linkIds.has(l.id) || unitIndex.has(l.id))
      problems.push(problem('duplicateId', { id: l.id }, { path: `links[${i}].id` }));
    linkIds.add(l.id);
    for (const end of ['source', 'target'] as const) {
      if (!unitIndex.has(l[end]))
        problems.push(problem(`${end}Missing`, { id: l[end] }, { path: `links[${i}].${end}` }));
    }
  });
  problems.push(...stepProblems(file, unitIndex));
  if (problems.length > 0) return problems;
  // Only now is the document sound enough to ask canConnect about each link.
  const doc = toDoc(file);
  const idx = indexLinks(doc);
  file.links.forEach((l, i) => {
    const v = canConnect(doc, l.source, l.target, l.kind, l.id, idx);
    if (!v.ok) {
      const refusal = { reason: v.reason, code: v.code, values: v.values };
      problems.push(
        problem('linkNotAllowed', { id: l.id, reason: { refusal } }, { path: `links[${i}]` }),
      );
    }
  });
  return problems;
}

/**
 * Steps need unique ids (commands find them by id) and may only highlight units of the file:
 * deleting a unit prunes it from every step, so a dangling id means a hand-edited or broken file.
 */
function stepProblems(file: OrgFile, unitIndex: ReadonlyMap<string, number>): Problem[] {
  const problems: Problem[] = [];
  const stepIds = new Set<string>();
  file.steps.forEach((s, i) => {
    if (stepIds.has(s.id))
      problems.push(problem('duplicateStepId', { id: s.id }, { path: `steps[${i}].id` }));
    stepIds.add(s.id);
    s.highlight.forEach((h, j) => {
      if (!unitIndex.has(h))
        problems.push(
          problem(
            'highlightMissing',
            { step: s.id, unit: h },
            { path: `steps[${i}].highlight[${j}]` },
          ),
        );
    });
  });
  return problems;
}

/** File form to memory form: arrays become id maps, in file order. */
export function toDoc(file: OrgFile): OrgDoc {
  const { $schema: _s, format: _f, units, links, ...rest } = file;
  return {
    ...rest,
    units: Object.fromEntries(units.map((u) => [u.id, u])),
    links: Object.fromEntries(links.map((l) => [l.id, l])),
  };
}
