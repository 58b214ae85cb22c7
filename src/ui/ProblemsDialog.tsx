import { Button, Group, List, Modal, Text } from '@mantine/core';
import type { Problem } from '../model';

/** Shows why a file could not be opened, and says that nothing was changed. */
export function ProblemsDialog({
  name,
  problems,
  onClose,
}: {
  name: string;
  problems: Problem[] | undefined;
  onClose: () => void;
}) {
  return (
    <Modal opened={!!problems} onClose={onClose} title="This file cannot be opened" size="lg">
      <Text size="sm" mb="sm">
        {name} has {problems?.length === 1 ? 'a problem' : `${problems?.length ?? 0} problems`}. The
        open organogram has not changed.
      </Text>
      <List size="sm" spacing={4} data-testid="problems.list">
        {problems?.map((p, i) => (
          <List.Item key={i}>
            {p.path && <code className="problem-path">{p.path}</code>} {p.message}
          </List.Item>
        ))}
      </List>
      <Group justify="flex-end" mt="md">
        <Button onClick={onClose}>Close</Button>
      </Group>
    </Modal>
  );
}
