import { Stack, Text, Title } from '@mantine/core';
import { commands } from '../../model';
import { useEditor } from '../../state';
import { useT } from '../../i18n';
import { DraftText, useEdit } from './shared';

type DocField = 'title' | 'titleFr' | 'description' | 'descriptionFr' | 'classification' | 'author';

/** The document's own fields, shown when nothing is selected. */
export function DocFields() {
  const edit = useEdit();
  const { t } = useT();
  const title = useEditor((s) => s.doc.title);
  const titleFr = useEditor((s) => s.doc.titleFr ?? '');
  const description = useEditor((s) => s.doc.description);
  const descriptionFr = useEditor((s) => s.doc.descriptionFr ?? '');
  const classification = useEditor((s) => s.doc.meta.classification ?? '');
  const author = useEditor((s) => s.doc.meta.author ?? '');
  const set = (field: DocField) => (value: string) =>
    edit((d) => commands.setDocInfo(d, { [field]: value }), `edit:doc:${field}`);

  return (
    <Stack gap="xs">
      <Title order={3} size="h4">
        {t('inspector.doc.heading')}
      </Title>
      <Text size="xs" c="dimmed">
        {t('inspector.doc.hint')}
      </Text>
      <DraftText
        label={t('inspector.doc.title')}
        value={title}
        onText={set('title')}
        maxLength={300}
        size="xs"
      />
      {/* The French twins are used when the app or an export is in French; empty falls back. */}
      <DraftText
        label={t('inspector.doc.titleFr')}
        value={titleFr}
        onText={set('titleFr')}
        maxLength={300}
        size="xs"
        lang="fr"
      />
      <DraftText
        label={t('inspector.doc.description')}
        value={description}
        onText={set('description')}
        multiline
        maxLength={5000}
        size="xs"
      />
      <DraftText
        label={t('inspector.doc.descriptionFr')}
        value={descriptionFr}
        onText={set('descriptionFr')}
        multiline
        maxLength={5000}
        size="xs"
        lang="fr"
      />
      <DraftText
        label={t('inspector.doc.classification')}
        placeholder={t('inspector.doc.classificationExample')}
        value={classification}
        onText={set('classification')}
        maxLength={100}
        size="xs"
      />
      <DraftText
        label={t('inspector.doc.author')}
        value={author}
        onText={set('author')}
        maxLength={200}
        size="xs"
      />
    </Stack>
  );
}
