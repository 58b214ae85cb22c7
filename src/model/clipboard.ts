import type { Draft } from 'immer';
import { descendantIds, freshId } from './doc';
import { absolutePosition } from './geometry';
import type { Link, OrgDoc, Unit } from './schema';

/** Units and the links among them, cut loose from their document so they can be pasted anywhere. */
export interface Clip {
  units: Unit[];
  links: Link[];
}

/**
 * Copies the given units (and everything inside the containers among them) with the links
 * that join two copied units. A unit whose parent is not copied becomes top-level in the clip,
 * at its canvas position.
 */
export function copyUnits(doc: OrgDoc, ids: readonly string[]): Clip {
  const keep = new Set<string>();
  for (const id of ids) {
    if (!doc.units[id]) continue;
    keep.add(id);
    for (const d of descendantIds(doc, id)) keep.add(d);
  }
  const units = Object.values(doc.units)
    .filter((u) => keep.has(u.id))
    .map((u) => {
      if (!u.parent || keep.has(u.parent)) return u;
      // Cut loose from its container: keep where it stands on the canvas.
      const { parent: _p, ...rest } = u;
      return { ...rest, position: absolutePosition(doc, u.id) };
    });
  const links = Object.values(doc.links).filter((l) => keep.has(l.source) && keep.has(l.target));
  return { units, links };
}

/**
 * Pastes a clip with fresh ids, top-level units shifted by `offset` (or placed into `parent`).
 * Returns the ids of the new units.
 */
export function pasteClip(
  d: Draft<OrgDoc>,
  clip: Clip,
  offset: { x: number; y: number },
  parent?: string,
): string[] {
  const map = new Map<string, string>();
  for (const u of clip.units) {
    const id = freshId(d as OrgDoc, u.id);
    map.set(u.id, id);
    // Reserve the id at once so the next fresh id differs.
    d.units[id] = { ...u, id };
  }
  for (const u of clip.units) {
    const id = map.get(u.id)!;
    const top = !u.parent || !map.has(u.parent);
    const pos = u.position ?? { x: 0, y: 0 };
    const copy: Unit = {
      ...u,
      id,
      parent: top ? parent : map.get(u.parent!),
      position: top ? { x: pos.x + offset.x, y: pos.y + offset.y } : pos,
      provenance: { status: 'user' },
    };
    if (copy.parent === undefined) delete copy.parent;
    d.units[id] = copy;
  }
  for (const l of clip.links) {
    const source = map.get(l.source)!;
    const target = map.get(l.target)!;
    const id = freshId(d as OrgDoc, `${source}->${target}`);
    d.links[id] = { ...l, id, source, target, provenance: { status: 'user' } };
  }
  return [...map.values()];
}
