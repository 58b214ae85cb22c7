import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useT } from '../i18n';

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
  const { t } = useT();
  return (
    <Modal
      opened={title !== undefined}
      onClose={() => undefined}
      withCloseButton={false}
      closeOnEscape={false}
      closeOnClickOutside={false}
      title={t('app.conflict.title')}
      size="md"
    >
      <Stack>
        <Text size="sm">{t('app.conflict.savedElsewhere', { title: title ?? '' })}</Text>
        <Text size="sm">{t('app.conflict.choose')}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onLoadTheirs}>
            {t('app.conflict.loadTheirs')}
          </Button>
          <Button onClick={onKeepMine}>{t('app.conflict.keepMine')}</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
