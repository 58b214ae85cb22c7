import { Stack, Text, Title, UnstyledButton } from '@mantine/core';
import type { TFunction } from 'i18next';
import { findKind, labelIn, LINK_KIND_DEFS, unitNameIn } from '../../model';
import type { FieldChange, Lang, OrgDoc, StructuralDiff } from '../../model';
import { MARK_SYMBOLS } from '../../editor';
import type { DiffMark } from '../../editor';
import { useT } from '../../i18n';
import { kindText, linkKindText } from '../../i18n';
import { wordIn } from '../../i18n';

type Side = 'left' | 'right';
type Item = { key: string; text: string; side: Side; id: string };
interface Props {
  a: OrgDoc;
  b: OrgDoc;
  diff: StructuralDiff;
  onPick: (side: Side, id: string) => void;
}

/** Names units and links of the two documents in one language. */
function namer(t: TFunction, lang: Lang) {
  const kindShort = (id: string | null) => {
    const k = findKind(id ?? '');
    return k ? kindText(k, 'short', lang) : (id ?? '');
  };
  const unit = (d: OrgDoc, id: string | null) => {
    if (!id) return t('compare.diff.none');
    const u = d.units[id];
    return u ? t('compare.diff.unit', { kind: kindShort(u.kind), label: labelIn(u, lang) }) : id;
  };
  const link = (d: OrgDoc, id: string) => {
    const l = d.links[id];
    if (!l) return id;
    const end = (uid: string) => unitNameIn(d, uid, lang);
    const verb = linkKindText(LINK_KIND_DEFS[l.kind], 'label', lang).toLowerCase();
    return `${end(l.source)} ${verb} ${end(l.target)}`;
  };
  /** One changed field; a level is shown by its word ("strategic"), in French by the French one. */
  const field = (c: FieldChange, a: OrgDoc, b: OrgDoc) => {
    if (c.field === 'parent')
      return t('compare.diff.parent', { before: unit(a, c.before), after: unit(b, c.after) });
    if (c.field === 'kind')
      return t('compare.diff.kind', { before: kindShort(c.before), after: kindShort(c.after) });
    if (c.field === 'level') {
      const word = (v: string | null) => (v ? wordIn('levels', v, v, lang).toLowerCase() : '');
      return t('compare.diff.level', { before: word(c.before), after: word(c.after) });
    }
    return t('compare.diff.label', { before: c.before ?? '', after: c.after ?? '' });
  };
  return { unit, link, field };
}

/** The structural differences as a list; each entry shows its unit in both panes. */
export function ChangeList({ a, b, diff, onPick }: Props) {
  const { t, lang } = useT();
  const name = namer(t, lang);
  /** A link entry of the list: picking it rings the link's source unit on its side. */
  const linkItem = (d: OrgDoc, id: string, side: Side): Item => ({
    key: id,
    text: name.link(d, id),
    side,
    id: d.links[id]?.source ?? id,
  });
  const sections: { title: string; mark: DiffMark; items: Item[] }[] = [
    {
      title: t('compare.diff.unitsAdded'),
      mark: 'added',
      items: diff.addedUnits.map((id) => ({ key: id, text: name.unit(b, id), side: 'right', id })),
    },
    {
      title: t('compare.diff.unitsRemoved'),
      mark: 'removed',
      items: diff.removedUnits.map((id) => ({ key: id, text: name.unit(a, id), side: 'left', id })),
    },
    {
      title: t('compare.diff.unitsChanged'),
      mark: 'changed',
      items: diff.changedUnits.map((c) => ({
        key: c.a,
        text: t('compare.diff.changed', {
          unit: name.unit(a, c.a),
          changes: c.changes.map((f) => name.field(f, a, b)).join(t('compare.diff.separator')),
        }),
        side: 'left',
        id: c.a,
      })),
    },
    {
      title: t('compare.diff.linksAdded'),
      mark: 'added',
      items: diff.addedLinks.map((id) => linkItem(b, id, 'right')),
    },
    {
      title: t('compare.diff.linksRemoved'),
      mark: 'removed',
      items: diff.removedLinks.map((id) => linkItem(a, id, 'left')),
    },
    {
      title: t('compare.diff.linksRepointed'),
      mark: 'repointed',
      items: diff.repointedLinks.map((r) => ({
        key: r.a,
        text: t('compare.diff.repointed', {
          link: name.link(a, r.a),
          end: r.end === 'source' ? t('compare.diff.source') : t('compare.diff.target'),
          before: name.unit(a, r.before),
          after: name.unit(b, r.after),
        }),
        side: 'left',
        id: a.links[r.a]?.source ?? r.a,
      })),
    },
  ];
  const s = diff.summary;
  return (
    <Stack gap="sm" role="region" aria-label={t('compare.changes')} className="change-list">
      <Text size="sm">
        {s.identical ? t('compare.diff.same') : t('compare.diff.summary', { ...s })}
      </Text>
      {sections
        .filter((sec) => sec.items.length > 0)
        .map((sec) => (
          <section key={sec.mark + sec.title} aria-label={sec.title}>
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
