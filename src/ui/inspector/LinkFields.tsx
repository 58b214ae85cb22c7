import { Button, Group, Select, Stack, Text, Title } from '@mantine/core';
import { canConnect, commands, LINK_KIND_DEFS, LINK_KINDS } from '../../model';
import type { Link, LinkKind } from '../../model';
import { useEditor } from '../../state';
import { DraftText, ProvenanceLine, useEdit } from './shared';

/** Everything about one selected link. */
export function LinkFields({ link }: { link: Link }) {
  const edit = useEdit();
  const doc = useEditor((s) => s.doc);
  const name = (id: string) => doc.units[id]?.label || id;
  const def = LINK_KIND_DEFS[link.kind];
  const allowed = LINK_KINDS.filter(
    (k) => k === link.kind || canConnect(doc, link.source, link.target, k, link.id).ok,
  );
  const swap = canConnect(doc, link.target, link.source, link.kind, link.id);

  return (
    <Stack gap="xs">
      <div>
        <Title order={3} size="h4">
          {def.label}
        </Title>
        <Text size="sm">
          <Text span fw={600}>
            {name(link.source)}
          </Text>{' '}
          {def.label.toLowerCase()}{' '}
          <Text span fw={600}>
            {name(link.target)}
          </Text>
        </Text>
        <ProvenanceLine provenance={link.provenance} />
      </div>
      <Group gap="xs" grow>
        <Text size="xs">
          From: <strong>{name(link.source)}</strong>
        </Text>
        <Text size="xs">
          To: <strong>{name(link.target)}</strong>
        </Text>
      </Group>
      <Select
        label="Link kind"
        description={def.meaning}
        data={allowed.map((k) => ({ value: k, label: LINK_KIND_DEFS[k].label }))}
        value={link.kind}
        onChange={(v) => {
          if (v && v !== link.kind) edit((d) => commands.rekindLink(d, link.id, v as LinkKind));
        }}
        renderOption={({ option }) => (
          <div>
            <Text size="xs">{option.label}</Text>
            <Text size="xs" c="dimmed">
              {LINK_KIND_DEFS[option.value as LinkKind].meaning}
            </Text>
          </div>
        )}
        allowDeselect={false}
        size="xs"
      />
      <DraftText
        label="Link label"
        placeholder="Optional text on the line"
        value={link.label ?? ''}
        onText={(v) =>
          edit((d) => commands.setLinkLabel(d, link.id, v || undefined), `edit:${link.id}:label`)
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
          Swap direction
        </Button>
        {!swap.ok && (
          <Text size="xs" c="dimmed" mt={4}>
            Cannot swap: {swap.reason}
          </Text>
        )}
      </div>
    </Stack>
  );
}
