import { Button, Group, Select, Stack, Text, Title } from '@mantine/core';
import { canConnect, commands, LINK_KIND_DEFS, LINK_KINDS, unitNameIn } from '../../model';
import type { Link, LinkKind } from '../../model';
import { useEditor } from '../../state';
import { useT } from '../../i18n';
import { linkKindText } from '../../i18n';
import { connectReason } from '../../i18n';
import { DraftText, ProvenanceLine, useEdit } from './shared';

/** Everything about one selected link. */
export function LinkFields({ link }: { link: Link }) {
  const edit = useEdit();
  const doc = useEditor((s) => s.doc);
  const { t, lang } = useT();
  const name = (id: string) => unitNameIn(doc, id, lang);
  const def = LINK_KIND_DEFS[link.kind];
  const kindLabel = linkKindText(def, 'label', lang);
  const meaning = (k: LinkKind) => linkKindText(LINK_KIND_DEFS[k], 'meaning', lang);
  const allowed = LINK_KINDS.filter(
    (k) => k === link.kind || canConnect(doc, link.source, link.target, k, link.id).ok,
  );
  const swap = canConnect(doc, link.target, link.source, link.kind, link.id);

  return (
    <Stack gap="xs">
      <div>
        <Title order={3} size="h4">
          {kindLabel}
        </Title>
        <Text size="sm">
          <Text span fw={600}>
            {name(link.source)}
          </Text>{' '}
          {kindLabel.toLowerCase()}{' '}
          <Text span fw={600}>
            {name(link.target)}
          </Text>
        </Text>
        <ProvenanceLine provenance={link.provenance} />
      </div>
      <Group gap="xs" grow>
        <Text size="xs">
          {t('inspector.link.from')} <strong>{name(link.source)}</strong>
        </Text>
        <Text size="xs">
          {t('inspector.link.to')} <strong>{name(link.target)}</strong>
        </Text>
      </Group>
      <Select
        label={t('inspector.linkKind')}
        description={meaning(link.kind)}
        data={allowed.map((k) => ({
          value: k,
          label: linkKindText(LINK_KIND_DEFS[k], 'label', lang),
        }))}
        value={link.kind}
        onChange={(v) => {
          if (v && v !== link.kind) edit((d) => commands.rekindLink(d, link.id, v as LinkKind));
        }}
        renderOption={({ option }) => (
          <div>
            <Text size="xs">{option.label}</Text>
            <Text size="xs" c="dimmed">
              {meaning(option.value as LinkKind)}
            </Text>
          </div>
        )}
        allowDeselect={false}
        size="xs"
      />
      <DraftText
        label={t('inspector.link.label')}
        placeholder={t('inspector.link.labelHelp')}
        value={link.label ?? ''}
        onText={(v) =>
          edit((d) => commands.setLinkLabel(d, link.id, v || undefined), `edit:${link.id}:label`)
        }
        maxLength={500}
        size="xs"
      />
      <DraftText
        label={t('inspector.link.labelFr')}
        value={link.labelFr ?? ''}
        onText={(v) =>
          edit(
            (d) => commands.setLinkLabel(d, link.id, v || undefined, 'fr'),
            `edit:${link.id}:labelFr`,
          )
        }
        maxLength={500}
        size="xs"
      />
      <div>
        <Button
          size="xs"
          variant="default"
          disabled={!swap.ok}
          onClick={() =>
            edit((d) =>
              commands.repointLink(d, link.id, { source: link.target, target: link.source }),
            )
          }
        >
          {t('inspector.link.swap')}
        </Button>
        {!swap.ok && (
          <Text size="xs" c="dimmed" mt={4}>
            {t('inspector.link.cannotSwap', { reason: connectReason(swap, lang) })}
          </Text>
        )}
      </div>
    </Stack>
  );
}
