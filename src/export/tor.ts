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
  labelIn,
  LEVEL_WORDS,
  levelOf,
  linkLabelIn,
  locationOf,
  OUTPUT_WORDS,
} from '../model';
import type { ForumTor, Lang, Link, LinkKind, OrgDoc, Unit } from '../model';
import { fixedT } from '../i18n';
import { kindText } from '../i18n';
import { wordIn } from '../i18n';
import { cleanText } from './text';

/** What an empty field reads in English (exportText.tor.tbd in each language). */
export const TBD = 'to be determined';

/** One entry of a ToR field. */
export interface TorItem {
  text: string;
  /** Reconstructed from related guidance (the link's or the forum's provenance says so). */
  derived: boolean;
  /** Read from the organogram's links rather than from the forum's own fields. */
  fromLinks: boolean;
}

/** The fields of a forum's terms of reference, in one language; an empty list reads "to be determined". */
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

// Plain words for the enums; the shared ones (functions, outputs, frequency, level) are the
// model's word tables, whose French is in words.json.
const DECISION_KEYS = {
  advisory: 'exportText.tor.decisionAdvisory',
  decision: 'exportText.tor.decisionDecision',
  tasking: 'exportText.tor.decisionTasking',
} as const satisfies Record<NonNullable<ForumTor['decisionRights']>, string>;
const HUMANITARIAN_KEYS = {
  none: 'exportText.tor.humanitarianNone',
  observer: 'exportText.tor.humanitarianObserver',
  member: 'exportText.tor.humanitarianMember',
} as const satisfies Record<NonNullable<ForumTor['humanitarianParticipation']>, string>;
const LOCATION_KEYS = {
  hq: 'exportText.tor.whereHq',
  field: 'exportText.tor.whereField',
  external: 'exportText.tor.whereExternal',
} as const;

const item = (text: string, derived: boolean, fromLinks = false): TorItem => ({
  text: cleanText(text),
  derived,
  fromLinks,
});

/** The name of a unit as the ToR shows it: its label, else its kind's short label. */
function nameOf(u: Unit | undefined, fallback: string, lang: Lang): string {
  if (!u) return fallback;
  const k = findKind(u.kind);
  return cleanText(labelIn(u, lang)) || cleanText(k && kindText(k, 'short', lang)) || u.id;
}

/** The terms of reference of one forum, in a language (default English). */
export function forumToR(doc: OrgDoc, forumId: string, lang: Lang = 'en'): ForumToR {
  const f = doc.units[forumId];
  if (!f) throw new Error(`No unit "${forumId}" in the document`);
  const t = fixedT(lang);
  const k = findKind(f.kind);
  const tbd = t('exportText.tor.tbd');
  const name = (u: Unit | undefined, fallback: string) => nameOf(u, fallback, lang);
  const tor: ForumTor = f.tor ?? {};
  const own = f.provenance?.status === 'reconstructed';
  const links = Object.values(doc.links);
  const derivedLink = (l: Link) => l.provenance?.status === 'reconstructed';
  const incoming = (kind: LinkKind) =>
    links
      .filter((l) => l.kind === kind && l.target === forumId)
      .map((l) => item(name(doc.units[l.source], l.source), derivedLink(l), true));
  const outgoing = (kind: LinkKind) =>
    links
      .filter((l) => l.kind === kind && l.source === forumId)
      .map((l) => item(name(doc.units[l.target], l.target), derivedLink(l), true));
  const fromTor = (v: string | undefined) => (v && cleanText(v) ? [item(v, own)] : []);

  const level = levelOf(f);
  const container = ancestors(doc, forumId)[0];
  const where = locationOf(doc, f);
  const location = container
    ? name(container, container.id)
    : where in LOCATION_KEYS
      ? t(LOCATION_KEYS[where as keyof typeof LOCATION_KEYS])
      : tbd;

  const chair = incoming('chairs');
  if (chair.length === 0 && tor.chairUnknown)
    chair.push(item(t('exportText.tor.chairUnknown'), own));

  const inputs = (tor.inputs ?? []).filter((s) => cleanText(s)).map((s) => item(s, own));
  for (const l of links)
    if (l.kind === 'feeds' && l.target === forumId) {
      const what = cleanText(linkLabelIn(l, lang));
      const who = name(doc.units[l.source], l.source);
      const text = what
        ? t('exportText.tor.inputWhat', { who, what })
        : t('exportText.tor.inputFrom', { who });
      inputs.push(item(text, derivedLink(l), true));
    }
  const outputs = (tor.outputs ?? []).map((o) =>
    item(wordIn('outputs', o, OUTPUT_WORDS[o] ?? o, lang), own),
  );
  for (const l of links)
    if (l.kind === 'feeds' && l.source === forumId) {
      const what = cleanText(linkLabelIn(l, lang));
      const who = name(doc.units[l.target], l.target);
      const text = what
        ? t('exportText.tor.outputWhat', { what, who })
        : t('exportText.tor.outputTo', { who });
      outputs.push(item(text, derivedLink(l), true));
    }

  const members = incoming('member-of');
  const observers = incoming('observer-of');
  const humanitarian = fromTor(
    tor.humanitarianParticipation ? t(HUMANITARIAN_KEYS[tor.humanitarianParticipation]) : undefined,
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
      humanitarian.push(item(t(HUMANITARIAN_KEYS.member), asMember.some(derivedLink), true));
    else if (asObserver.length)
      humanitarian.push(item(t(HUMANITARIAN_KEYS.observer), asObserver.some(derivedLink), true));
  }

  const endorsement: TorItem[] = [];
  const endorse = (text: string) => endorsement.push(item(text, own));
  if (tor.delegatedByHOM) endorse(t('exportText.tor.delegated'));
  if (tor.endorsedBy) endorse(t('exportText.tor.endorsedBy', { who: tor.endorsedBy }));
  if (tor.torDate) endorse(t('exportText.tor.dated', { date: tor.torDate }));
  if (tor.reviewDate) endorse(t('exportText.tor.nextReview', { date: tor.reviewDate }));

  return {
    id: forumId,
    name: name(f, forumId),
    acronym: cleanText(k && kindText(k, 'short', lang)) || forumId,
    kindName: cleanText(k && kindText(k, 'name', lang)) || cleanText(f.kind),
    level: LEVEL_WORDS[level] ? wordIn('levels', level, LEVEL_WORDS[level], lang) : tbd,
    location,
    purpose: fromTor(tor.purpose),
    functions: (tor.functions ?? []).map((fn) =>
      item(wordIn('functions', fn, FUNCTION_WORDS[fn] ?? fn, lang), own),
    ),
    chair,
    coChairs: incoming('co-chairs'),
    secretariat: incoming('secretariat-of'),
    members,
    observers,
    frequency: fromTor(
      tor.frequency
        ? wordIn('frequencies', tor.frequency, FREQUENCY_WORDS[tor.frequency], lang)
        : undefined,
    ),
    crisisConvening: fromTor(tor.crisisConvening),
    quorum: fromTor(tor.quorum),
    inputs,
    outputs,
    tasks: outgoing('tasks'),
    reportsTo: outgoing('reports-to'),
    escalatesTo: outgoing('escalates-to'),
    receivesEscalationsFrom: incoming('escalates-to'),
    decisionRights: fromTor(tor.decisionRights ? t(DECISION_KEYS[tor.decisionRights]) : undefined),
    decisionAreas: (tor.decisions ?? []).filter((s) => cleanText(s)).map((s) => item(s, own)),
    humanitarianParticipation: humanitarian,
    infoSharing: fromTor(tor.infoSharing),
    endorsement,
    provenance: provenanceLine(doc, f, lang),
  };
}

function provenanceLine(doc: OrgDoc, f: Unit, lang: Lang): string {
  const t = fixedT(lang);
  const p = f.provenance;
  if (!p) return t('exportText.tor.sourceNone');
  const refs = (p.sources ?? []).map((id) => {
    const r = doc.references.find((x) => x.id === id);
    return r ? `${id} (${cleanText(r.title)})` : id;
  });
  const head =
    p.status === 'verified'
      ? refs.length
        ? t('exportText.tor.sourceVerifiedRefs', { refs: refs.join('; ') })
        : t('exportText.tor.sourceVerified')
      : p.status === 'reconstructed'
        ? t('exportText.tor.sourceDerived')
        : t('exportText.tor.sourceUser');
  const note = cleanText(p.note);
  return note ? `${head}. ${note}` : head;
}

/** The forums of a document, in document order. */
export function forumIds(doc: OrgDoc): string[] {
  return Object.values(doc.units)
    .filter((u) => findKind(u.kind) && isForum(u))
    .map((u) => u.id);
}
