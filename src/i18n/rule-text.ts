import { findKind, groupInfo, labelIn, LINK_KIND_DEFS, renderText } from '../model';
import type {
  Finding,
  GroupInfo,
  Lang,
  LinkKind,
  OrgDoc,
  Rule,
  RuleGroup,
  TextWords,
} from '../model';
import { kindText, linkKindText } from './catalogue-text';
import FR from './locales/fr/rules.json';

// The checklist's English text is the rule pack itself (src/model/rules); the French sits here,
// keyed by rule id, group id and message key. Custom rule packs carry one language and show as
// written. Anything missing in French falls back to the English.

type RuleField = 'title' | 'why' | 'remedy' | 'question';
const fr = FR as unknown as {
  rules?: Record<string, Partial<Record<RuleField, string>>>;
  groups?: Record<string, string>;
  fixes?: Record<string, string>;
  messages?: Record<string, Record<string, string> | undefined>;
};

const builtIn = (rule: Rule) => !rule.pack || rule.pack === 'built-in';

/** A rule's title, reason, remedy or question in a language. */
export function ruleText(rule: Rule, field: RuleField, lang: Lang): string {
  const english = rule[field] ?? '';
  if (lang !== 'fr' || !builtIn(rule)) return english;
  return fr.rules?.[rule.id]?.[field] || english;
}

/** A checklist group's heading in a language (by id, or the GROUPS entry itself). */
export function groupText(group: RuleGroup | GroupInfo, lang: Lang): string {
  const info = typeof group === 'string' ? groupInfo(group) : group;
  return (lang === 'fr' && fr.groups?.[info.id]) || info.title;
}

/** The label of a rule's quick fix in a language ('' when the rule has none). */
export function fixLabel(rule: Rule, lang: Lang): string {
  const english = rule.quickFix?.label ?? '';
  if (lang !== 'fr' || !english || !builtIn(rule)) return english;
  return fr.fixes?.[rule.id] || english;
}

/** A French message template by key ("V2.lacks" is messages.V2.lacks). */
function frTemplate(key: string): string | undefined {
  const dot = key.indexOf('.');
  if (dot < 0) return undefined;
  return fr.messages?.[key.slice(0, dot)]?.[key.slice(dot + 1)];
}

/** How French names things in a finding: its templates, and units by their French label. */
function frenchWords(doc: OrgDoc): TextWords {
  return {
    template: frTemplate,
    unit: (ref) => {
      const u = doc.units[ref.id];
      return (u && labelIn(u, 'fr')) || ref.label || ref.id;
    },
    unitKind: (id) => {
      const k = findKind(id);
      return k ? kindText(k, 'short', 'fr') || kindText(k, 'name', 'fr') : id;
    },
    linkKind: (id) => {
      const def = LINK_KIND_DEFS[id as LinkKind] as (typeof LINK_KIND_DEFS)[LinkKind] | undefined;
      return def ? linkKindText(def, 'label', 'fr') : id;
    },
  };
}

/**
 * A finding's message in a language, naming units by their label in that language. Findings
 * with no template (custom packs' own text) and templates French lacks stay in English.
 */
export function findingMessage(f: Finding, doc: OrgDoc, lang: Lang): string {
  if (lang !== 'fr' || !f.text) return f.message;
  return renderText(f.text, frenchWords(doc)) ?? f.message;
}
