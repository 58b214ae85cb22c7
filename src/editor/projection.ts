import type { Edge, Node } from '@xyflow/react';
import { MarkerType } from '@xyflow/react';
import {
  ancestors,
  findKind,
  labelIn,
  levelOf,
  LINK_KIND_DEFS,
  sizeOf,
  unitNameIn,
} from '../model';
import type { Lang, Link, OrgDoc, Unit, UnitKind } from '../model';
import { kindText, linkKindText } from '../i18n';
import type { Selection } from '../state';
import { linkColour } from './link-colour';

export type UnitNodeData = {
  unit: Unit;
  kind: UnitKind;
  level: string;
  findings?: { count: number; worst: 'error' | 'warning' | 'info' };
  /** Set by read-only views: how the unit differs in a comparison, and whether it is emphasised. */
  mark?: 'added' | 'removed' | 'changed' | 'repointed';
  spotlit?: boolean;
};
export type UnitFlowNode = Node<UnitNodeData, 'unit' | 'forum' | 'container'>;
export type LinkFlowEdge = Edge<
  { link: Link; mark?: 'added' | 'removed' | 'changed' | 'repointed' },
  'link'
>;

// One cached React Flow node per unit object (and selection flag, badge and language). Immer keeps
// untouched units identical, so React Flow sees the same node objects and skips them while one
// unit is dragged.
type Badge = { count: number; worst: 'error' | 'warning' | 'info' };
const nodeCache = new WeakMap<
  Unit,
  { selected: boolean; badge?: string; lang: Lang; node: UnitFlowNode }
>();
const edgeCache = new WeakMap<Link, { selected: boolean; aria: string; edge: LinkFlowEdge }>();

function toNode(unit: Unit, selected: boolean, badge: Badge | undefined, lang: Lang): UnitFlowNode {
  const badgeKey = badge ? `${badge.count}:${badge.worst}` : undefined;
  const hit = nodeCache.get(unit);
  if (hit && hit.selected === selected && hit.badge === badgeKey && hit.lang === lang)
    return hit.node;
  const kind = findKind(unit.kind)!;
  const size = sizeOf(unit);
  const type = kind.container ? 'container' : kind.forum ? 'forum' : 'unit';
  const node: UnitFlowNode = {
    id: unit.id,
    type,
    position: unit.position ?? { x: 0, y: 0 },
    data: { unit, kind, level: levelOf(unit), ...(badge ? { findings: { ...badge } } : {}) },
    width: size.width,
    height: size.height,
    selected,
    ...(unit.parent ? { parentId: unit.parent } : {}),
    ...(kind.container ? { dragHandle: '.container-node__header', zIndex: -1 } : {}),
    // Plain joins, not a translation call: this runs for every unit of a 5,000-unit chart.
    ariaLabel: `${kindText(kind, 'short', lang)}${lang === 'fr' ? ' : ' : ': '}${labelIn(unit, lang)}`,
  };
  nodeCache.set(unit, { selected, badge: badgeKey, lang, node });
  return node;
}

/** A unit's name in a link's description: its label in the language, or its id if it is gone. */

function toEdge(doc: OrgDoc, link: Link, selected: boolean, lang: Lang): LinkFlowEdge {
  const def = LINK_KIND_DEFS[link.kind];
  // "JOC reports to Head of Mission"; the language's words make a new description, so a
  // language change rebuilds the edge.
  const aria = `${unitNameIn(doc, link.source, lang)} ${linkKindText(def, 'label', lang).toLowerCase()} ${unitNameIn(doc, link.target, lang)}`;
  const hit = edgeCache.get(link);
  if (hit && hit.selected === selected && hit.aria === aria) return hit.edge;
  const edge: LinkFlowEdge = {
    id: link.id,
    type: 'link',
    source: link.source,
    target: link.target,
    data: { link },
    selected,
    ariaLabel: aria,
    ...(def.style.arrow
      ? {
          markerEnd: {
            type: MarkerType.ArrowClosed,
            color: linkColour(link.kind),
            width: 16,
            height: 16,
          },
        }
      : {}),
  };
  edgeCache.set(link, { selected, aria, edge });
  return edge;
}

/**
 * React Flow nodes and edges computed from the document; parents come before their children.
 * `lang` is the language of their accessible names (the components say the rest themselves).
 */
export function docToFlow(
  doc: OrgDoc,
  selection: Selection,
  badges?: ReadonlyMap<string, Badge>,
  lang: Lang = 'en',
): { nodes: UnitFlowNode[]; edges: LinkFlowEdge[] } {
  const selU = new Set(selection.units);
  const selL = new Set(selection.links);
  const units = Object.values(doc.units);
  const depth = new Map(units.map((u) => [u.id, u.parent ? ancestors(doc, u.id).length : 0]));
  const ordered = units.some((u) => u.parent)
    ? units.slice().sort((a, b) => (depth.get(a.id) ?? 0) - (depth.get(b.id) ?? 0))
    : units;
  return {
    nodes: ordered.map((u) => toNode(u, selU.has(u.id), badges?.get(u.id), lang)),
    edges: Object.values(doc.links).map((l) => toEdge(doc, l, selL.has(l.id), lang)),
  };
}
