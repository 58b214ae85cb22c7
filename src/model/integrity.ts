import { findKind } from './catalogue';
import { canConnect, indexLinks } from './connect';
import type { OrgDoc, OrgFile } from './schema';

/** Something wrong with a file, said so that a user can act on it. */
export interface Problem {
  /** Where in the file, as a path like `units[3].kind`; absent for whole-file problems. */
  path?: string;
  message: string;
  line?: number;
  column?: number;
}

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
      problems.push({ path: `units[${i}].id`, message: `Duplicate unit id "${u.id}"` });
    else unitIndex.set(u.id, i);
    if (!findKind(u.kind))
      problems.push({ path: `units[${i}].kind`, message: `Unknown unit kind "${u.kind}"` });
  });
  file.units.forEach((u, i) => {
    if (u.parent === undefined) return;
    const pi = unitIndex.get(u.parent);
    if (pi === undefined) {
      problems.push({
        path: `units[${i}].parent`,
        message: `Parent "${u.parent}" is not a unit of this file`,
      });
      return;
    }
    const pk = findKind(file.units[pi]!.kind);
    if (pk && !pk.container)
      problems.push({
        path: `units[${i}].parent`,
        message: `Parent "${u.parent}" is a ${pk.name}, not a container`,
      });
  });
  const parentOf = new Map(file.units.map((u) => [u.id, u.parent]));
  file.units.forEach((u, i) => {
    const seen = new Set<string>([u.id]);
    let p = u.parent;
    while (p !== undefined) {
      if (seen.has(p)) {
        problems.push({
          path: `units[${i}].parent`,
          message: `Unit "${u.id}" is inside itself (a containment cycle)`,
        });
        break;
      }
      seen.add(p);
      p = parentOf.get(p);
    }
  });
  const linkIds = new Set<string>();
  file.links.forEach((l, i) => {
    if (linkIds.has(l.id) || unitIndex.has(l.id))
      problems.push({ path: `links[${i}].id`, message: `Duplicate id "${l.id}"` });
    linkIds.add(l.id);
    for (const end of ['source', 'target'] as const) {
      if (!unitIndex.has(l[end]))
        problems.push({
          path: `links[${i}].${end}`,
          message: `Link ${end} "${l[end]}" is not a unit of this file`,
        });
    }
  });
  problems.push(...stepProblems(file, unitIndex));
  if (problems.length > 0) return problems;
  // Only now is the document sound enough to ask canConnect about each link.
  const doc = toDoc(file);
  const idx = indexLinks(doc);
  file.links.forEach((l, i) => {
    const v = canConnect(doc, l.source, l.target, l.kind, l.id, idx);
    if (!v.ok)
      problems.push({ path: `links[${i}]`, message: `Link "${l.id}" is not allowed: ${v.reason}` });
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
      problems.push({ path: `steps[${i}].id`, message: `Duplicate step id "${s.id}"` });
    stepIds.add(s.id);
    s.highlight.forEach((h, j) => {
      if (!unitIndex.has(h))
        problems.push({
          path: `steps[${i}].highlight[${j}]`,
          message: `Step "${s.id}" highlights "${h}", but there is no unit with id "${h}"`,
        });
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
