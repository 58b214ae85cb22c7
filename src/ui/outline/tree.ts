import { findKind, labelIn, LINK_KIND_DEFS, linkLabelIn, unitNameIn } from '../../model';
import type { Lang, Link, LinkKind, OrgDoc, Unit } from '../../model';
import { fixedT } from '../../i18n';
import { kindText, linkKindText } from '../../i18n';

/*
 * The Outline's tree, computed from the document: containers hold units, units hold their
 * outgoing links and then their incoming ones. Only the children of expanded items are computed,
 * so a 5,000-unit document costs one pass to index and then as many rows as the user has opened.
 */

export type OutlineItemType = 'container' | 'unit' | 'link';

/** One visible row of the tree, with what WAI-ARIA needs to describe it in a flat list. */
export interface OutlineRow {
  /**
   * Unique within the tree: a unit's id, `link:` and a link's id under its source, or `in:` and
   * the link's id under its target (a link shows under both ends once both are open).
   */
  key: string;
  type: OutlineItemType;
  /** A link row under the link's target, read from that end. */
  incoming?: true;
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
  /** Links by their target unit. */
  incoming: Map<string, Link[]>;
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
  idx = { children: new Map(), outgoing: new Map(), incoming: new Map() };
  for (const u of Object.values(doc.units)) {
    // A unit whose container is missing still shows, at the top level.
    push(idx.children, u.parent && doc.units[u.parent] ? u.parent : '', u);
  }
  for (const l of Object.values(doc.links)) {
    push(idx.outgoing, l.source, l);
    push(idx.incoming, l.target, l);
  }
  indexes.set(doc, idx);
  return idx;
}

export const linkKey = (id: string) => `link:${id}`;
export const incomingKey = (id: string) => `in:${id}`;

/** A unit's label in a language, or the id it is known by when it has none or is missing. */

/** ` (label)` when the link has a label in that language, else nothing. */
function labelSuffix(link: Link, lang: Lang): string {
  const label = linkLabelIn(link, lang);
  return label ? ` (${label})` : '';
}

/** The link kind as a verb phrase: the labels read as verbs except "Command". */
export function linkVerb(kind: LinkKind, lang: Lang = 'en'): string {
  if (kind === 'command') return fixedT(lang)('outline.commands');
  return linkKindText(LINK_KIND_DEFS[kind], 'label', lang).toLowerCase();
}

/** A link in words, as seen from its source: "reports to Head of Mission". */
export function linkWords(doc: OrgDoc, link: Link, lang: Lang = 'en'): string {
  const target = unitNameIn(doc, link.target, lang);
  return `${linkVerb(link.kind, lang)} ${target}${labelSuffix(link, lang)}`;
}

/** A link in words, as seen from its target: "← Reports to: from Joint Operations Centre". */
export function incomingWords(doc: OrgDoc, link: Link, lang: Lang = 'en'): string {
  const kind = linkKindText(LINK_KIND_DEFS[link.kind], 'label', lang);
  const source = unitNameIn(doc, link.source, lang);
  return fixedT(lang)('outline.incoming', { kind, source }) + labelSuffix(link, lang);
}

const isContainer = (u: Unit) => !!findKind(u.kind)?.container;

/** The rows on screen when the items whose keys are in `expanded` are open, in a language. */
export function visibleRows(
  doc: OrgDoc,
  expanded: ReadonlySet<string>,
  lang: Lang = 'en',
): OutlineRow[] {
  const idx = indexOf(doc);
  const rows: OutlineRow[] = [];
  const addUnits = (parent: string, level: number, parentKey?: string) => {
    const units = idx.children.get(parent) ?? [];
    units.forEach((u, i) => {
      const container = isContainer(u);
      const kind = findKind(u.kind);
      const count = container
        ? (idx.children.get(u.id)?.length ?? 0)
        : (idx.outgoing.get(u.id)?.length ?? 0) + (idx.incoming.get(u.id)?.length ?? 0);
      const open = count > 0 && expanded.has(u.id);
      rows.push({
        key: u.id,
        type: container ? 'container' : 'unit',
        id: u.id,
        level,
        parentKey,
        short: kind ? kindText(kind, 'short', lang) : u.kind,
        text: labelIn(u, lang),
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
  // Outgoing links first, then incoming ones: one set of siblings for WAI-ARIA.
  const addLinks = (unitId: string, level: number) => {
    const out = idx.outgoing.get(unitId) ?? [];
    const into = idx.incoming.get(unitId) ?? [];
    const setsize = out.length + into.length;
    const base = { type: 'link', level, parentKey: unitId, short: '', setsize } as const;
    const flat = { expandable: false, expanded: false };
    out.forEach((l, i) =>
      rows.push({
        ...base,
        ...flat,
        key: linkKey(l.id),
        id: l.id,
        text: linkWords(doc, l, lang),
        posinset: i + 1,
      }),
    );
    into.forEach((l, i) =>
      rows.push({
        ...base,
        ...flat,
        key: incomingKey(l.id),
        id: l.id,
        incoming: true,
        text: incomingWords(doc, l, lang),
        posinset: out.length + i + 1,
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
