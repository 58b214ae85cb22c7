import type { Draft } from 'immer';
import { findKind } from '../catalogue';
import { addLink, addUnit, resizeUnit } from '../commands';
import { canConnect } from '../connect';
import { freshId, levelOf } from '../doc';
import type { LinkKind } from '../link-kinds';
import { CONTAINER_HEADER, CONTAINER_PAD, UNIT_SIZE } from '../placement';
import type { OrgDoc, Unit } from '../schema';

const GAP_X = 24;
const GAP_Y = 40;

/** Reads a draft as a plain document (reading only). */
export function asDoc(d: Draft<OrgDoc>): OrgDoc {
  return d as unknown as OrgDoc;
}

/**
 * Adds a link drawn by the user if canConnect accepts it, with an id that clashes with nothing.
 * Returns the new link's id, or undefined when the link is not allowed.
 */
export function addLinkIfAllowed(
  d: Draft<OrgDoc>,
  source: string,
  target: string,
  kind: LinkKind,
): string | undefined {
  const doc = asDoc(d);
  if (!canConnect(doc, source, target, kind).ok) return undefined;
  const id = freshId(doc, `${source}->${target}`);
  addLink(d, { id, kind, source, target, provenance: { status: 'user' } });
  return id;
}

/** The mission headquarters container: the one holding the HOM, else the first; undefined if none. */
export function hqContainer(doc: OrgDoc): Unit | undefined {
  const hqs = Object.values(doc.units).filter((u) => u.kind === 'mission-hq');
  const hom = Object.values(doc.units).find((u) => u.kind === 'hom');
  return hqs.find((h) => hom?.parent === h.id) ?? hqs[0];
}

type Box = { x: number; y: number; width: number; height: number };

function boxOf(u: Unit): Box | undefined {
  if (!u.position) return undefined;
  const size = u.size ?? UNIT_SIZE;
  return { x: u.position.x, y: u.position.y, width: size.width, height: size.height };
}

function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/**
 * A free position among the units of a container (or the top level), next to the first anchor
 * unit found there, else beside units of the same level, else below everything.
 */
export function placeNear(
  doc: OrgDoc,
  parent: string | undefined,
  anchorKinds: readonly string[],
  level: string,
): { x: number; y: number } {
  const siblings = Object.values(doc.units).filter((u) => u.parent === parent && u.position);
  const boxes = siblings.map(boxOf).filter((b): b is Box => b !== undefined);
  const anchor =
    anchorKinds.map((k) => siblings.find((u) => u.kind === k)).find((u) => u !== undefined) ??
    siblings.find((u) => !findKind(u.kind)?.container && levelOf(u) === level);
  let cand: Box;
  if (anchor?.position) {
    cand = {
      x: anchor.position.x + (anchor.size ?? UNIT_SIZE).width + GAP_X,
      y: anchor.position.y,
      ...UNIT_SIZE,
    };
  } else if (boxes.length > 0) {
    cand = {
      x: Math.min(...boxes.map((b) => b.x)),
      y: Math.max(...boxes.map((b) => b.y + b.height)) + GAP_Y,
      ...UNIT_SIZE,
    };
  } else {
    cand = parent
      ? { x: CONTAINER_PAD, y: CONTAINER_HEADER + CONTAINER_PAD, ...UNIT_SIZE }
      : { x: 0, y: 0, ...UNIT_SIZE };
  }
  for (let i = 0; i < 10000 && boxes.some((b) => overlaps(cand, b)); i++)
    cand.x += UNIT_SIZE.width + GAP_X;
  return { x: cand.x, y: cand.y };
}

/**
 * Adds a unit of a catalogue kind at headquarters: inside the mission HQ container if there is
 * one, next to related units, marked as drawn by the user. Grows the container to hold it.
 * Returns the new unit's id.
 */
export function addHqUnit(
  d: Draft<OrgDoc>,
  kind: string,
  anchorKinds: readonly string[] = [],
): string {
  const doc = asDoc(d);
  const k = findKind(kind);
  const hq = hqContainer(doc);
  const id = freshId(doc, kind);
  const unit: Unit = {
    id,
    kind,
    label: k ? (k.short && k.short !== k.name ? `${k.name} (${k.short})` : k.name) : kind,
    provenance: { status: 'user' },
  };
  if (hq) unit.parent = hq.id;
  const anyPlaced = Object.values(doc.units).some((u) => u.position);
  if (anyPlaced) {
    const position = placeNear(doc, hq?.id, anchorKinds, k?.level ?? 'operational');
    unit.position = position;
    if (hq?.size) {
      const width = Math.max(hq.size.width, position.x + UNIT_SIZE.width + CONTAINER_PAD);
      const height = Math.max(hq.size.height, position.y + UNIT_SIZE.height + CONTAINER_PAD);
      if (width !== hq.size.width || height !== hq.size.height)
        resizeUnit(d, hq.id, { width, height });
    }
  }
  addUnit(d, unit);
  return id;
}
