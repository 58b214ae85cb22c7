import { cleanText } from './text';

/**
 * A block of a text document, shared by the Markdown writer and the PDF text pages: headings,
 * paragraphs, "Label: text" fields and bullet lists. Text is plain (never markup).
 */
export type TextBlock =
  | { type: 'heading'; level: 1 | 2 | 3; text: string }
  | { type: 'paragraph'; text: string; muted?: boolean }
  | { type: 'field'; label: string; text: string }
  | { type: 'bullets'; items: string[] };

/**
 * Plain text made inert in Markdown: HTML's special characters become entities (so no tag can
 * form), Markdown's inline punctuation is backslash-escaped, and a line cannot start a block.
 */
export function escapeMarkdown(s: string): string {
  return cleanText(s)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_[\]|~]/g, (c) => `\\${c}`)
    .replace(/^([+=#-])/, '\\$1')
    .replace(/^(\d+)([.)])/, '$1\\$2');
}
