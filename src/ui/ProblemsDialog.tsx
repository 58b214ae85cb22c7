import { Button, Group, List, Modal, Text } from '@mantine/core';
import type { Problem } from '../model';

interface Props {
  name: string;
  problems: Problem[] | undefined;
  onClose: () => void;
  title?: string;
  /** What the user should know stayed as it was. */
  unchanged?: string;
}

/** Shows why a file could not be opened, and says that nothing was changed. */
export function ProblemsDialog({
  name,
  problems,
  onClose,
  title = 'This file cannot be opened',
  unchanged = 'The open organogram has not changed.',
}: Props) {
  const n = problems?.length ?? 0;
  return (
    <Modal opened={!!problems} onClose={onClose} title={title} size="lg">
      <Text size="sm" mb="sm">
        {name} has {n === 1 ? 'a problem' : `${n} problems`}. {unchanged}
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
