import { Badge, Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { docDescriptionIn, docTitleIn } from '../model';
import type { Lang } from '../model';
import { presets } from '../state';
import type { Preset } from '../state';
import { useT } from '../i18n';

type T = ReturnType<typeof useT>['t'];

const MODEL_KEYS = {
  'poc-adviser': 'app.start.models.coordinator',
  'substantive-section': 'app.start.models.coordinator',
  group: 'app.start.models.coordinator',
  'head-of-mission': 'app.start.models.coordinator',
  'forum-architecture': 'app.start.models.forumArchitecture',
  centralised: 'app.start.models.teaching',
  decentralised: 'app.start.models.teaching',
  template: 'app.start.models.template',
} as const;

function modelName(p: Preset, t: T): string {
  const key = MODEL_KEYS[(p.doc.model ?? '') as keyof typeof MODEL_KEYS];
  return key ? t(key) : t('app.start.models.organogram');
}

function provenanceBadge(p: Preset, t: T) {
  const status = p.doc.provenance?.status ?? 'reconstructed';
  return status === 'verified' ? (
    <Badge color="teal" variant="light" title={t('app.start.verifiedTip')}>
      {t('app.start.verified')}
    </Badge>
  ) : (
    <Badge color="orange" variant="light" title={t('app.start.derivedTip')}>
      {t('app.start.derived')}
    </Badge>
  );
}

function firstSentence(text: string) {
  const m = /^.*?[.!?](\s|$)/.exec(text);
  return (m ? m[0] : text).trim();
}

/** One preset's card: its model, provenance, title, first sentence, size and "Open". */
function PresetCard({ p, lang, t, onOpen }: { p: Preset; lang: Lang; t: T; onOpen: () => void }) {
  const title = docTitleIn(p.doc, lang);
  return (
    <Card
      withBorder
      radius="md"
      padding="md"
      role="listitem"
      data-testid={`gallery.preset.${p.id}`}
    >
      <Stack gap={6} h="100%">
        <Group justify="space-between" gap={4} wrap="nowrap">
          <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
            {modelName(p, t)}
          </Text>
          {provenanceBadge(p, t)}
        </Group>
        <Title order={2} size="h4">
          {title}
        </Title>
        <Text size="sm" style={{ flex: 1 }}>
          {firstSentence(docDescriptionIn(p.doc, lang))}
        </Text>
        <Group justify="space-between">
          <Text size="xs" c="dimmed">
            {t('app.start.size', {
              units: Object.keys(p.doc.units).length,
              links: Object.keys(p.doc.links).length,
            })}
          </Text>
          {/* Named after the title in the language on screen: "Open <English title>" in English. */}
          <Button
            size="xs"
            variant="light"
            onClick={onOpen}
            aria-label={t('app.openNamed', { title })}
          >
            {t('common.open')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
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
  const { t, lang } = useT();
  return (
    <Stack className="start" gap="md" p="lg" component="section" aria-label={t('app.start.label')}>
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1} size="h2">
            {t('app.start.heading')}
          </Title>
          <Text c="dimmed" size="sm" maw={760}>
            {t('app.start.intro')}
          </Text>
        </div>
        <Button size="md" onClick={onNew}>
          {t('app.start.new')}
        </Button>
      </Group>
      <SimpleGrid
        cols={{ base: 1, sm: 2, lg: 3, xl: 4 }}
        spacing="md"
        role="list"
        aria-label={t('app.presets')}
      >
        {list.map((p) => (
          <PresetCard key={p.id} p={p} lang={lang} t={t} onOpen={() => onOpenPreset(p.id)} />
        ))}
      </SimpleGrid>
    </Stack>
  );
}
