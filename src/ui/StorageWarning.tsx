import { Alert, Button, Group, Text } from '@mantine/core';
import { useT } from '../i18n';

interface Props {
  /** Why the last save failed; nothing is shown while saves succeed. */
  reason: string | undefined;
  /** Saves the open document as a JSON file. */
  onDownload: () => void;
}

/**
 * Stays on screen while this browser cannot store the open organogram (no IndexedDB, a full disk,
 * a failed write). It cannot be dismissed: closing the tab now would lose the work, so the way out
 * it offers is a downloaded copy. The app retries on every change and hides this on success.
 */
export function StorageWarning({ reason, onDownload }: Props) {
  const { t } = useT();
  if (reason === undefined) return null;
  return (
    <Alert
      color="red"
      variant="filled"
      title={t('app.storage.title')}
      className="storage-warning"
      style={{
        position: 'fixed',
        top: 60,
        left: '50%',
        transform: 'translateX(-50%)',
        zIndex: 450,
        maxWidth: 640,
        boxShadow: '0 4px 12px rgb(0 0 0 / 0.18)',
      }}
    >
      <Text size="sm">{t('app.storage.text', { reason })}</Text>
      <Group justify="flex-end" mt="xs">
        <Button size="compact-sm" variant="white" color="red" onClick={onDownload}>
          {t('app.storage.download')}
        </Button>
      </Group>
    </Alert>
  );
}
