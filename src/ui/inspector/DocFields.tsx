import { Stack, Text, Title } from '@mantine/core';
import { commands } from '../../model';
import { useEditor } from '../../state';
import { DraftText, useEdit } from './shared';

/** The document's own fields, shown when nothing is selected. */
export function DocFields() {
  const edit = useEdit();
  const title = useEditor((s) => s.doc.title);
  const description = useEditor((s) => s.doc.description);
  const classification = useEditor((s) => s.doc.meta.classification ?? '');
  const author = useEditor((s) => s.doc.meta.author ?? '');
  const set = (field: 'title' | 'description' | 'classification' | 'author') => (value: string) =>
    edit((d) => commands.setDocInfo(d, { [field]: value }), `edit:doc:${field}`);

  return (
    <Stack gap="xs">
      <Title order={3} size="h4">
        This organogram
      </Title>
      <Text size="xs" c="dimmed">
        Select a unit or a line on the canvas to see and edit its details.
      </Text>
      <DraftText
        label="Document title"
        value={title}
        onText={set('title')}
        maxLength={300}
        size="xs"
      />
      <DraftText
        label="Description"
        value={description}
        onText={set('description')}
        multiline
        maxLength={5000}
        size="xs"
      />
      <DraftText
        label="Classification"
        placeholder="e.g. UNCLASSIFIED"
        value={classification}
        onText={set('classification')}
        maxLength={100}
        size="xs"
      />
      <DraftText label="Author" value={author} onText={set('author')} maxLength={200} size="xs" />
    </Stack>
  );
}
