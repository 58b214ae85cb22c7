import { findKind } from './catalogue';
import type { UnitKind } from './catalogue';
import { levelOf } from './doc';
import { LINK_KINDS } from './link-kinds';
import type { LinkKind } from './link-kinds';
import type { Link, OrgDoc, Unit } from './schema';
import { refusal } from './connect-reasons';
import type { ConnectCode, ConnectPart, ConnectRefusal, ConnectValues } from './connect-reasons';
import { LEVELS } from './vocabulary';

/** Links grouped for fast look-ups; build one with `indexLinks` when checking many links at once. */
export interface LinkIndex {
  byEnds: Map<string, Link[]>;
  byTargetKind: Map<string, Link[]>;
}

const endsKey = (kind: string, s: string, t: string) => `${kind}\u0000${s}\u0000${t}`;
const targetKey = (kind: string, t: string) => `${kind}\u0000${t}`;

function push<K, V>(m: Map<K, V[]>, k: K, v: V) {
  const a = m.get(k);
  if (a) a.push(v);
  else m.set(k, [v]);
}

/** Indexes a document's links so canConnect answers in constant time (file checks, generators). */
export function indexLinks(doc: OrgDoc): LinkIndex {
  const idx: LinkIndex = { byEnds: new Map(), byTargetKind: new Map() };
  for (const l of Object.values(doc.links)) addToIndex(idx, l);
  return idx;
}

/** Adds one link to an index (for callers that add links as they go). */
export function addToIndex(idx: LinkIndex, l: Link): void {
  push(idx.byEnds, endsKey(l.kind, l.source, l.target), l);
  push(idx.byTargetKind, targetKey(l.kind, l.target), l);
}

function linksBetween(doc: OrgDoc, kind: LinkKind, s: string, t: string, idx?: LinkIndex): Link[] {
  if (idx) return idx.byEnds.get(endsKey(kind, s, t)) ?? [];
  return Object.values(doc.links).filter(
    (l) => l.kind === kind && l.source === s && l.target === t,
  );
}

function linksInto(doc: OrgDoc, kind: LinkKind, t: string, idx?: LinkIndex): Link[] {
  if (idx) return idx.byTargetKind.get(targetKey(kind, t)) ?? [];
  return Object.values(doc.links).filter((l) => l.kind === kind && l.target === t);
}

/**
 * The answer of canConnect: yes, or no with a reason a planner can read (in English), and the
 * code and parts the interface uses to say it in another language.
 */
export type ConnectVerdict = { ok: true } | ({ ok: false } & ConnectRefusal);

const yes: ConnectVerdict = { ok: true };
const no = (code: ConnectCode, values?: ConnectValues): ConnectVerdict => ({
  ok: false,
  ...refusal(code, values),
});
const unitPart = (u: Unit): ConnectPart => ({ unit: { label: u.label, labelFr: u.labelFr } });
const kindPart = (k: UnitKind, field: 'name' | 'short'): ConnectPart => ({ kind: k.id, field });

const PARTICIPATION: LinkKind[] = [
  'chairs',
  'co-chairs',
  'member-of',
  'observer-of',
  'secretariat-of',
];
const INTERNAL_ONLY: LinkKind[] = ['coordinates-with', 'advises'];

/**
 * Whether a link of `kind` from `source` to `target` may be drawn, and if not, why.
 * The same rules govern drawing on the canvas and checking a file.
 * @example canConnect(doc, 'joc', 'poc-wg', 'member-of') // { ok: true }
 */
export function canConnect(
  doc: OrgDoc,
  sourceId: string,
  targetId: string,
  kind: LinkKind,
  ignoreLinkId?: string,
  idx?: LinkIndex,
): ConnectVerdict {
  const s = doc.units[sourceId];
  const t = doc.units[targetId];
  if (!s || !t) return no('missingEnd');
  if (sourceId === targetId) return no('self');
  const sk = findKind(s.kind);
  const tk = findKind(t.kind);
  if (!sk || !tk) return no('unknownKind');
  if (sk.container || tk.container)
    return no('container', { kind: kindPart(sk.container ? sk : tk, 'name') });
  const symmetric = kind === 'coordinates-with' || kind === 'liaises-with';
  const dup = [
    ...linksBetween(doc, kind, sourceId, targetId, idx),
    ...(symmetric ? linksBetween(doc, kind, targetId, sourceId, idx) : []),
  ].find((l) => l.id !== ignoreLinkId);
  if (dup)
    return no('duplicate', { source: unitPart(s), link: { link: kind }, target: unitPart(t) });
  return kindRule(doc, sourceId, targetId, kind, sk, tk, ignoreLinkId, idx);
}

function kindRule(
  doc: OrgDoc,
  sourceId: string,
  targetId: string,
  kind: LinkKind,
  sk: UnitKind,
  tk: UnitKind,
  ignoreLinkId?: string,
  idx?: LinkIndex,
): ConnectVerdict {
  const sExt = sk.location === 'external';
  const tExt = tk.location === 'external';
  if (PARTICIPATION.includes(kind)) {
    const teamOk = (kind === 'member-of' || kind === 'observer-of') && tk.team;
    if (!tk.forum && !teamOk)
      return no(
        kind === 'member-of' || kind === 'observer-of' ? 'membershipTeams' : 'membershipForums',
        { target: kindPart(tk, 'name') },
      );
    if ((kind === 'chairs' || kind === 'secretariat-of') && sExt)
      return no(kind === 'chairs' ? 'externalChairs' : 'externalSecretariat', {
        source: kindPart(sk, 'name'),
      });
    if (kind === 'chairs' && sk.forum) return no('forumChairs');
    if (kind === 'chairs') {
      const other = linksInto(doc, 'chairs', targetId, idx).find((l) => l.id !== ignoreLinkId);
      if (other) return no('hasChair', { target: kindPart(tk, 'short') });
    }
    return yes;
  }
  switch (kind) {
    case 'command':
      if (!sk.uniformed) return no('commandCivilian', { source: kindPart(sk, 'name') });
      if (!tk.uniformed) return no('commandTarget', { target: kindPart(tk, 'name') });
      if (sk.category !== tk.category) return no('commandChains');
      if (
        LEVELS.indexOf(levelOf(doc.units[sourceId]!)) >
        LEVELS.indexOf(levelOf(doc.units[targetId]!))
      )
        return no('commandUpward', {
          source: kindPart(sk, 'short'),
          target: kindPart(tk, 'short'),
        });
      if (linksInto(doc, 'command', targetId, idx).some((l) => l.id !== ignoreLinkId))
        return no('hasCommander', { target: kindPart(tk, 'short') });
      return yes;
    case 'tasks':
      if (sExt) return no('externalTasks', { source: kindPart(sk, 'name') });
      if (tk.humanitarian) return no('tasksHumanitarian', { target: kindPart(tk, 'name') });
      if (tExt && tk.id !== 'foreign-forces')
        return no('tasksExternal', { target: kindPart(tk, 'name') });
      return yes;
    case 'reports-to':
      if (sExt && !tExt) return no('externalReports', { source: kindPart(sk, 'name') });
      if (tExt && tk.id !== 'un-hq' && !sExt)
        return no('reportsExternal', { target: kindPart(tk, 'name') });
      if (sk.forum && !tk.forum && tk.category !== 'leadership') return no('forumReports');
      return yes;
    case 'escalates-to':
      if (!sk.forum) return no('escalatesNotForum', { source: kindPart(sk, 'name') });
      if (!tk.forum && tk.category !== 'leadership') return no('escalatesTarget');
      return yes;
    case 'liaises-with':
      if (!sExt && !tExt) return no('liaisesInternal');
      return yes;
    default:
      if (INTERNAL_ONLY.includes(kind) && (sExt || tExt))
        return no('internalOnly', { kind: kindPart(sExt ? sk : tk, 'name') });
      return yes;
  }
}

/**
 * The link kind a new connection gets when drawn from `source` to `target`:
 * to a forum, member-of; to a leadership post, reports-to; between sections, coordinates-with.
 * Falls back to the first kind canConnect allows, or undefined if none is.
 */
export function defaultLinkKind(
  doc: OrgDoc,
  sourceId: string,
  targetId: string,
): LinkKind | undefined {
  const sk = findKind(doc.units[sourceId]?.kind ?? '');
  const tk = findKind(doc.units[targetId]?.kind ?? '');
  if (!sk || !tk) return undefined;
  const prefs: LinkKind[] = [];
  if (tk.forum) prefs.push(sk.forum ? 'escalates-to' : 'member-of', 'observer-of');
  if (sk.location === 'external' || tk.location === 'external') prefs.push('liaises-with', 'feeds');
  if (sk.uniformed && tk.uniformed) prefs.push('command', 'reports-to');
  if (tk.category === 'leadership' || (tk.uniformed && tk.level === 'strategic') || tk.id === 'dms')
    prefs.push('reports-to');
  if (sk.category === 'field') prefs.push('feeds');
  prefs.push('coordinates-with', ...LINK_KINDS);
  return prefs.find((k) => canConnect(doc, sourceId, targetId, k).ok);
}

/**
 * The first link touching the given units that the document no longer allows, with the reason:
 * a unit's new kind or level can turn a valid link invalid (a command line that would run upward,
 * a forum that would chair a forum). Edits check this before they are made, so every document
 * the editor holds still opens as a file.
 */
export function brokenLink(
  doc: OrgDoc,
  unitIds: readonly string[],
): ({ linkId: string } & ConnectRefusal) | undefined {
  const ids = new Set(unitIds);
  for (const l of Object.values(doc.links)) {
    if (!ids.has(l.source) && !ids.has(l.target)) continue;
    const v = canConnect(doc, l.source, l.target, l.kind, l.id);
    if (!v.ok) return { linkId: l.id, reason: v.reason, code: v.code, values: v.values };
  }
  return undefined;
}

export { CONNECT_REASONS, ENGLISH_CONNECT_WORDS, fillConnectReason } from './connect-reasons';
export type {
  ConnectCode,
  ConnectPart,
  ConnectRefusal,
  ConnectValues,
  ConnectWords,
} from './connect-reasons';
