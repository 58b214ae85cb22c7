import { findKind, LINK_KIND_DEFS } from '../../model';
import type { Link, LinkKind, OrgDoc, Unit } from '../../model';

/*
 * The Outline's tree, computed from the document: containers hold units, units hold their
 * outgoing links. Only the children of expanded items are computed, so a 5,000-unit document
 * costs one pass to index and then as many rows as the user has opened.
 */

export type OutlineItemType = 'container' | 'unit' | 'link';

/** One visible row of the tree, with what WAI-ARIA needs to describe it in a flat list. */
export interface OutlineRow {
  /** Unique within the tree: a unit's id, or `link:` and a link's id (the two may coincide). */
  key: string;
  type: OutlineItemType;
  /** The unit's or the link's id in the document. */
  id: string;
  /** 1 for top-level items (aria-level). */
  level: number;
  parentKey?: string;
  /** The unit kind's short label; empty for links. */
  short: string;
  text: string;
  expandable: boolean;
  expanded: boolean;
  posinset: number;
  setsize: number;
}

interface OutlineIndex {
  /** Units by their container's id; top-level units under the empty string. */
  children: Map<string, Unit[]>;
  /** Links by their source unit. */
  outgoing: Map<string, Link[]>;
}

const indexes = new WeakMap<OrgDoc, OutlineIndex>();

function push<V>(m: Map<string, V[]>, k: string, v: V) {
  const a = m.get(k);
  if (a) a.push(v);
  else m.set(k, [v]);
}

/** Children and links grouped once per document object (immer gives each edit a new one). */
function indexOf(doc: OrgDoc): OutlineIndex {
  let idx = indexes.get(doc);
  if (idx) return idx;
  idx = { children: new Map(), outgoing: new Map() };
  for (const u of Object.values(doc.units)) {
    // A unit whose container is missing still shows, at the top level.
    push(idx.children, u.parent && doc.units[u.parent] ? u.parent : '', u);
  }
  for (const l of Object.values(doc.links)) push(idx.outgoing, l.source, l);
  indexes.set(doc, idx);
  return idx;
}

export const linkKey = (id: string) => `link:${id}`;

/** The link kind as a verb phrase: the labels read as verbs except "Command". */
export function linkVerb(kind: LinkKind): string {
  return kind === 'command' ? 'commands' : LINK_KIND_DEFS[kind].label.toLowerCase();
}

/** A link in words, as seen from its source: "reports to Head of Mission". */
export function linkWords(doc: OrgDoc, link: Link): string {
  const target = doc.units[link.target]?.label || link.target;
  return `${linkVerb(link.kind)} ${target}${link.label ? ` (${link.label})` : ''}`;
}

const isContainer = (u: Unit) => !!findKind(u.kind)?.container;

/** The rows on screen when the items whose keys are in `expanded` are open. */
export function visibleRows(doc: OrgDoc, expanded: ReadonlySet<string>): OutlineRow[] {
  const idx = indexOf(doc);
  const rows: OutlineRow[] = [];
  const addUnits = (parent: string, level: number, parentKey?: string) => {
    const units = idx.children.get(parent) ?? [];
    units.forEach((u, i) => {
      const container = isContainer(u);
      const count = container
        ? (idx.children.get(u.id)?.length ?? 0)
        : (idx.outgoing.get(u.id)?.length ?? 0);
      const open = count > 0 && expanded.has(u.id);
      rows.push({
        key: u.id,
        type: container ? 'container' : 'unit',
        id: u.id,
        level,
        parentKey,
        short: findKind(u.kind)?.short ?? u.kind,
        text: u.label,
        expandable: count > 0,
        expanded: open,
        posinset: i + 1,
        setsize: units.length,
      });
      if (!open) return;
      if (container) addUnits(u.id, level + 1, u.id);
      else addLinks(u.id, level + 1);
    });
  };
  const addLinks = (unitId: string, level: number) => {
    const links = idx.outgoing.get(unitId) ?? [];
    links.forEach((l, i) =>
      rows.push({
        key: linkKey(l.id),
        type: 'link',
        id: l.id,
        level,
        parentKey: unitId,
        short: '',
        text: linkWords(doc, l),
        expandable: false,
        expanded: false,
        posinset: i + 1,
        setsize: links.length,
      }),
    );
  };
  addUnits('', 1);
  return rows;
}

/** The keys to open so that a unit (or a link, under its source) is on screen. */
export function revealKeys(doc: OrgDoc, selection: { units: string[]; links: string[] }): string[] {
  const unitId = selection.units[0] ?? doc.links[selection.links[0] ?? '']?.source;
  if (!unitId || !doc.units[unitId]) return [];
  const keys: string[] = selection.units.length ? [] : [unitId];
  const seen = new Set<string>();
  for (
    let p = doc.units[unitId]!.parent;
    p && doc.units[p] && !seen.has(p);
    p = doc.units[p]!.parent
  ) {
    seen.add(p);
    keys.push(p);
  }
  return keys;
}

/** The key of the first selected item, which the outline marks and scrolls to. */
export function selectedKey(selection: { units: string[]; links: string[] }): string | undefined {
  if (selection.units[0]) return selection.units[0];
  return selection.links[0] ? linkKey(selection.links[0]) : undefined;
}

/** Above this many units the outline opens collapsed: the user opens what they need. */
export const OPEN_LIMIT = 300;

/** What opens with the outline: top-level containers, for documents of an ordinary size. */
export function defaultExpanded(doc: OrgDoc): Set<string> {
  const units = Object.values(doc.units);
  if (units.length > OPEN_LIMIT) return new Set();
  return new Set(units.filter((u) => !u.parent && isContainer(u)).map((u) => u.id));
}
