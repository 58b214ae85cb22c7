import { Badge, Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { presets } from '../state';
import type { Preset } from '../state';

const MODEL_NAMES: Record<string, string> = {
  'poc-adviser': 'Coordinator model',
  'substantive-section': 'Coordinator model',
  group: 'Coordinator model',
  'head-of-mission': 'Coordinator model',
  'forum-architecture': 'Forum architecture',
  centralised: 'Teaching',
  decentralised: 'Teaching',
  template: 'Template',
};

function provenanceBadge(p: Preset) {
  const status = p.doc.provenance?.status ?? 'reconstructed';
  return status === 'verified' ? (
    <Badge color="teal" variant="light" title="Backed by public sources">
      Verified
    </Badge>
  ) : (
    <Badge
      color="orange"
      variant="light"
      title="Reconstructed from related guidance; not the study's own chart"
    >
      Derived
    </Badge>
  );
}

function firstSentence(text: string) {
  const m = /^.*?[.!?](\s|$)/.exec(text);
  return (m ? m[0] : text).trim();
}

/** The preset gallery and the "New organogram" entry point. */
export function StartScreen({
  onNew,
  onOpenPreset,
}: {
  onNew: () => void;
  onOpenPreset: (id: string) => void;
}) {
  const list = presets();
  return (
    <Stack className="start" gap="md" p="lg" component="section" aria-label="Start">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1} size="h2">
            POC coordination organograms
          </Title>
          <Text c="dimmed" size="sm" maw={760}>
            Start from one of the structures compared in the DPKO/DFS study on POC coordination
            mechanisms, or from a blank page. Items marked “Derived” are reconstructed from related
            guidance, not the study’s own charts.
          </Text>
        </div>
        <Button size="md" onClick={onNew}>
          New organogram
        </Button>
      </Group>
      <SimpleGrid
        cols={{ base: 1, sm: 2, lg: 3, xl: 4 }}
        spacing="md"
        role="list"
        aria-label="Presets"
      >
        {list.map((p) => (
          <Card
            key={p.id}
            withBorder
            radius="md"
            padding="md"
            role="listitem"
            data-testid={`gallery.preset.${p.id}`}
          >
            <Stack gap={6} h="100%">
              <Group justify="space-between" gap={4} wrap="nowrap">
                <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
                  {MODEL_NAMES[p.doc.model ?? ''] ?? 'Organogram'}
                </Text>
                {provenanceBadge(p)}
              </Group>
              <Title order={2} size="h4">
                {p.doc.title}
              </Title>
              <Text size="sm" style={{ flex: 1 }}>
                {firstSentence(p.doc.description)}
              </Text>
              <Group justify="space-between">
                <Text size="xs" c="dimmed">
                  {Object.keys(p.doc.units).length} units · {Object.keys(p.doc.links).length} links
                </Text>
                <Button
                  size="xs"
                  variant="light"
                  onClick={() => onOpenPreset(p.id)}
                  aria-label={`Open ${p.doc.title}`}
                >
                  Open
                </Button>
              </Group>
            </Stack>
          </Card>
        ))}
      </SimpleGrid>
    </Stack>
  );
}
