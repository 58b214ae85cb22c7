import { useState } from 'react';
import { Select, Stack, Switch, Text, Title } from '@mantine/core';
import { commands, findKind, levelOf } from '../../model';
import type { Level, Unit } from '../../model';
import { useEditor, useEditorStore } from '../../state';
import { containerOptions, editUnitsChecked, reparentUnits, TOP_LEVEL } from './placement';
import { levelOptions } from './words';
import { useT } from '../../i18n';

/** The same value for every item, or undefined when they differ. */
function common<T>(values: T[]): T | undefined {
  return values.every((v) => v === values[0]) ? values[0] : undefined;
}

/** The fields several selected units share; each change is one undo step for all of them. */
export function MultiFields({ units, linkCount }: { units: Unit[]; linkCount: number }) {
  const store = useEditorStore();
  const doc = useEditor((s) => s.doc);
  const { t, lang } = useT();
  const [error, setError] = useState<string>();
  const ids = units.map((u) => u.id);
  const level = common(units.map(levelOf));
  const parent = common(units.map((u) => (u.parent && doc.units[u.parent] ? u.parent : TOP_LEVEL)));
  const focal = units.map((u) => u.focalPoint ?? false);
  const allFocal = focal.every(Boolean);
  const mixedFocal = !allFocal && focal.some(Boolean);
  const summary = linkCount
    ? t('inspector.multi.unitsAndLinks', {
        count: units.length,
        links: t('inspector.multi.links', { count: linkCount }),
      })
    : t('inspector.multi.units', { count: units.length });

  const setLevel = (next: string | null) => {
    if (!next) return;
    const lvl = next as Level;
    setError(
      editUnitsChecked(
        store.getState(),
        ids,
        (d) => {
          for (const u of units)
            commands.updateUnit(d, u.id, {
              level: lvl === findKind(u.kind)?.level ? undefined : lvl,
            });
        },
        lang,
      ),
    );
  };

  return (
    <Stack gap="xs">
      <Title order={3} size="h4">
        {summary}
      </Title>
      <Text size="xs" c="dimmed">
        {t('inspector.multi.hint')}
      </Text>
      <Select
        label={t('inspector.level')}
        data={levelOptions(lang, common(units.map((u) => findKind(u.kind)?.level)))}
        value={level ?? null}
        placeholder={t('inspector.multi.mixed')}
        onChange={setLevel}
        allowDeselect={false}
        size="xs"
      />
      <Select
        label={t('inspector.container')}
        data={containerOptions(doc, ids, lang)}
        value={parent ?? null}
        placeholder={t('inspector.multi.mixed')}
        onChange={(next) => {
          if (next)
            setError(
              reparentUnits(store.getState(), ids, next === TOP_LEVEL ? undefined : next, lang),
            );
        }}
        allowDeselect={false}
        searchable
        error={error}
        size="xs"
      />
      <Switch
        label={t('inspector.unit.focalPoint')}
        aria-label={t('inspector.unit.focalPoint')}
        description={mixedFocal ? t('inspector.multi.mixedFocal') : undefined}
        checked={allFocal}
        onChange={(e) => {
          const on = e.currentTarget.checked;
          store.getState().edit((d) => {
            for (const id of ids) commands.updateUnit(d, id, { focalPoint: on || undefined });
          });
        }}
        size="xs"
      />
    </Stack>
  );
}
