/**
 * Terms of reference of the forums, built from each forum's own fields and from the links that
 * join it to the rest of the structure. Pure; runs in Node.
 */
import {
  ancestors,
  findKind,
  FREQUENCY_WORDS,
  FUNCTION_WORDS,
  isForum,
  LEVEL_WORDS,
  levelOf,
  locationOf,
  OUTPUT_WORDS,
} from '../model';
import type { ForumTor, Link, LinkKind, OrgDoc, Unit } from '../model';
import { escapeMarkdown } from './markdown';
import type { TextBlock } from './markdown';
import { formatDate } from './svg';
import { cleanText } from './text';

export const TBD = 'to be determined';

/** One entry of a ToR field. */
export interface TorItem {
  text: string;
  /** Reconstructed from related guidance (the link's or the forum's provenance says so). */
  derived: boolean;
  /** Read from the organogram's links rather than from the forum's own fields. */
  fromLinks: boolean;
}

/** The fields of a forum's terms of reference; an empty list reads "to be determined". */
export interface ForumToR {
  id: string;
  name: string;
  acronym: string;
  kindName: string;
  level: string;
  location: string;
  purpose: TorItem[];
  functions: TorItem[];
  chair: TorItem[];
  coChairs: TorItem[];
  secretariat: TorItem[];
  members: TorItem[];
  observers: TorItem[];
  frequency: TorItem[];
  crisisConvening: TorItem[];
  quorum: TorItem[];
  inputs: TorItem[];
  outputs: TorItem[];
  tasks: TorItem[];
  reportsTo: TorItem[];
  escalatesTo: TorItem[];
  receivesEscalationsFrom: TorItem[];
  decisionRights: TorItem[];
  decisionAreas: TorItem[];
  humanitarianParticipation: TorItem[];
  infoSharing: TorItem[];
  endorsement: TorItem[];
  provenance: string;
}

// Plain words for the enums; the shared ones (functions, outputs, frequency, level) are the model's.
const DECISION_WORDS: Record<NonNullable<ForumTor['decisionRights']>, string> = {
  advisory: 'Advisory: recommends, does not decide',
  decision: 'Takes decisions',
  tasking: 'Tasks units',
};
const HUMANITARIAN_WORDS: Record<NonNullable<ForumTor['humanitarianParticipation']>, string> = {
  none: 'None',
  observer: 'Humanitarian actors attend as observers',
  member: 'Humanitarian actors are members',
};
const LOCATION_WORDS: Record<string, string> = {
  hq: 'Mission headquarters',
  field: 'Field',
  external: 'Outside the mission',
};

const item = (text: string, derived: boolean, fromLinks = false): TorItem => ({
  text: cleanText(text),
  derived,
  fromLinks,
});

/** The name of a unit as the ToR shows it: its label, else its kind's short label. */
function nameOf(u: Unit | undefined, fallback: string): string {
  if (!u) return fallback;
  return cleanText(u.label) || cleanText(findKind(u.kind)?.short) || u.id;
}

/** The terms of reference of one forum. */
export function forumToR(doc: OrgDoc, forumId: string): ForumToR {
  const f = doc.units[forumId];
  if (!f) throw new Error(`No unit "${forumId}" in the document`);
  const k = findKind(f.kind);
  const tor: ForumTor = f.tor ?? {};
  const own = f.provenance?.status === 'reconstructed';
  const links = Object.values(doc.links);
  const derivedLink = (l: Link) => l.provenance?.status === 'reconstructed';
  const incoming = (kind: LinkKind) =>
    links
      .filter((l) => l.kind === kind && l.target === forumId)
      .map((l) => item(nameOf(doc.units[l.source], l.source), derivedLink(l), true));
  const outgoing = (kind: LinkKind) =>
    links
      .filter((l) => l.kind === kind && l.source === forumId)
      .map((l) => item(nameOf(doc.units[l.target], l.target), derivedLink(l), true));
  const fromTor = (v: string | undefined) => (v && cleanText(v) ? [item(v, own)] : []);

  const container = ancestors(doc, forumId)[0];
  const location = container
    ? nameOf(container, container.id)
    : (LOCATION_WORDS[locationOf(doc, f)] ?? TBD);

  const chair = incoming('chairs');
  if (chair.length === 0 && tor.chairUnknown) chair.push(item('Not known from the sources', own));

  const inputs = (tor.inputs ?? []).filter((s) => cleanText(s)).map((s) => item(s, own));
  for (const l of links)
    if (l.kind === 'feeds' && l.target === forumId) {
      const what = cleanText(l.label);
      const who = nameOf(doc.units[l.source], l.source);
      inputs.push(item(what ? `${who}: ${what}` : `From ${who}`, derivedLink(l), true));
    }
  const outputs = (tor.outputs ?? []).map((o) => item(OUTPUT_WORDS[o] ?? o, own));
  for (const l of links)
    if (l.kind === 'feeds' && l.source === forumId) {
      const what = cleanText(l.label);
      const who = nameOf(doc.units[l.target], l.target);
      outputs.push(item(what ? `${what}, to ${who}` : `To ${who}`, derivedLink(l), true));
    }

  const members = incoming('member-of');
  const observers = incoming('observer-of');
  const humanitarian = fromTor(
    tor.humanitarianParticipation ? HUMANITARIAN_WORDS[tor.humanitarianParticipation] : undefined,
  );
  if (humanitarian.length === 0) {
    // Read it from the links: a humanitarian unit that is a member or an observer.
    const hum = (kind: LinkKind) =>
      links.filter(
        (l) =>
          l.kind === kind &&
          l.target === forumId &&
          findKind(doc.units[l.source]?.kind ?? '')?.humanitarian,
      );
    const asMember = hum('member-of');
    const asObserver = hum('observer-of');
    if (asMember.length)
      humanitarian.push(item(HUMANITARIAN_WORDS.member, asMember.some(derivedLink), true));
    else if (asObserver.length)
      humanitarian.push(item(HUMANITARIAN_WORDS.observer, asObserver.some(derivedLink), true));
  }

  const endorsement: TorItem[] = [];
  if (tor.delegatedByHOM) endorsement.push(item('Delegated by the Head of Mission', own));
  if (tor.endorsedBy) endorsement.push(item(`Endorsed by ${tor.endorsedBy}`, own));
  if (tor.torDate) endorsement.push(item(`Terms of reference dated ${tor.torDate}`, own));
  if (tor.reviewDate) endorsement.push(item(`Next review ${tor.reviewDate}`, own));

  return {
    id: forumId,
    name: nameOf(f, forumId),
    acronym: cleanText(k?.short) || forumId,
    kindName: cleanText(k?.name) || cleanText(f.kind),
    level: LEVEL_WORDS[levelOf(f)] ?? TBD,
    location,
    purpose: fromTor(tor.purpose),
    functions: (tor.functions ?? []).map((fn) => item(FUNCTION_WORDS[fn] ?? fn, own)),
    chair,
    coChairs: incoming('co-chairs'),
    secretariat: incoming('secretariat-of'),
    members,
    observers,
    frequency: fromTor(tor.frequency ? FREQUENCY_WORDS[tor.frequency] : undefined),
    crisisConvening: fromTor(tor.crisisConvening),
    quorum: fromTor(tor.quorum),
    inputs,
    outputs,
    tasks: outgoing('tasks'),
    reportsTo: outgoing('reports-to'),
    escalatesTo: outgoing('escalates-to'),
    receivesEscalationsFrom: incoming('escalates-to'),
    decisionRights: fromTor(tor.decisionRights ? DECISION_WORDS[tor.decisionRights] : undefined),
    decisionAreas: (tor.decisions ?? []).filter((s) => cleanText(s)).map((s) => item(s, own)),
    humanitarianParticipation: humanitarian,
    infoSharing: fromTor(tor.infoSharing),
    endorsement,
    provenance: provenanceLine(doc, f),
  };
}

function provenanceLine(doc: OrgDoc, f: Unit): string {
  const p = f.provenance;
  if (!p) return 'Source not recorded';
  const refs = (p.sources ?? []).map((id) => {
    const r = doc.references.find((x) => x.id === id);
    return r ? `${id} (${cleanText(r.title)})` : id;
  });
  const head =
    p.status === 'verified'
      ? `Verified${refs.length ? `: ${refs.join('; ')}` : ''}`
      : p.status === 'reconstructed'
        ? "Derived: reconstructed from related guidance, not the study's own words"
        : 'Added by the author of this organogram';
  const note = cleanText(p.note);
  return note ? `${head}. ${note}` : head;
}

/** The forums of a document, in document order. */
export function forumIds(doc: OrgDoc): string[] {
  return Object.values(doc.units)
    .filter((u) => findKind(u.kind) && isForum(u))
    .map((u) => u.id);
}

/** The ToR fields in reading order, with their headings. */
export const TOR_FIELDS: { key: keyof ForumToR; label: string; group: string }[] = [
  { key: 'purpose', label: 'Purpose', group: 'Mandate' },
  { key: 'functions', label: 'Functions', group: 'Mandate' },
  { key: 'decisionRights', label: 'Decision rights', group: 'Mandate' },
  { key: 'decisionAreas', label: 'Standing decision areas', group: 'Mandate' },
  { key: 'chair', label: 'Chair', group: 'Composition' },
  { key: 'coChairs', label: 'Co-chairs', group: 'Composition' },
  { key: 'secretariat', label: 'Secretariat', group: 'Composition' },
  { key: 'members', label: 'Members', group: 'Composition' },
  { key: 'observers', label: 'Observers and invitees', group: 'Composition' },
  { key: 'humanitarianParticipation', label: 'Humanitarian participation', group: 'Composition' },
  { key: 'frequency', label: 'Frequency', group: 'Meetings' },
  { key: 'crisisConvening', label: 'Crisis convening', group: 'Meetings' },
  { key: 'quorum', label: 'Quorum', group: 'Meetings' },
  { key: 'inputs', label: 'Inputs', group: 'Inputs and outputs' },
  { key: 'outputs', label: 'Outputs', group: 'Inputs and outputs' },
  { key: 'tasks', label: 'Tasks', group: 'Inputs and outputs' },
  { key: 'reportsTo', label: 'Reports to', group: 'Reporting and escalation' },
  { key: 'escalatesTo', label: 'Escalates to', group: 'Reporting and escalation' },
  {
    key: 'receivesEscalationsFrom',
    label: 'Receives escalations from',
    group: 'Reporting and escalation',
  },
  { key: 'infoSharing', label: 'Information sharing', group: 'Information' },
  { key: 'endorsement', label: 'Endorsement and review', group: 'Information' },
];

/** Fields that are shown even when empty, as "to be determined" (the rest are left out when empty). */
const ALWAYS = new Set<keyof ForumToR>([
  'purpose',
  'functions',
  'decisionRights',
  'chair',
  'secretariat',
  'members',
  'observers',
  'humanitarianParticipation',
  'frequency',
  'crisisConvening',
  'inputs',
  'outputs',
  'reportsTo',
  'escalatesTo',
  'infoSharing',
]);

/** The line that opens every ToR document. */
export function torPreamble(doc: OrgDoc, date: Date | string = new Date()): string {
  return (
    `These terms of reference are generated from the organogram "${cleanText(doc.title)}" on ${formatDate(date)}. ` +
    'Chair, co-chairs, secretariat, members, observers, inputs from other units, reporting and escalation ' +
    'are read from the organogram\'s links; items marked "(derived)" are ' +
    'reconstructed from related guidance, not taken from a verified source. Fields the organogram does not ' +
    `record read "${TBD}".`
  );
}

function itemText(i: TorItem): string {
  return i.derived ? `${i.text} (derived)` : i.text;
}

/** One ToR as text blocks (headings, paragraphs, bullet lists): for Markdown and for PDF pages. */
export function torBlocks(t: ForumToR): TextBlock[] {
  const blocks: TextBlock[] = [];
  const title = t.name.includes(t.acronym) ? t.name : `${t.name} (${t.acronym})`;
  blocks.push({ type: 'heading', level: 2, text: title });
  blocks.push({
    type: 'bullets',
    items: [`Type: ${t.kindName}`, `Level: ${t.level}`, `Location: ${t.location}`],
  });
  let group = '';
  for (const field of TOR_FIELDS) {
    const items = t[field.key] as TorItem[];
    if (items.length === 0 && !ALWAYS.has(field.key)) continue;
    if (field.group !== group) {
      group = field.group;
      blocks.push({ type: 'heading', level: 3, text: group });
    }
    if (items.length <= 1) {
      blocks.push({
        type: 'field',
        label: field.label,
        text: items[0] ? itemText(items[0]) : TBD,
      });
    } else {
      blocks.push({ type: 'field', label: field.label, text: '' });
      blocks.push({ type: 'bullets', items: items.map(itemText) });
    }
  }
  blocks.push({ type: 'paragraph', text: `Provenance: ${t.provenance}`, muted: true });
  return blocks;
}

/** Every forum's ToR as text blocks under one title and the preamble. */
export function torDocumentBlocks(doc: OrgDoc, date: Date | string = new Date()): TextBlock[] {
  const blocks: TextBlock[] = [
    { type: 'heading', level: 1, text: `Terms of reference: ${cleanText(doc.title)}` },
    { type: 'paragraph', text: torPreamble(doc, date), muted: true },
  ];
  const ids = forumIds(doc);
  if (ids.length === 0) blocks.push({ type: 'paragraph', text: 'This organogram has no forums.' });
  for (const id of ids) blocks.push(...torBlocks(forumToR(doc, id)));
  return blocks;
}

/** One Markdown document with a section per forum; user text is escaped so it stays inert. */
export function torMarkdown(doc: OrgDoc, date: Date | string = new Date()): string {
  const out: string[] = [];
  for (const b of torDocumentBlocks(doc, date)) {
    switch (b.type) {
      case 'heading':
        out.push(`${'#'.repeat(b.level)} ${escapeMarkdown(b.text)}`, '');
        break;
      case 'paragraph':
        out.push(b.muted ? `_${escapeMarkdown(b.text)}_` : escapeMarkdown(b.text), '');
        break;
      case 'field':
        out.push(
          b.text
            ? `**${escapeMarkdown(b.label)}:** ${escapeMarkdown(b.text)}`
            : `**${escapeMarkdown(b.label)}:**`,
          '',
        );
        break;
      case 'bullets':
        out.push(...b.items.map((i) => `- ${escapeMarkdown(i)}`), '');
        break;
    }
  }
  return `${out.join('\n').trimEnd()}\n`;
}
