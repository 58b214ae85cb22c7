import type { OutlineRow } from './tree';

/** What a key press on the tree asks for; the component applies it. */
export type TreeMove =
  | { type: 'focus'; key: string }
  | { type: 'expand'; key: string }
  | { type: 'collapse'; key: string }
  | { type: 'select'; key: string }
  | { type: 'none' };

const none: TreeMove = { type: 'none' };

/**
 * The WAI-ARIA tree view keyboard pattern over the visible rows: Up and Down move, Right opens a
 * closed item or enters an open one, Left closes an open item or goes to its parent, Home and
 * End jump to the ends, Enter and Space select.
 * @see https://www.w3.org/WAI/ARIA/apg/patterns/treeview/
 */
export function treeMove(rows: readonly OutlineRow[], active: string, key: string): TreeMove {
  const i = rows.findIndex((r) => r.key === active);
  const row = rows[i];
  if (!row) return rows[0] ? { type: 'focus', key: rows[0].key } : none;
  const to = (r: OutlineRow | undefined): TreeMove => (r ? { type: 'focus', key: r.key } : none);
  switch (key) {
    case 'ArrowDown':
      return to(rows[i + 1]);
    case 'ArrowUp':
      return to(rows[i - 1]);
    case 'Home':
      return to(rows[0]);
    case 'End':
      return to(rows[rows.length - 1]);
    case 'ArrowRight':
      if (!row.expandable) return none;
      // An open item's first child is the next row.
      return row.expanded ? to(rows[i + 1]) : { type: 'expand', key: row.key };
    case 'ArrowLeft':
      if (row.expanded) return { type: 'collapse', key: row.key };
      return row.parentKey ? { type: 'focus', key: row.parentKey } : none;
    case 'Enter':
    case ' ':
      return { type: 'select', key: row.key };
    default:
      return none;
  }
}

/** The row the tree's single tab stop sits on: the active one, else the selected one, else the first. */
export function tabStop(
  rows: readonly OutlineRow[],
  active: string | undefined,
  selected: string | undefined,
): string | undefined {
  const has = (k: string | undefined) => k !== undefined && rows.some((r) => r.key === k);
  if (has(active)) return active;
  if (has(selected)) return selected;
  return rows[0]?.key;
}
