import { MORE_MESSAGES } from './messages-more';
import { TASK_MESSAGES } from './messages-tasks';

// The English of every finding message of the built-in checklist, as templates with `{{name}}`
// placeholders. The French twins live in the app's locale files under the same keys, so a
// finding can be shown in either language with the units named in that language (see text.ts).

/** Words and sentences shared by several rules: lists, components, declarative forms. */
const COMMON_MESSAGES = {
  // How lists of names are joined ("A, B and C"; "A, B, C, D and 2 more").
  'list.and': '{{first}} and {{last}}',
  'list.more': '{{list}} and {{count}} more',

  // The three components a forum should bring together (missingComponents).
  'component.civilian': 'civilian',
  'component.military': 'military',
  'component.police': 'police',

  // A rule that threw while checking.
  'check.failed': 'This rule could not be checked: {{error}}',

  // The declarative rule forms (W1, W2 and custom packs).
  'decl.kindExists': 'There is no {{kind}} in the structure.',
  'decl.kindCountOne': 'There is {{count}} {{kind}}; the rule expects {{op}} {{n}}.',
  // No unit at all is its own key: English says "are 0", other languages may count 0 as one.
  'decl.kindCountNone': 'There are {{count}} {{kind}}; the rule expects {{op}} {{n}}.',
  'decl.kindCountOther': 'There are {{count}} {{kind}}; the rule expects {{op}} {{n}}.',
  'decl.atLeast': 'at least',
  'decl.atMost': 'at most',
  'decl.exactly': 'exactly',
  'decl.linkBetween': 'No "{{link}}" link runs from a {{from}} to a {{to}}.',
  'decl.forumHasMember': '{{forum}} has no {{member}} among its members.',
  'decl.containerContains': '{{container}} holds no {{kind}}.',
} as const;

/** Every English message template, by key. */
export const MESSAGES = { ...COMMON_MESSAGES, ...TASK_MESSAGES, ...MORE_MESSAGES } as const;

/** The key of a finding message. */
export type MessageKey = keyof typeof MESSAGES;
