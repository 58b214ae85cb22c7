import { useEffect, useMemo, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { Text } from '@mantine/core';
import { useEditor, useEditorStore } from '../../state';
import { OutlineItem } from './OutlineItem';
import { tabStop, treeMove } from './navigate';
import { defaultExpanded, revealKeys, selectedKey, visibleRows } from './tree';
import type { OutlineRow } from './tree';

/**
 * The organogram as a tree: containers, their units, each unit's links in words. It follows the
 * canvas selection (the selected item is opened to, marked and scrolled into view), and Enter or
 * a click on an item selects it on the canvas and brings it into view there.
 */
export function Outline() {
  const store = useEditorStore();
  const doc = useEditor((s) => s.doc);
  const selection = useEditor((s) => s.view.selection);
  const selected = selectedKey(selection);
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(
    () => new Set([...defaultExpanded(doc), ...revealKeys(doc, selection)]),
  );
  const [active, setActive] = useState<string | undefined>(selected);

  // Another document: start again from its default view. (State adjusted while rendering, as
  // React recommends over an effect, so the tree never shows one frame of the old document.)
  const [seenDoc, setSeenDoc] = useState(doc.id);
  if (seenDoc !== doc.id) {
    setSeenDoc(doc.id);
    setExpanded(defaultExpanded(doc));
    setActive(undefined);
  }
  // A new selection (from the canvas or from here): open its ancestors and make it the tab stop.
  const [seenSel, setSeenSel] = useState(selected);
  if (seenSel !== selected) {
    setSeenSel(selected);
    const need = revealKeys(doc, selection).filter((k) => !expanded.has(k));
    if (need.length) setExpanded(new Set([...expanded, ...need]));
    if (selected) setActive(selected);
  }

  const rows = useMemo(() => visibleRows(doc, expanded), [doc, expanded]);
  const stop = tabStop(rows, active, selected);
  const chosen = useMemo(
    () => new Set([...selection.units, ...selection.links.map((id) => `link:${id}`)]),
    [selection],
  );

  const items = useRef(new Map<string, HTMLDivElement>());
  const wantFocus = useRef(false);
  useEffect(() => {
    if (!wantFocus.current || !stop) return;
    wantFocus.current = false;
    items.current.get(stop)?.focus();
  });
  useEffect(() => {
    // scrollIntoView is missing in jsdom; `nearest` leaves an item already in view where it is.
    if (selected) items.current.get(selected)?.scrollIntoView?.({ block: 'nearest' });
  }, [selected]);

  const toggle = (key: string, open: boolean) => {
    const next = new Set(expanded);
    if (open) next.add(key);
    else next.delete(key);
    setExpanded(next);
  };

  const choose = (row: OutlineRow) => {
    const st = store.getState();
    setActive(row.key);
    if (row.type === 'link') {
      st.select({ units: [], links: [row.id] });
      return;
    }
    st.select({ units: [row.id], links: [] });
    st.setView({ focusRequest: st.view.focusRequest + 1 });
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (!stop || e.altKey || e.ctrlKey || e.metaKey) return;
    const move = treeMove(rows, stop, e.key);
    if (move.type === 'none') return;
    // The tree owns these keys: they must not also nudge the selection on the canvas.
    e.preventDefault();
    e.stopPropagation();
    if (move.type === 'focus') {
      wantFocus.current = true;
      setActive(move.key);
    } else if (move.type === 'expand' || move.type === 'collapse') {
      toggle(move.key, move.type === 'expand');
    } else {
      const row = rows.find((r) => r.key === move.key);
      if (row) choose(row);
    }
  };

  return (
    <section aria-label="Outline" className="outline">
      <Text size="xs" className="outline__hint" id="outline-hint">
        Arrow keys move through the outline, Right opens an item, Enter selects it on the canvas.
      </Text>
      {rows.length === 0 ? (
        <Text size="sm">The organogram is empty: add components from the palette.</Text>
      ) : (
        <div
          role="tree"
          aria-label="Units and links"
          aria-describedby="outline-hint"
          className="outline__tree"
          onKeyDown={onKeyDown}
        >
          {rows.map((row) => (
            <OutlineItem
              key={row.key}
              row={row}
              selected={chosen.has(row.key)}
              tabStop={row.key === stop}
              onChoose={() => choose(row)}
              onToggle={() => toggle(row.key, !row.expanded)}
              itemRef={(el) => {
                if (el) items.current.set(row.key, el);
                else items.current.delete(row.key);
              }}
            />
          ))}
        </div>
      )}
    </section>
  );
}
