import { Fragment, useMemo, useState } from 'react';
import { TextInput, ScrollArea } from '@mantine/core';
import { useReactFlow } from '@xyflow/react';
import { CATEGORY_COLOURS, CATEGORY_LABELS, kindsByCategory } from '../../model';
import type { Lang, UnitKind } from '../../model';
import { useEditorStore } from '../../state';
import { addUnitAt } from '../actions';
import { canvasScreenCentre } from '../view-centre';
import { fixedT, useT } from '../../i18n';
import { categoryText, kindText } from '../../i18n';

/** The MIME type that carries a unit kind from the palette to the canvas. */
export const KIND_MIME = 'application/x-poc-unit-kind';

/** Whether a kind matches the search, by its English words or those of the language on screen. */
function matches(k: UnitKind, q: string, lang: Lang) {
  if (!q) return true;
  const local = lang === 'en' ? '' : `${kindText(k, 'short', lang)} ${kindText(k, 'name', lang)}`;
  return `${k.short} ${k.name} ${k.id} ${local}`.toLowerCase().includes(q);
}

/** The component palette: drag an item onto the canvas, or press Enter / click to add it at the centre. */
export function Palette() {
  const [query, setQuery] = useState('');
  const store = useEditorStore();
  const rf = useReactFlow();
  const { t, lang } = useT();
  const groups = useMemo(() => {
    const q = query.trim().toLowerCase();
    return kindsByCategory()
      .map((g) => ({ ...g, kinds: g.kinds.filter((k) => matches(k, q, lang)) }))
      .filter((g) => g.kinds.length > 0);
  }, [query, lang]);

  const addAtCentre = (kind: UnitKind) => {
    const id = addUnitAt(store, kind.id, rf.screenToFlowPosition(canvasScreenCentre()));
    if (id)
      store
        .getState()
        .notify('info', (l) =>
          fixedT(l)('editor.palette.added', { short: kindText(kind, 'short', l) }),
        );
  };

  return (
    <section className="palette" aria-label={t('editor.palette.label')}>
      <TextInput
        aria-label={t('editor.palette.search')}
        placeholder={t('editor.palette.search')}
        value={query}
        onChange={(e) => setQuery(e.currentTarget.value)}
        size="xs"
        className="palette__search"
      />
      <ScrollArea className="palette__scroll" type="auto">
        {groups.length === 0 && (
          <p className="palette__empty">{t('editor.palette.none', { query })}</p>
        )}
        {groups.map((g) => (
          <div
            key={g.category}
            className="palette__group"
            role="group"
            aria-labelledby={`palette-h-${g.category}`}
          >
            <h3 id={`palette-h-${g.category}`} className="palette__heading">
              {categoryText(g.category, CATEGORY_LABELS[g.category], lang)}
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
                    title={t('editor.palette.itemTip', {
                      name: kindText(k, 'name', lang),
                      role: kindText(k, 'role', lang),
                    })}
                    style={
                      {
                        '--ink': CATEGORY_COLOURS[k.category].ink,
                        '--tint': CATEGORY_COLOURS[k.category].tint,
                      } as React.CSSProperties
                    }
                    onDragStart={(e) => {
                      e.dataTransfer.setData(KIND_MIME, k.id);
                      e.dataTransfer.setData('text/plain', kindText(k, 'short', lang));
                      e.dataTransfer.effectAllowed = 'copy';
                    }}
                    onClick={() => addAtCentre(k)}
                  >
                    {kindText(k, 'short', lang)}
                  </button>
                  {/* Outside the button, so the accessible name stays the short label. */}
                  <span id={`palette-d-${k.id}`} className="visually-hidden">
                    {kindText(k, 'name', lang)}
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
