import { original } from 'immer';
import type { Draft } from 'immer';
import { ancestors, descendantIds, isContainer } from './doc';
import type { Lang } from './lang';
import type { LinkKind } from './link-kinds';
import { MoveRefusal } from './move-refusal';
import type { Answer, Authority, ForumTor, Link, OrgDoc, Unit } from './schema';
import { pruneHighlights } from './step-commands';

// Presentation-step edits live in their own file; re-exported so `commands.*` holds every edit.
export { addStep, moveStep, removeStep, updateStep } from './step-commands';
export type { StepPatch } from './step-commands';

/**
 * Document edits, written as immer recipes: `produce(doc, (d) => addUnit(d, unit))`.
 * Each recipe touches only the units and links it changes, so every other object keeps its
 * identity and the canvas does no work for it.
 */
export type Recipe<A extends unknown[]> = (draft: Draft<OrgDoc>, ...args: A) => void;

type Point = { x: number; y: number };

/** Adds a unit (its id must be fresh). */
export function addUnit(d: Draft<OrgDoc>, unit: Unit): void {
  if (d.units[unit.id]) throw new Error(`Unit "${unit.id}" already exists`);
  d.units[unit.id] = unit;
}

/**
 * Removes units, everything inside them, every link that touches them, and their ids from every
 * presentation step's highlight (so the document still passes integrity).
 */
export function removeUnits(d: Draft<OrgDoc>, ids: readonly string[]): void {
  const doomed = new Set<string>();
  for (const id of ids) {
    if (!d.units[id]) continue;
    doomed.add(id);
    for (const c of descendantIds(d as OrgDoc, id)) doomed.add(c);
  }
  for (const id of doomed) delete d.units[id];
  for (const l of Object.values(d.links)) {
    if (doomed.has(l.source) || doomed.has(l.target)) delete d.links[l.id];
  }
  pruneHighlights(d, doomed);
}

/** Changes the plain fields of a unit (label, notes, level, flags…). */
export function updateUnit(
  d: Draft<OrgDoc>,
  id: string,
  patch: Partial<Omit<Unit, 'id' | 'parent' | 'tor' | 'authority'>>,
): void {
  const u = d.units[id];
  if (!u) return;
  for (const [key, value] of Object.entries(patch) as [keyof Unit, unknown][]) {
    if (value === undefined) delete (u as Record<string, unknown>)[key];
    else (u as Record<string, unknown>)[key] = value;
  }
}

/** Sets units' positions; units whose position is unchanged are left alone. */
export function moveUnits(
  d: Draft<OrgDoc>,
  moves: readonly { id: string; position: Point }[],
): void {
  const moved: string[] = [];
  for (const { id, position } of moves) {
    const u = d.units[id];
    if (!u) continue;
    if (u.position && u.position.x === position.x && u.position.y === position.y) continue;
    u.position = { x: position.x, y: position.y };
    moved.push(id);
  }
  dropRoutes(d, moved);
}

/**
 * Forgets the auto-layout routes of links that touch the given units or anything inside them:
 * once an end has moved, the route no longer fits and the link is drawn as a smooth step.
 * Links without a route are not touched, so they keep their identity.
 */
export function dropRoutes(d: Draft<OrgDoc>, unitIds: readonly string[]): void {
  if (unitIds.length === 0) return;
  // Scan the base links, not the draft: reading every draft link would make a proxy for each,
  // which on a drag frame of a 10,000-link document costs more than the frame.
  const base = (original(d.links) ?? d.links) as OrgDoc['links'];
  const routed = Object.values(base).filter((l) => l.route);
  if (routed.length === 0) return;
  const affected = new Set<string>();
  for (const id of unitIds) {
    affected.add(id);
    for (const c of descendantIds(d as OrgDoc, id)) affected.add(c);
  }
  for (const l of routed) {
    if (affected.has(l.source) || affected.has(l.target)) delete d.links[l.id]!.route;
  }
}

/**
 * Applies an auto-layout result as one edit: new positions and container sizes, and the routes
 * of the links that were laid out (`laidOut`); those without a new route lose their old one.
 */
export function applyLayout(
  d: Draft<OrgDoc>,
  moves: readonly { id: string; position: Point; size?: { width: number; height: number } }[],
  routes: Record<string, readonly Point[]>,
  laidOut: readonly string[],
): void {
  for (const m of moves) {
    const u = d.units[m.id];
    if (!u) continue;
    if (!u.position || u.position.x !== m.position.x || u.position.y !== m.position.y)
      u.position = { x: m.position.x, y: m.position.y };
    if (m.size && (!u.size || u.size.width !== m.size.width || u.size.height !== m.size.height))
      u.size = { width: m.size.width, height: m.size.height };
  }
  for (const id of laidOut) {
    const l = d.links[id];
    if (!l) continue;
    const r = routes[id];
    if (r && r.length >= 2) l.route = r.map((p) => ({ x: Math.round(p.x), y: Math.round(p.y) }));
    else if (l.route) delete l.route;
  }
}

/** Sets a container's drawn size; the same size again is a no-op. */
export function resizeUnit(
  d: Draft<OrgDoc>,
  id: string,
  size: { width: number; height: number },
): void {
  const u = d.units[id];
  if (!u || (u.size && u.size.width === size.width && u.size.height === size.height)) return;
  u.size = { width: size.width, height: size.height };
}

/**
 * Moves a unit into a container (or to the top level with `undefined`), at a position relative to
 * its new parent. Refuses (with a MoveRefusal) a non-container parent and a move into the unit's
 * own descendants.
 */
export function reparent(
  d: Draft<OrgDoc>,
  id: string,
  parent: string | undefined,
  position?: Point,
): void {
  const u = d.units[id];
  if (!u) return;
  if (parent !== undefined) {
    const p = d.units[parent];
    if (!p || !isContainer(p as Unit)) throw new MoveRefusal('notContainer', { parent });
    if (parent === id || ancestors(d as OrgDoc, parent).some((a) => a.id === id))
      throw new MoveRefusal('insideItself');
    u.parent = parent;
  } else {
    delete u.parent;
  }
  if (position) u.position = { x: position.x, y: position.y };
}

/** Adds a link (check canConnect first; this does not). */
export function addLink(d: Draft<OrgDoc>, link: Link): void {
  if (d.links[link.id]) throw new Error(`Link "${link.id}" already exists`);
  d.links[link.id] = link;
}

/** Removes links by id. */
export function removeLinks(d: Draft<OrgDoc>, ids: readonly string[]): void {
  for (const id of ids) delete d.links[id];
}

/** Changes a link's kind. */
export function rekindLink(d: Draft<OrgDoc>, id: string, kind: LinkKind): void {
  const l = d.links[id];
  if (l && l.kind !== kind) l.kind = kind;
}

/** Moves one or both ends of a link to other units. */
export function repointLink(
  d: Draft<OrgDoc>,
  id: string,
  ends: { source?: string; target?: string },
): void {
  const l = d.links[id];
  if (!l) return;
  if (ends.source && ends.source !== l.source) l.source = ends.source;
  if (ends.target && ends.target !== l.target) l.target = ends.target;
}

/** Sets or clears a link's label. */
export function setLinkLabel(
  d: Draft<OrgDoc>,
  id: string,
  label: string | undefined,
  lang: Lang = 'en',
): void {
  const l = d.links[id];
  if (!l) return;
  // The French label is a twin of the English one, used when the app or an export is in French.
  const field = lang === 'fr' ? 'labelFr' : 'label';
  if (label) l[field] = label;
  else delete l[field];
}

/** Merges terms-of-reference fields into a forum; undefined clears a field. */
export function setTor(d: Draft<OrgDoc>, id: string, patch: Partial<ForumTor>): void {
  const u = d.units[id];
  if (!u) return;
  u.tor = mergeDefined({ ...(u.tor ?? {}) }, patch);
}

/** Merges coordinator authority fields into a unit; undefined clears a field. */
export function setAuthority(d: Draft<OrgDoc>, id: string, patch: Partial<Authority>): void {
  const u = d.units[id];
  if (!u) return;
  u.authority = mergeDefined({ ...(u.authority ?? {}) }, patch);
}

/** Records (or clears, with undefined) the answer to a manual checklist question. */
export function setAnswer(d: Draft<OrgDoc>, questionId: string, answer: Answer | undefined): void {
  if (answer) d.answers[questionId] = answer;
  else delete d.answers[questionId];
}

/** Changes the document's title, description or metadata. */
export function setDocInfo(
  d: Draft<OrgDoc>,
  info: {
    title?: string;
    description?: string;
    titleFr?: string;
    descriptionFr?: string;
    classification?: string;
    author?: string;
  },
): void {
  if (info.title !== undefined) d.title = info.title;
  if (info.description !== undefined) d.description = info.description;
  if (info.titleFr) d.titleFr = info.titleFr;
  else if (info.titleFr !== undefined) delete d.titleFr;
  if (info.descriptionFr) d.descriptionFr = info.descriptionFr;
  else if (info.descriptionFr !== undefined) delete d.descriptionFr;
  // Empty text clears a field by deleting it (never storing undefined): a no-op when absent.
  if (info.classification) d.meta.classification = info.classification;
  else if (info.classification !== undefined) delete d.meta.classification;
  if (info.author) d.meta.author = info.author;
  else if (info.author !== undefined) delete d.meta.author;
}

function mergeDefined<T extends object>(base: T, patch: Partial<T>): T {
  for (const [k, v] of Object.entries(patch)) {
    if (v === undefined) delete (base as Record<string, unknown>)[k];
    else (base as Record<string, unknown>)[k] = v;
  }
  return base;
}
