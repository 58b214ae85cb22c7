import { z } from 'zod';

/** Every kind of line the organogram can draw (domain reference §9.3). */
export const LINK_KINDS = [
  'reports-to',
  'command',
  'tasks',
  'coordinates-with',
  'advises',
  'liaises-with',
  'chairs',
  'co-chairs',
  'member-of',
  'observer-of',
  'secretariat-of',
  'escalates-to',
  'feeds',
] as const;
export const LinkKindSchema = z.enum(LINK_KINDS);
export type LinkKind = z.infer<typeof LinkKindSchema>;

/** How a link kind is drawn; the canvas, the legend and the SVG export all read this. */
export interface LineStyle {
  stroke: 'solid' | 'dotted' | 'dashed';
  width: number;
  color: string;
  /** Arrow head at the target end. */
  arrow: boolean;
  /** Short text drawn on the line, for the forum-participation connectors. */
  badge?: string;
}

/** The SVG dash pattern of each stroke (undefined for a solid line), for canvas, legend and exports. */
export const DASH_ARRAYS: Record<LineStyle['stroke'], string | undefined> = {
  solid: undefined,
  dotted: '1 5',
  dashed: '8 5',
};

/** A link kind: its meaning and its drawing. */
export interface LinkKindDef {
  id: LinkKind;
  label: string;
  /** What the line means, read as "source … target". */
  meaning: string;
  style: LineStyle;
  /** Whether the line decides the hierarchy in auto-layout ("a dotted line does not change the tree"). */
  hierarchical: boolean;
  /** For hierarchical kinds: which end sits higher in the chart. */
  superior?: 'source' | 'target';
  /** Forum participation (chair, member, observer, secretariat). */
  participation: boolean;
}

const INK = '#1f2937';
const GREY = '#8a94a6';

const defs: LinkKindDef[] = [
  {
    id: 'reports-to',
    label: 'Reports to',
    meaning: 'Civilian reporting line: the source answers to the target.',
    style: { stroke: 'solid', width: 2, color: INK, arrow: true },
    hierarchical: true,
    superior: 'target',
    participation: false,
  },
  {
    id: 'command',
    label: 'Command',
    meaning: 'Military or police command and control: the source commands the target.',
    style: { stroke: 'solid', width: 3.5, color: '#1e3a5f', arrow: true },
    hierarchical: true,
    superior: 'source',
    participation: false,
  },
  {
    id: 'tasks',
    label: 'Tasks',
    meaning: 'Tasking authority: the source can task the target (e.g. a JOTC tasking assets).',
    style: { stroke: 'solid', width: 2, color: '#7c2d12', arrow: true, badge: 'tasks' },
    hierarchical: false,
    participation: false,
  },
  {
    id: 'coordinates-with',
    label: 'Coordinates with',
    meaning: 'Coordination between peers, with no authority either way.',
    style: { stroke: 'dotted', width: 2, color: INK, arrow: false },
    hierarchical: false,
    participation: false,
  },
  {
    id: 'advises',
    label: 'Advises',
    meaning: 'Advice without authority: the source advises the target.',
    style: { stroke: 'dotted', width: 2, color: INK, arrow: true },
    hierarchical: false,
    participation: false,
  },
  {
    id: 'liaises-with',
    label: 'Liaises with',
    meaning: 'Relations with a non-mission or non-UN actor.',
    style: { stroke: 'dotted', width: 2, color: GREY, arrow: false },
    hierarchical: false,
    participation: false,
  },
  {
    id: 'chairs',
    label: 'Chairs',
    meaning: 'The source chairs the target forum.',
    style: { stroke: 'solid', width: 1.5, color: '#4338ca', arrow: false, badge: 'chair' },
    hierarchical: false,
    participation: true,
  },
  {
    id: 'co-chairs',
    label: 'Co-chairs',
    meaning: 'The source co-chairs the target forum.',
    style: { stroke: 'solid', width: 1.5, color: '#4338ca', arrow: false, badge: 'co-chair' },
    hierarchical: false,
    participation: true,
  },
  {
    id: 'member-of',
    label: 'Member of',
    meaning: 'The source is a standing member of the target forum.',
    style: { stroke: 'solid', width: 1, color: '#6366f1', arrow: false, badge: 'member' },
    hierarchical: false,
    participation: true,
  },
  {
    id: 'observer-of',
    label: 'Observer of',
    meaning: 'The source attends the target forum as an observer or invitee.',
    style: { stroke: 'dashed', width: 1, color: '#6366f1', arrow: false, badge: 'observer' },
    hierarchical: false,
    participation: true,
  },
  {
    id: 'secretariat-of',
    label: 'Secretariat of',
    meaning: 'The source runs the secretariat of the target forum (agenda, minutes, action log).',
    style: { stroke: 'solid', width: 1.5, color: '#0f766e', arrow: false, badge: 'secretariat' },
    hierarchical: false,
    participation: true,
  },
  {
    id: 'escalates-to',
    label: 'Escalates to',
    meaning: 'Forum hierarchy: the source forum refers issues up to the target.',
    style: { stroke: 'dashed', width: 2, color: '#b45309', arrow: true },
    hierarchical: true,
    superior: 'target',
    participation: false,
  },
  {
    id: 'feeds',
    label: 'Feeds',
    meaning: 'Information flow (alerts, analysis, requests) from the source to the target.',
    style: { stroke: 'solid', width: 1.5, color: '#0369a1', arrow: true, badge: 'i' },
    hierarchical: false,
    participation: false,
  },
];

/** Link kinds by id. */
export const LINK_KIND_DEFS: Record<LinkKind, LinkKindDef> = Object.fromEntries(
  defs.map((d) => [d.id, d]),
) as Record<LinkKind, LinkKindDef>;

/** The definition of a link kind. */
export function linkKindDef(kind: LinkKind): LinkKindDef {
  return LINK_KIND_DEFS[kind];
}
