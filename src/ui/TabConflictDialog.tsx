import { Button, Group, Modal, Stack, Text } from '@mantine/core';

interface Props {
  /** The title of the organogram in conflict; the dialog shows while it is set. */
  title: string | undefined;
  /** Replaces this tab's document with the one the other tab saved. */
  onLoadTheirs: () => void;
  /** Keeps this tab's document under a new id, "<title> (copy)", leaving theirs untouched. */
  onKeepMine: () => void;
}

/**
 * Asked when another tab saved the organogram open here. Autosave is paused until the user
 * chooses, so neither tab's work is overwritten without a decision; there is no way to dismiss it
 * without choosing, because a dismissed conflict would silently stay unsaved.
 */
export function TabConflictDialog({ title, onLoadTheirs, onKeepMine }: Props) {
  return (
    <Modal
      opened={title !== undefined}
      onClose={() => undefined}
      withCloseButton={false}
      closeOnEscape={false}
      closeOnClickOutside={false}
      title="This organogram was changed in another tab"
      size="md"
    >
      <Stack>
        <Text size="sm">
          “{title}” was saved from another tab after you opened it here. This tab has stopped saving
          it so that neither version overwrites the other.
        </Text>
        <Text size="sm">
          Load their version to continue from what the other tab saved (your changes here are
          dropped), or keep yours as a separate copy (theirs stays as it is).
        </Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onLoadTheirs}>
            Load their version
          </Button>
          <Button onClick={onKeepMine}>Keep mine as a copy</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
