import { findKind } from './catalogue';
import { LINK_KIND_DEFS } from './link-kinds';
import type { LinkKind } from './link-kinds';

// Why canConnect refuses a link, as a code plus the things the sentence names. The English
// sentences live here with the rules; the French ones in src/i18n/locales/fr/connect.json, keyed
// by the same codes. Keeping the parts (not finished strings) lets the interface name units and
// kinds in whichever language is on screen, while the model stays free of any translation code.

/** The English sentence of each refusal. `{{name}}` is a part of the refusal's `values`;
 * `{{link:<kind>}}` is that link kind's name in lower case ("reports to"). */
export const CONNECT_REASONS = {
  missingEnd: 'Both ends of a link must be units of this organogram.',
  self: 'A unit cannot be linked to itself.',
  unknownKind: 'One end of the link has an unknown unit kind.',
  container:
    '{{kind}} is a container: link a unit inside it (for example its Head of Office) instead.',
  duplicate: '{{source}} already {{link}} {{target}}.',
  membershipForums: 'Membership only points at forums: {{target}} is not a forum.',
  membershipTeams: 'Membership only points at forums and teams: {{target}} is not a forum.',
  externalChairs:
    '{{source}} is outside the mission and cannot chair a mission forum; make it an observer or member.',
  externalSecretariat:
    '{{source}} is outside the mission and cannot run the secretariat of a mission forum; make it an observer or member.',
  forumChairs: 'A forum cannot chair another forum; a post or office chairs it.',
  hasChair: '{{target}} already has a chair; add a co-chair instead.',
  commandCivilian:
    'Command only comes from uniformed leadership or units; {{source}} is civilian. Use "{{link:tasks}}" or "{{link:reports-to}}".',
  commandTarget: 'Command runs down military or police chains only; {{target}} is not uniformed.',
  commandChains:
    'Military and police keep separate command chains; use "{{link:coordinates-with}}" between them.',
  commandUpward: 'Command runs downward: {{source}} sits below {{target}}.',
  hasCommander:
    '{{target}} already has a commander: each uniformed unit has exactly one command parent.',
  externalTasks:
    '{{source}} is outside the mission and cannot task it; use "{{link:feeds}}" for requests.',
  tasksHumanitarian:
    'The mission never tasks humanitarian actors ({{target}}); make them observers or liaise with them.',
  tasksExternal:
    '{{target}} is outside the mission\'s authority and cannot be tasked; use "{{link:liaises-with}}".',
  externalReports:
    '{{source}} is outside the mission and does not report into it; use "{{link:liaises-with}}" or "{{link:feeds}}".',
  reportsExternal: 'Mission units do not report to {{target}}; use "{{link:liaises-with}}".',
  forumReports: 'A forum reports to a leadership post or escalates to another forum.',
  escalatesNotForum:
    'Only forums escalate; {{source}} is not a forum. Use "{{link:reports-to}}" or "{{link:feeds}}".',
  escalatesTarget: 'A forum escalates to a higher forum or to a leadership post.',
  liaisesInternal:
    '"Liaises with" is for actors outside the mission; use "{{link:coordinates-with}}" between mission units.',
  internalOnly: 'Use "{{link:liaises-with}}" for {{kind}}, which is outside the mission.',
} as const;

export type ConnectCode = keyof typeof CONNECT_REASONS;

/** One thing a refusal names: a unit (by its labels), a kind of unit, or a kind of link. */
export type ConnectPart =
  | { unit: { label: string; labelFr?: string } }
  | { kind: string; field: 'name' | 'short' }
  | { link: LinkKind };

export type ConnectValues = Readonly<Record<string, ConnectPart>>;

/** A refusal: its code and parts, and the finished English sentence. */
export interface ConnectRefusal {
  reason: string;
  code: ConnectCode;
  values: ConnectValues;
}

/** Words for the parts of a refusal in one language. */
export interface ConnectWords {
  unit: (u: { label: string; labelFr?: string }) => string;
  kind: (kindId: string, field: 'name' | 'short') => string;
  /** A link kind's name in lower case, as it reads inside a sentence. */
  link: (kind: LinkKind) => string;
}

/** The English words: unit labels, catalogue names, link kind names in lower case. */
export const ENGLISH_CONNECT_WORDS: ConnectWords = {
  unit: (u) => u.label,
  kind: (id, field) => findKind(id)?.[field] ?? id,
  link: (k) => LINK_KIND_DEFS[k].label.toLowerCase(),
};

/** Fills a refusal template with its parts, in the language the words are in. */
export function fillConnectReason(
  template: string,
  values: ConnectValues,
  words: ConnectWords,
): string {
  return template.replace(/\{\{\s*([\w:-]+)\s*\}\}/g, (whole, name: string) => {
    if (name.startsWith('link:')) {
      const k = name.slice(5) as LinkKind;
      return LINK_KIND_DEFS[k] ? words.link(k) : whole;
    }
    const part = values[name];
    if (!part) return whole;
    if ('unit' in part) return words.unit(part.unit);
    if ('kind' in part) return words.kind(part.kind, part.field);
    return words.link(part.link);
  });
}

/** A refusal with its English sentence. */
export function refusal(code: ConnectCode, values: ConnectValues = {}): ConnectRefusal {
  return {
    code,
    values,
    reason: fillConnectReason(CONNECT_REASONS[code], values, ENGLISH_CONNECT_WORDS),
  };
}
