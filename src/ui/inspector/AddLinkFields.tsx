import { useMemo, useRef, useState } from 'react';
import { Button, Select, Stack, Title } from '@mantine/core';
import {
  canConnect,
  commands,
  defaultLinkKind,
  findKind,
  freshId,
  labelIn,
  LINK_KIND_DEFS,
  LINK_KINDS,
} from '../../model';
import type { LinkKind, Unit } from '../../model';
import { useEditor, useEditorStore } from '../../state';
import { fixedT, useT } from '../../i18n';
import { kindText, linkKindText } from '../../i18n';
import { connectReason } from '../../i18n';

/**
 * Draws a link from the selected unit without a mouse: pick the other end, adjust the kind, press
 * "Add link". The same command and the same canConnect rules as drawing on the canvas, and the
 * refusal reason is shown on the field instead of a notice.
 */
export function AddLinkFields({ unit }: { unit: Unit }) {
  const store = useEditorStore();
  const doc = useEditor((s) => s.doc);
  const units = doc.units;
  const { t, lang } = useT();
  const [picked, setTarget] = useState<string | null>(null);
  const [kind, setKind] = useState<LinkKind | null>(null);
  // Once the user has chosen a kind, a new target no longer replaces it with the default.
  const [kindChosen, setKindChosen] = useState(false);
  const targetRef = useRef<HTMLInputElement>(null);

  const targets = useMemo(
    () =>
      Object.values(units)
        .filter((u) => u.id !== unit.id && !findKind(u.kind)?.container)
        .map((u) => {
          const k = findKind(u.kind);
          return {
            value: u.id,
            label: `${labelIn(u, lang)} (${k ? kindText(k, 'short', lang) : u.kind})`,
          };
        })
        .sort((a, b) => a.label.localeCompare(b.label)),
    [units, unit.id, lang],
  );
  const kindOptions = useMemo(
    () =>
      LINK_KINDS.map((k) => ({ value: k, label: linkKindText(LINK_KIND_DEFS[k], 'label', lang) })),
    [lang],
  );
  // The target may have been deleted (or undone away) since it was picked.
  const target = picked && units[picked] ? picked : null;
  const verdict = target && kind ? canConnect(doc, unit.id, target, kind) : undefined;

  const chooseTarget = (id: string | null) => {
    setTarget(id);
    if (!id || kindChosen) return;
    // As on the canvas; when no kind is allowed, the natural one shows why.
    const natural = findKind(units[id]?.kind ?? '')?.forum ? 'member-of' : 'coordinates-with';
    setKind(defaultLinkKind(doc, unit.id, id) ?? natural);
  };

  const add = () => {
    if (!target || !kind || !verdict?.ok) return;
    const st = store.getState();
    const id = freshId(st.doc, `${unit.id}->${target}`);
    st.edit((d) =>
      commands.addLink(d, { id, kind, source: unit.id, target, provenance: { status: 'user' } }),
    );
    // The unit stays selected, so several links can be added in a row.
    const other = units[target];
    // Said in whichever language is on screen when the notice shows.
    st.notify('info', (l) =>
      fixedT(l)('inspector.addLink.added', {
        source: labelIn(unit, l),
        verb: linkKindText(LINK_KIND_DEFS[kind], 'label', l).toLowerCase(),
        target: other ? labelIn(other, l) : '',
      }),
    );
    setTarget(null);
    setKindChosen(false);
    targetRef.current?.focus();
  };

  return (
    <Stack gap="xs" component="section" aria-labelledby={`add-link-${unit.id}`}>
      <Title order={4} size="h5" id={`add-link-${unit.id}`}>
        {t('inspector.addLink.heading')}
      </Title>
      <Select
        ref={targetRef}
        label={t('inspector.addLink.target')}
        placeholder={t('inspector.addLink.search')}
        data={targets}
        value={target}
        onChange={chooseTarget}
        searchable
        clearable
        limit={100}
        nothingFoundMessage={t('inspector.noUnitMatches')}
        size="xs"
      />
      <Select
        label={t('inspector.linkKind')}
        description={
          kind
            ? linkKindText(LINK_KIND_DEFS[kind], 'meaning', lang)
            : t('inspector.addLink.kindHelp')
        }
        data={kindOptions}
        value={kind}
        onChange={(v) => {
          setKind(v as LinkKind | null);
          setKindChosen(v !== null);
        }}
        error={verdict && !verdict.ok ? connectReason(verdict, lang) : undefined}
        allowDeselect={false}
        size="xs"
      />
      <div>
        <Button size="xs" onClick={add} disabled={!verdict?.ok}>
          {t('inspector.addLink.add')}
        </Button>
      </div>
    </Stack>
  );
}
