import { useState } from 'react';
import { Select } from '@mantine/core';
import {
  CATEGORY_LABELS,
  childrenOf,
  commands,
  findKind,
  kindsByCategory,
  levelOf,
} from '../../model';
import type { Level, Unit } from '../../model';
import { useEditor, useEditorStore } from '../../state';
import { containerOptions, editUnitsChecked, reparentUnits, TOP_LEVEL } from './placement';
import { levelOptions } from './words';

const KIND_DATA = kindsByCategory().map((g) => ({
  group: CATEGORY_LABELS[g.category],
  items: g.kinds.map((k) => ({ value: k.id, label: `${k.short} — ${k.name}` })),
}));

/** Kind, level and container of one unit. */
export function UnitKindFields({ unit }: { unit: Unit }) {
  const store = useEditorStore();
  const doc = useEditor((s) => s.doc);
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
          `${unit.label || 'This container'} holds ${n} unit${n === 1 ? '' : 's'}. Move ${n === 1 ? 'it' : 'them'} out first: a ${to.short} cannot hold units.`,
        );
        return;
      }
    }
    if (
      !wasContainer &&
      to.container &&
      Object.values(d0.links).some((l) => l.source === unit.id || l.target === unit.id)
    ) {
      setKindError(
        'Lines cannot touch a container. Delete this unit’s links first, or link a unit inside it.',
      );
      return;
    }
    setKindError(
      editUnitsChecked(store.getState(), [unit.id], (d) =>
        commands.updateUnit(
          d,
          unit.id,
          wasContainer && !to.container ? { kind: to.id, size: undefined } : { kind: to.id },
        ),
      ),
    );
  };

  const changeLevel = (next: string | null) => {
    if (!next) return;
    const level = next as Level;
    setLevelError(
      editUnitsChecked(store.getState(), [unit.id], (d) =>
        commands.updateUnit(d, unit.id, { level: level === kind?.level ? undefined : level }),
      ),
    );
  };

  const changeContainer = (next: string | null) => {
    if (!next) return;
    setContainerError(
      reparentUnits(store.getState(), [unit.id], next === TOP_LEVEL ? undefined : next),
    );
  };

  return (
    <>
      <Select
        label="Kind"
        data={KIND_DATA}
        value={unit.kind}
        onChange={changeKind}
        searchable
        allowDeselect={false}
        nothingFoundMessage="No kind matches"
        error={kindError}
        size="xs"
      />
      <Select
        label="Level"
        data={levelOptions(kind?.level)}
        value={levelOf(unit)}
        onChange={changeLevel}
        error={levelError}
        allowDeselect={false}
        size="xs"
      />
      <Select
        label="Container"
        data={containerOptions(doc, [unit.id])}
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
