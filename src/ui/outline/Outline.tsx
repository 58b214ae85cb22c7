import { useEffect, useMemo, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { Text } from '@mantine/core';
import { useEditor, useEditorStore } from '../../state';
import { useT } from '../../i18n';
import { OutlineItem } from './OutlineItem';
import { tabStop, treeMove } from './navigate';
import {
  defaultExpanded,
  incomingKey,
  linkKey,
  revealKeys,
  selectedKey,
  visibleRows,
} from './tree';
import type { OutlineRow } from './tree';

/**
 * The organogram as a tree: containers, their units, each unit's links in words (those it starts,
 * then those that end at it, marked ←). It follows the canvas selection (the selected item is
 * opened to, marked and scrolled into view), and Enter or a click on an item selects it on the
 * canvas and brings it into view there.
 */
export function Outline() {
  const store = useEditorStore();
  const doc = useEditor((s) => s.doc);
  const selection = useEditor((s) => s.view.selection);
  const { t, lang } = useT();
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
  // A new selection (from the canvas or from here): open its ancestors and make it the tab stop,
  // unless the tab stop is already on it (a link chosen under its target stays where it was).
  const [seenSel, setSeenSel] = useState(selected);
  if (seenSel !== selected) {
    setSeenSel(selected);
    const need = revealKeys(doc, selection).filter((k) => !expanded.has(k));
    if (need.length) setExpanded(new Set([...expanded, ...need]));
    const link = selection.links[0];
    const onIt = !selection.units.length && link !== undefined && active === incomingKey(link);
    if (selected && !onIt) setActive(selected);
  }

  const rows = useMemo(() => visibleRows(doc, expanded, lang), [doc, expanded, lang]);
  const stop = tabStop(rows, active, selected);
  const chosen = useMemo(
    // A selected link is marked at both of its ends.
    () =>
      new Set([
        ...selection.units,
        ...selection.links.flatMap((id) => [linkKey(id), incomingKey(id)]),
      ]),
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
    <section aria-label={t('outline.region')} className="outline">
      <Text size="xs" className="outline__hint" id="outline-hint">
        {t('outline.hint')}
      </Text>
      {rows.length === 0 ? (
        <Text size="sm">{t('outline.empty')}</Text>
      ) : (
        <div
          role="tree"
          aria-label={t('outline.tree')}
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
