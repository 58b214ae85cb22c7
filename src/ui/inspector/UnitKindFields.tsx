import { useMemo, useState } from 'react';
import { Select } from '@mantine/core';
import {
  CATEGORY_LABELS,
  childrenOf,
  commands,
  findKind,
  kindsByCategory,
  labelIn,
  levelOf,
} from '../../model';
import type { Lang, Level, Unit } from '../../model';
import { useEditor, useEditorStore } from '../../state';
import { containerOptions, editUnitsChecked, reparentUnits, TOP_LEVEL } from './placement';
import { levelOptions } from './words';
import { useT } from '../../i18n';
import { categoryText, kindText } from '../../i18n';

/** The Kind select's options, grouped by palette category. */
function kindData(lang: Lang) {
  return kindsByCategory().map((g) => ({
    group: categoryText(g.category, CATEGORY_LABELS[g.category], lang),
    items: g.kinds.map((k) => ({
      value: k.id,
      label: `${kindText(k, 'short', lang)} — ${kindText(k, 'name', lang)}`,
    })),
  }));
}

/** Kind, level and container of one unit. */
export function UnitKindFields({ unit }: { unit: Unit }) {
  const store = useEditorStore();
  const doc = useEditor((s) => s.doc);
  const { t, lang } = useT();
  const kinds = useMemo(() => kindData(lang), [lang]);
  const [kindError, setKindError] = useState<string>();
  const [containerError, setContainerError] = useState<string>();
  const [levelError, setLevelError] = useState<string>();
  const kind = findKind(unit.kind);

  const changeKind = (next: string | null) => {
    const to = next ? findKind(next) : undefined;
    if (!to || to.id === unit.kind) return;
    const wasContainer = kind?.container ?? false;
    const { doc: d0 } = store.getState();
    if (wasContainer && !to.container) {
      const n = childrenOf(d0, unit.id).length;
      if (n > 0) {
        setKindError(
          t('inspector.kind.holdsUnits', {
            count: n,
            name: labelIn(unit, lang) || t('inspector.kind.thisContainer'),
            kind: kindText(to, 'short', lang),
          }),
        );
        return;
      }
    }
    if (
      !wasContainer &&
      to.container &&
      Object.values(d0.links).some((l) => l.source === unit.id || l.target === unit.id)
    ) {
      setKindError(t('inspector.kind.noLinesOnContainers'));
      return;
    }
    setKindError(
      editUnitsChecked(
        store.getState(),
        [unit.id],
        (d) =>
          commands.updateUnit(
            d,
            unit.id,
            wasContainer && !to.container ? { kind: to.id, size: undefined } : { kind: to.id },
          ),
        lang,
      ),
    );
  };

  const changeLevel = (next: string | null) => {
    if (!next) return;
    const level = next as Level;
    setLevelError(
      editUnitsChecked(
        store.getState(),
        [unit.id],
        (d) =>
          commands.updateUnit(d, unit.id, { level: level === kind?.level ? undefined : level }),
        lang,
      ),
    );
  };

  const changeContainer = (next: string | null) => {
    if (!next) return;
    setContainerError(
      reparentUnits(store.getState(), [unit.id], next === TOP_LEVEL ? undefined : next, lang),
    );
  };

  return (
    <>
      <Select
        label={t('inspector.kind.kind')}
        data={kinds}
        value={unit.kind}
        onChange={changeKind}
        searchable
        allowDeselect={false}
        nothingFoundMessage={t('inspector.kind.noMatch')}
        error={kindError}
        size="xs"
      />
      <Select
        label={t('inspector.level')}
        data={levelOptions(lang, kind?.level)}
        value={levelOf(unit)}
        onChange={changeLevel}
        error={levelError}
        allowDeselect={false}
        size="xs"
      />
      <Select
        label={t('inspector.container')}
        data={containerOptions(doc, [unit.id], lang)}
        value={unit.parent && doc.units[unit.parent] ? unit.parent : TOP_LEVEL}
        onChange={changeContainer}
        allowDeselect={false}
        searchable
        error={containerError}
        size="xs"
      />
    </>
  );
}
