import type { Category } from './vocabulary';

/**
 * Category colours shared by the canvas, the legend and every export, so that what is printed
 * matches what is on screen. `ink` is the border and accent; `tint` the card fill in the print theme.
 * Each ink reaches at least 4.5:1 contrast on its tint and on white.
 */
export const CATEGORY_COLOURS: Record<Category, { ink: string; tint: string }> = {
  leadership: { ink: '#1d4ed8', tint: '#dbeafe' },
  joint: { ink: '#6d28d9', tint: '#ede9fe' },
  poc: { ink: '#be123c', tint: '#ffe4e6' },
  forum: { ink: '#4338ca', tint: '#e0e7ff' },
  civilian: { ink: '#047857', tint: '#d1fae5' },
  support: { ink: '#92400e', tint: '#fef3c7' },
  military: { ink: '#3f6212', tint: '#ecfccb' },
  police: { ink: '#0e7490', tint: '#cffafe' },
  field: { ink: '#c2410c', tint: '#ffedd5' },
  external: { ink: '#475569', tint: '#f1f5f9' },
  container: { ink: '#64748b', tint: '#f8fafc' },
};
