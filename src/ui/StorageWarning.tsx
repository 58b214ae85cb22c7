import { Alert, Button, Group, Text } from '@mantine/core';

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
  if (reason === undefined) return null;
  return (
    <Alert
      color="red"
      variant="filled"
      title="Not saved in this browser"
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
      <Text size="sm">
        Your work is kept in memory only and is lost if this tab closes. Saving is tried again at
        each change. ({reason})
      </Text>
      <Group justify="flex-end" mt="xs">
        <Button size="compact-sm" variant="white" color="red" onClick={onDownload}>
          Download a copy
        </Button>
      </Group>
    </Alert>
  );
}
