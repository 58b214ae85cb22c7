import { Divider, Stack, Text, Title } from '@mantine/core';
import { findKind } from '../model';
import { useEditor } from '../state';
import { AddLinkFields } from './inspector/AddLinkFields';
import { DocFields } from './inspector/DocFields';
import { LinkFields } from './inspector/LinkFields';
import { MultiFields } from './inspector/MultiFields';
import { UnitFields } from './inspector/UnitFields';
import { useT } from '../i18n';

/** The Properties panel: edits whatever is selected, or the document itself when nothing is. */
export function Inspector() {
  const doc = useEditor((s) => s.doc);
  const selection = useEditor((s) => s.view.selection);
  const { t } = useT();
  const units = selection.units.flatMap((id) => (doc.units[id] ? [doc.units[id]] : []));
  const links = selection.links.flatMap((id) => (doc.links[id] ? [doc.links[id]] : []));

  let body;
  if (units.length === 1 && links.length === 0) {
    const unit = units[0]!;
    // Containers take no links (canConnect), so they get no "Add link" section.
    body = (
      <Stack gap="xs">
        <UnitFields key={unit.id} unit={unit} />
        {!findKind(unit.kind)?.container && (
          <>
            <Divider />
            <AddLinkFields key={unit.id} unit={unit} />
          </>
        )}
      </Stack>
    );
  } else if (units.length === 0 && links.length === 1)
    body = <LinkFields key={links[0]!.id} link={links[0]!} />;
  else if (units.length > 0) body = <MultiFields units={units} linkCount={links.length} />;
  else if (links.length > 0)
    body = (
      <Stack gap="xs">
        <Title order={3} size="h4">
          {t('inspector.linksSelected', { count: links.length })}
        </Title>
        <Text size="xs" c="dimmed">
          {t('inspector.selectOneLink')}
        </Text>
      </Stack>
    );
  else body = <DocFields />;

  return (
    <section aria-label={t('inspector.properties')} className="inspector">
      {body}
    </section>
  );
}
