import { useState } from 'react';
import { List, Select, Stack, Text } from '@mantine/core';
import { canConnect, commands, findKind, freshId, labelIn, unitNameIn } from '../../model';
import type { Lang, LinkKind, OrgDoc, Unit } from '../../model';
import { useEditor, useEditorStore } from '../../state';
import { fixedT, useT } from '../../i18n';
import { connectReason } from '../../i18n';

const NONE = '__none__';

/** Units that can sit at the other end of a chair or secretariat link: not forums, not containers. */
function candidates(doc: OrgDoc, lang: Lang): { value: string; label: string }[] {
  return [
    { value: NONE, label: fixedT(lang)('inspector.forum.none') },
    ...Object.values(doc.units)
      .filter((u) => {
        const k = findKind(u.kind);
        return k && !k.forum && !k.container;
      })
      .map((u) => ({ value: u.id, label: labelIn(u, lang) || u.id }))
      .sort((a, b) => a.label.localeCompare(b.label)),
  ];
}

/** The Chair or Secretariat of a forum: the unit at the other end of a `chairs` / `secretariat-of` link. */
function RoleSelect({ forum, kind, label }: { forum: Unit; kind: LinkKind; label: string }) {
  const store = useEditorStore();
  const doc = useEditor((s) => s.doc);
  const { t, lang } = useT();
  const [error, setError] = useState<string>();
  const current = Object.values(doc.links).find((l) => l.kind === kind && l.target === forum.id);

  const change = (next: string | null) => {
    const who = next && next !== NONE ? next : undefined;
    if (who === current?.source) return;
    const d0 = store.getState().doc;
    if (who) {
      const verdict = canConnect(d0, who, forum.id, kind, current?.id);
      if (!verdict.ok) {
        setError(connectReason(verdict, lang));
        return;
      }
    }
    setError(undefined);
    store.getState().edit((d) => {
      if (current) commands.removeLinks(d, [current.id]);
      if (who) {
        const id = freshId(d0, `${who}->${forum.id}`);
        commands.addLink(d, {
          id,
          kind,
          source: who,
          target: forum.id,
          provenance: { status: 'user' },
        });
      }
    });
  };

  return (
    <Select
      label={label}
      data={candidates(doc, lang)}
      value={current && doc.units[current.source] ? current.source : NONE}
      onChange={change}
      searchable
      allowDeselect={false}
      nothingFoundMessage={t('inspector.noUnitMatches')}
      error={error}
      size="xs"
    />
  );
}

export function ChairSelect({ forum }: { forum: Unit }) {
  const { t } = useT();
  return <RoleSelect forum={forum} kind="chairs" label={t('inspector.forum.chair')} />;
}

export function SecretariatSelect({ forum }: { forum: Unit }) {
  const { t } = useT();
  return (
    <RoleSelect forum={forum} kind="secretariat-of" label={t('inspector.forum.secretariat')} />
  );
}

/** Read-only list of the forum's co-chairs, members and observers, from its links. */
export function Participants({ forum }: { forum: Unit }) {
  const doc = useEditor((s) => s.doc);
  const { t, lang } = useT();
  const names = (kind: LinkKind) =>
    Object.values(doc.links)
      .filter((l) => l.kind === kind && l.target === forum.id)
      .map((l) => unitNameIn(doc, l.source, lang));
  const groups: [LinkKind, string, string[]][] = [
    ['co-chairs', t('inspector.forum.coChairs'), names('co-chairs')],
    ['member-of', t('inspector.forum.members'), names('member-of')],
    ['observer-of', t('inspector.forum.observers'), names('observer-of')],
  ];
  return (
    <Stack gap={4} role="group" aria-label={t('inspector.forum.people')}>
      {groups
        .filter(([kind, , list]) => kind !== 'co-chairs' || list.length > 0)
        .map(([kind, title, list]) => (
          <div key={kind}>
            <Text size="xs" fw={600}>
              {t('inspector.forum.count', { title, n: list.length })}
            </Text>
            {list.length === 0 ? (
              <Text size="xs" c="dimmed">
                {t('inspector.forum.noneYet')}
              </Text>
            ) : (
              <List size="xs">
                {list.map((n, i) => (
                  <List.Item key={`${n}-${i}`}>{n}</List.Item>
                ))}
              </List>
            )}
          </div>
        ))}
    </Stack>
  );
}
