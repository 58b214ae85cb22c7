import { useState } from 'react';
import { List, Select, Stack, Text } from '@mantine/core';
import { canConnect, commands, findKind, freshId } from '../../model';
import type { LinkKind, OrgDoc, Unit } from '../../model';
import { useEditor, useEditorStore } from '../../state';

const NONE = '__none__';

/** Units that can sit at the other end of a chair or secretariat link: not forums, not containers. */
function candidates(doc: OrgDoc): { value: string; label: string }[] {
  return [
    { value: NONE, label: 'None' },
    ...Object.values(doc.units)
      .filter((u) => {
        const k = findKind(u.kind);
        return k && !k.forum && !k.container;
      })
      .map((u) => ({ value: u.id, label: u.label || u.id }))
      .sort((a, b) => a.label.localeCompare(b.label)),
  ];
}

/** The Chair or Secretariat of a forum: the unit at the other end of a `chairs` / `secretariat-of` link. */
function RoleSelect({ forum, kind, label }: { forum: Unit; kind: LinkKind; label: string }) {
  const store = useEditorStore();
  const doc = useEditor((s) => s.doc);
  const [error, setError] = useState<string>();
  const current = Object.values(doc.links).find((l) => l.kind === kind && l.target === forum.id);

  const change = (next: string | null) => {
    const who = next && next !== NONE ? next : undefined;
    if (who === current?.source) return;
    const d0 = store.getState().doc;
    if (who) {
      const verdict = canConnect(d0, who, forum.id, kind, current?.id);
      if (!verdict.ok) {
        setError(verdict.reason);
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
      data={candidates(doc)}
      value={current && doc.units[current.source] ? current.source : NONE}
      onChange={change}
      searchable
      allowDeselect={false}
      nothingFoundMessage="No unit matches"
      error={error}
      size="xs"
    />
  );
}

export function ChairSelect({ forum }: { forum: Unit }) {
  return <RoleSelect forum={forum} kind="chairs" label="Chair" />;
}

export function SecretariatSelect({ forum }: { forum: Unit }) {
  return <RoleSelect forum={forum} kind="secretariat-of" label="Secretariat" />;
}

/** Read-only list of the forum's co-chairs, members and observers, from its links. */
export function Participants({ forum }: { forum: Unit }) {
  const doc = useEditor((s) => s.doc);
  const names = (kind: LinkKind) =>
    Object.values(doc.links)
      .filter((l) => l.kind === kind && l.target === forum.id)
      .map((l) => doc.units[l.source]?.label || l.source);
  const groups: [string, string[]][] = [
    ['Co-chairs', names('co-chairs')],
    ['Members', names('member-of')],
    ['Observers', names('observer-of')],
  ];
  return (
    <Stack gap={4} role="group" aria-label="Members and observers">
      {groups
        .filter(([title, list]) => title !== 'Co-chairs' || list.length > 0)
        .map(([title, list]) => (
          <div key={title}>
            <Text size="xs" fw={600}>
              {title} ({list.length})
            </Text>
            {list.length === 0 ? (
              <Text size="xs" c="dimmed">
                None yet: draw a link to this forum.
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
