import { Stack, Text, Title, UnstyledButton } from '@mantine/core';
import { findKind, LINK_KIND_DEFS } from '../../model';
import type { FieldChange, OrgDoc, StructuralDiff } from '../../model';
import { MARK_SYMBOLS } from '../../editor';
import type { DiffMark } from '../../editor';

type Side = 'left' | 'right';
interface Props {
  a: OrgDoc;
  b: OrgDoc;
  diff: StructuralDiff;
  onPick: (side: Side, id: string) => void;
}

const unitName = (d: OrgDoc, id: string | null) => {
  if (!id) return 'none';
  const u = d.units[id];
  return u ? `${findKind(u.kind)?.short ?? u.kind} “${u.label}”` : id;
};
const linkName = (d: OrgDoc, id: string) => {
  const l = d.links[id];
  if (!l) return id;
  return `${d.units[l.source]?.label ?? l.source} ${LINK_KIND_DEFS[l.kind].label.toLowerCase()} ${d.units[l.target]?.label ?? l.target}`;
};

/** A link entry of the list: picking it rings the link's source unit on its side. */
const linkItem = (d: OrgDoc, id: string, side: Side) => ({
  key: id,
  text: linkName(d, id),
  side,
  id: d.links[id]?.source ?? id,
});

function fieldText(c: FieldChange, a: OrgDoc, b: OrgDoc): string {
  if (c.field === 'parent')
    return `container ${c.before ? unitName(a, c.before) : 'none'} → ${c.after ? unitName(b, c.after) : 'none'}`;
  if (c.field === 'kind')
    return `kind ${findKind(c.before ?? '')?.short ?? c.before} → ${findKind(c.after ?? '')?.short ?? c.after}`;
  return `${c.field} “${c.before ?? ''}” → “${c.after ?? ''}”`;
}

/** The structural differences as a list; each entry shows its unit in both panes. */
export function ChangeList({ a, b, diff, onPick }: Props) {
  const sections: {
    title: string;
    mark: DiffMark;
    items: { key: string; text: string; side: Side; id: string }[];
  }[] = [
    {
      title: 'Units added',
      mark: 'added',
      items: diff.addedUnits.map((id) => ({ key: id, text: unitName(b, id), side: 'right', id })),
    },
    {
      title: 'Units removed',
      mark: 'removed',
      items: diff.removedUnits.map((id) => ({ key: id, text: unitName(a, id), side: 'left', id })),
    },
    {
      title: 'Units changed',
      mark: 'changed',
      items: diff.changedUnits.map((c) => ({
        key: c.a,
        text: `${unitName(a, c.a)}: ${c.changes.map((f) => fieldText(f, a, b)).join('; ')}`,
        side: 'left',
        id: c.a,
      })),
    },
    {
      title: 'Links added',
      mark: 'added',
      items: diff.addedLinks.map((id) => linkItem(b, id, 'right')),
    },
    {
      title: 'Links removed',
      mark: 'removed',
      items: diff.removedLinks.map((id) => linkItem(a, id, 'left')),
    },
    {
      title: 'Links re-pointed',
      mark: 'repointed',
      items: diff.repointedLinks.map((r) => ({
        key: r.a,
        text: `${linkName(a, r.a)}: ${r.end} ${unitName(a, r.before)} → ${unitName(b, r.after)}`,
        side: 'left',
        id: a.links[r.a]?.source ?? r.a,
      })),
    },
  ];
  const s = diff.summary;
  return (
    <Stack gap="sm" role="region" aria-label="Changes" className="change-list">
      <Text size="sm">
        {s.identical
          ? 'The two structures are the same.'
          : `${s.unitsAdded} units added, ${s.unitsRemoved} removed, ${s.unitsChanged} changed; ${s.linksAdded} links added, ${s.linksRemoved} removed, ${s.linksRepointed} re-pointed.`}
      </Text>
      {sections
        .filter((sec) => sec.items.length > 0)
        .map((sec) => (
          <section key={sec.title} aria-label={sec.title}>
            <Title order={4} size="h6">
              <span className={`diff-badge diff-badge--${sec.mark}`} aria-hidden="true">
                {MARK_SYMBOLS[sec.mark]}
              </span>{' '}
              {sec.title} ({sec.items.length})
            </Title>
            <ul className="change-list__items">
              {sec.items.map((it) => (
                <li key={it.key}>
                  <UnstyledButton
                    className="change-list__item"
                    onClick={() => onPick(it.side, it.id)}
                  >
                    {it.text}
                  </UnstyledButton>
                </li>
              ))}
            </ul>
          </section>
        ))}
    </Stack>
  );
}
