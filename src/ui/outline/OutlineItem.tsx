import type { CSSProperties } from 'react';
import type { OutlineRow } from './tree';

interface OutlineItemProps {
  row: OutlineRow;
  /** Selected on the canvas (aria-selected). */
  selected: boolean;
  /** The tree's one tab stop (roving tabindex). */
  tabStop: boolean;
  onChoose: () => void;
  onToggle: () => void;
  itemRef: (el: HTMLDivElement | null) => void;
}

/**
 * One tree item. The rows are a flat list (only open items' children exist), so level, position
 * and set size are given explicitly, as WAI-ARIA asks of a tree without nested groups.
 */
export function OutlineItem({
  row,
  selected,
  tabStop,
  onChoose,
  onToggle,
  itemRef,
}: OutlineItemProps) {
  return (
    <div
      ref={itemRef}
      role="treeitem"
      aria-level={row.level}
      aria-posinset={row.posinset}
      aria-setsize={row.setsize}
      aria-expanded={row.expandable ? row.expanded : undefined}
      aria-selected={selected}
      tabIndex={tabStop ? 0 : -1}
      data-key={row.key}
      className={`outline__item outline__item--${row.type}`}
      style={{ '--outline-level': row.level - 1 } as CSSProperties}
      onClick={onChoose}
    >
      {/* Hidden from the accessibility tree: aria-expanded and the arrow keys say the same. */}
      <span
        className="outline__toggle"
        aria-hidden="true"
        onClick={(e) => {
          e.stopPropagation();
          if (row.expandable) onToggle();
        }}
      >
        {row.expandable ? (row.expanded ? '▾' : '▸') : ''}
      </span>
      {/* The space keeps the accessible name "JOC Joint Operations Centre", not "JOCJoint…". */}
      {row.short && <span className="outline__short">{row.short}</span>}{' '}
      <span className="outline__text">{row.text}</span>
    </div>
  );
}
