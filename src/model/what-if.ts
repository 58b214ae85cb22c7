import { produce } from 'immer';
import { removeUnits } from './commands';
import { docTitleIn, unitNameIn } from './lang';
import { BUILT_IN_RULES, validate } from './rules';
import type { Finding, Rule } from './rules';
import type { Lang } from './lang';
import type { OrgDoc } from './schema';

/** The units a what-if "Remove coordinator" takes away: the designated POC coordinator(s). */
export function coordinatorIds(doc: OrgDoc): string[] {
  return Object.values(doc.units)
    .filter((u) => u.isCoordinator)
    .map((u) => u.id);
}

/** A finding's identity across two documents: its rule and the units it names. */
const findingKey = (f: Finding) => `${f.ruleId}|${[...f.unitIds].sort().join(',')}`;

export interface WhatIf {
  /** The structure without the removed units and their links (a copy; the original is untouched). */
  doc: OrgDoc;
  removed: string[];
  /** Findings the change brings, and findings it clears, by rule and units named. */
  appeared: Finding[];
  cleared: Finding[];
}

/**
 * What breaks when some units are taken away (by default the POC coordinator): the structure that
 * is left and the checklist findings that appear. Trainers use it to show why a role matters.
 */
export function whatIfRemoved(
  doc: OrgDoc,
  ids: readonly string[] = coordinatorIds(doc),
  rules: readonly Rule[] = BUILT_IN_RULES,
): WhatIf {
  const after = produce(doc, (d) => {
    removeUnits(d, ids);
    const names = (lang: Lang) => ids.map((id) => unitNameIn(doc, id, lang)).join(', ');
    // The model has no translation layer (it runs in exports and tests without one), so the
    // French title is built here beside the English; both fit the schema's 300 characters.
    d.title = `${doc.title} — without ${names('en')}`.slice(0, 300);
    d.titleFr = `${docTitleIn(doc, 'fr')} — sans ${names('fr')}`.slice(0, 300);
  });
  const before = validate(doc, rules);
  const now = validate(after, rules);
  const had = new Set(before.map(findingKey));
  const has = new Set(now.map(findingKey));
  return {
    doc: after,
    removed: ids.filter((id) => doc.units[id]),
    appeared: now.filter((f) => !had.has(findingKey(f))),
    cleared: before.filter((f) => !has.has(findingKey(f))),
  };
}
