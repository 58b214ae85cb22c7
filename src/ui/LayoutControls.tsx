import { ActionIcon, Button, Group, Popover, SegmentedControl, Stack, Text } from '@mantine/core';
import { useAutoLayout } from '../editor';
import { useEditor, useEditorStore } from '../state';

/** "Auto layout" (also the L key), its options, and a Cancel while a layout runs. */
export function LayoutControls() {
  const store = useEditorStore();
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
        title={
          selected >= 2 ? 'Lay out the selected units (L)' : 'Lay out the whole organogram (L)'
        }
      >
        Auto layout
      </Button>
      <Popover position="bottom-end" withArrow shadow="md">
        <Popover.Target>
          <ActionIcon size="md" variant="default" aria-label="Layout options">
            ▾
          </ActionIcon>
        </Popover.Target>
        <Popover.Dropdown>
          <Stack gap="xs">
            <Text size="xs" fw={600}>
              Direction
            </Text>
            <SegmentedControl
              size="xs"
              aria-label="Layout direction"
              value={layout.direction}
              onChange={(v) => set({ direction: v as 'DOWN' | 'RIGHT' })}
              data={[
                { value: 'DOWN', label: 'Top-down' },
                { value: 'RIGHT', label: 'Left-right' },
              ]}
            />
            <Text size="xs" fw={600}>
              Spacing
            </Text>
            <SegmentedControl
              size="xs"
              aria-label="Layout spacing"
              value={layout.spacing}
              onChange={(v) => set({ spacing: v as 'compact' | 'normal' | 'roomy' })}
              data={[
                { value: 'compact', label: 'Compact' },
                { value: 'normal', label: 'Normal' },
                { value: 'roomy', label: 'Roomy' },
              ]}
            />
            <Text size="xs" c="dimmed" maw={220}>
              With two or more units selected, only those are laid out.
            </Text>
          </Stack>
        </Popover.Dropdown>
      </Popover>
    </Group>
  );
}
