import { ActionIcon, Button, Group, Popover, SegmentedControl, Stack, Text } from '@mantine/core';
import { useAutoLayout } from '../editor';
import { useEditor, useEditorStore } from '../state';
import { useT } from '../i18n';

/** "Auto layout" (also the L key), its options, and a Cancel while a layout runs. */
export function LayoutControls() {
  const store = useEditorStore();
  const { t } = useT();
  const layout = useEditor((s) => s.view.layout);
  const selected = useEditor((s) => s.view.selection.units.length);
  const run = useAutoLayout();
  const set = (patch: Partial<typeof layout>) =>
    store.getState().setView({ layout: { ...layout, ...patch } });
  return (
    <Group gap={2} wrap="nowrap">
      <Button
        size="compact-sm"
        variant="filled"
        onClick={() => void run()}
        disabled={layout.busy}
        title={selected >= 2 ? t('app.layout.selectedTip') : t('app.layout.allTip')}
      >
        {t('app.layout.auto')}
      </Button>
      <Popover position="bottom-end" withArrow shadow="md">
        <Popover.Target>
          <ActionIcon size="md" variant="default" aria-label={t('app.layout.options')}>
            ▾
          </ActionIcon>
        </Popover.Target>
        <Popover.Dropdown>
          <Stack gap="xs">
            <Text size="xs" fw={600}>
              {t('app.layout.direction')}
            </Text>
            <SegmentedControl
              size="xs"
              aria-label={t('app.layout.directionLabel')}
              value={layout.direction}
              onChange={(v) => set({ direction: v as 'DOWN' | 'RIGHT' })}
              data={[
                { value: 'DOWN', label: t('app.layout.topDown') },
                { value: 'RIGHT', label: t('app.layout.leftRight') },
              ]}
            />
            <Text size="xs" fw={600}>
              {t('app.layout.spacing')}
            </Text>
            <SegmentedControl
              size="xs"
              aria-label={t('app.layout.spacingLabel')}
              value={layout.spacing}
              onChange={(v) => set({ spacing: v as 'compact' | 'normal' | 'roomy' })}
              data={[
                { value: 'compact', label: t('app.layout.compact') },
                { value: 'normal', label: t('app.layout.normal') },
                { value: 'roomy', label: t('app.layout.roomy') },
              ]}
            />
            <Text size="xs" c="dimmed" maw={220}>
              {t('app.layout.selectionHint')}
            </Text>
          </Stack>
        </Popover.Dropdown>
      </Popover>
    </Group>
  );
}
