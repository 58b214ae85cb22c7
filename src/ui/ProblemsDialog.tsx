import { Button, Group, List, Modal, Text } from '@mantine/core';
import type { Problem } from '../model';
import { problemText, useT } from '../i18n';

interface Props {
  name: string;
  problems: Problem[] | undefined;
  onClose: () => void;
  title?: string;
  /** What the user should know stayed as it was. */
  unchanged?: string;
}

/** Shows why a file could not be opened, in the language on screen, and says nothing changed. */
export function ProblemsDialog({ name, problems, onClose, title, unchanged }: Props) {
  const { t, lang } = useT();
  const n = problems?.length ?? 0;
  return (
    // The dialog ends in its own Close button (and Escape): no second, corner one of the same name.
    <Modal
      withCloseButton={false}
      opened={!!problems}
      onClose={onClose}
      title={title ?? t('app.problems.title')}
      size="lg"
    >
      <Text size="sm" mb="sm">
        {t('app.problems.count', { name, count: n })} {unchanged ?? t('app.problems.unchanged')}
      </Text>
      <List size="sm" spacing={4} data-testid="problems.list">
        {problems?.map((p, i) => (
          <List.Item key={i}>
            {p.path && <code className="problem-path">{p.path}</code>} {problemText(p, lang)}
          </List.Item>
        ))}
      </List>
      <Group justify="flex-end" mt="md">
        <Button onClick={onClose}>{t('common.close')}</Button>
      </Group>
    </Modal>
  );
}
