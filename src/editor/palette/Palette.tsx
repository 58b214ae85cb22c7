import { Fragment, useMemo, useState } from 'react';
import { TextInput, ScrollArea } from '@mantine/core';
import { useReactFlow } from '@xyflow/react';
import { CATEGORY_COLOURS, CATEGORY_LABELS, kindsByCategory } from '../../model';
import type { UnitKind } from '../../model';
import { useEditorStore } from '../../state';
import { addUnitAt } from '../actions';
import { canvasScreenCentre } from '../view-centre';

/** The MIME type that carries a unit kind from the palette to the canvas. */
export const KIND_MIME = 'application/x-poc-unit-kind';

function matches(k: UnitKind, q: string) {
  return !q || `${k.short} ${k.name} ${k.id}`.toLowerCase().includes(q);
}

/** The component palette: drag an item onto the canvas, or press Enter / click to add it at the centre. */
export function Palette() {
  const [query, setQuery] = useState('');
  const store = useEditorStore();
  const rf = useReactFlow();
  const groups = useMemo(() => {
    const q = query.trim().toLowerCase();
    return kindsByCategory()
      .map((g) => ({ ...g, kinds: g.kinds.filter((k) => matches(k, q)) }))
      .filter((g) => g.kinds.length > 0);
  }, [query]);

  const addAtCentre = (kind: UnitKind) => {
    const id = addUnitAt(store, kind.id, rf.screenToFlowPosition(canvasScreenCentre()));
    if (id) store.getState().notify('info', `${kind.short} added at the centre of the view.`);
  };

  return (
    <section className="palette" aria-label="Components">
      <TextInput
        aria-label="Search components"
        placeholder="Search components"
        value={query}
        onChange={(e) => setQuery(e.currentTarget.value)}
        size="xs"
        className="palette__search"
      />
      <ScrollArea className="palette__scroll" type="auto">
        {groups.length === 0 && <p className="palette__empty">No component matches “{query}”.</p>}
        {groups.map((g) => (
          <div
            key={g.category}
            className="palette__group"
            role="group"
            aria-labelledby={`palette-h-${g.category}`}
          >
            <h3 id={`palette-h-${g.category}`} className="palette__heading">
              {CATEGORY_LABELS[g.category]}
            </h3>
            <div className="palette__items">
              {g.kinds.map((k) => (
                <Fragment key={k.id}>
                  <button
                    type="button"
                    className="palette__item"
                    draggable
                    data-testid={`palette.item.${k.id}`}
                    aria-describedby={`palette-d-${k.id}`}
                    title={`${k.name}: ${k.role}`}
                    style={
                      {
                        '--ink': CATEGORY_COLOURS[k.category].ink,
                        '--tint': CATEGORY_COLOURS[k.category].tint,
                      } as React.CSSProperties
                    }
                    onDragStart={(e) => {
                      e.dataTransfer.setData(KIND_MIME, k.id);
                      e.dataTransfer.setData('text/plain', k.short);
                      e.dataTransfer.effectAllowed = 'copy';
                    }}
                    onClick={() => addAtCentre(k)}
                  >
                    {k.short}
                  </button>
                  {/* Outside the button, so the accessible name stays the short label. */}
                  <span id={`palette-d-${k.id}`} className="visually-hidden">
                    {k.name}
                  </span>
                </Fragment>
              ))}
            </div>
          </div>
        ))}
      </ScrollArea>
    </section>
  );
}
