import { useMemo, useRef, useState } from 'react';
import { Button, Select, Stack, Title } from '@mantine/core';
import {
  canConnect,
  commands,
  defaultLinkKind,
  findKind,
  freshId,
  LINK_KIND_DEFS,
  LINK_KINDS,
} from '../../model';
import type { LinkKind, Unit } from '../../model';
import { useEditor, useEditorStore } from '../../state';

const KIND_OPTIONS = LINK_KINDS.map((k) => ({ value: k, label: LINK_KIND_DEFS[k].label }));

/**
 * Draws a link from the selected unit without a mouse: pick the other end, adjust the kind, press
 * "Add link". The same command and the same canConnect rules as drawing on the canvas, and the
 * refusal reason is shown on the field instead of a notice.
 */
export function AddLinkFields({ unit }: { unit: Unit }) {
  const store = useEditorStore();
  const doc = useEditor((s) => s.doc);
  const units = doc.units;
  const [picked, setTarget] = useState<string | null>(null);
  const [kind, setKind] = useState<LinkKind | null>(null);
  // Once the user has chosen a kind, a new target no longer replaces it with the default.
  const [kindChosen, setKindChosen] = useState(false);
  const targetRef = useRef<HTMLInputElement>(null);

  const targets = useMemo(
    () =>
      Object.values(units)
        .filter((u) => u.id !== unit.id && !findKind(u.kind)?.container)
        .map((u) => ({ value: u.id, label: `${u.label} (${findKind(u.kind)?.short ?? u.kind})` }))
        .sort((a, b) => a.label.localeCompare(b.label)),
    [units, unit.id],
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
    st.notify(
      'info',
      `Link added: ${unit.label} ${LINK_KIND_DEFS[kind].label.toLowerCase()} ${units[target]?.label}.`,
    );
    setTarget(null);
    setKindChosen(false);
    targetRef.current?.focus();
  };

  return (
    <Stack gap="xs" component="section" aria-labelledby={`add-link-${unit.id}`}>
      <Title order={4} size="h5" id={`add-link-${unit.id}`}>
        Add a link from this unit
      </Title>
      <Select
        ref={targetRef}
        label="Link target"
        placeholder="Search units"
        data={targets}
        value={target}
        onChange={chooseTarget}
        searchable
        clearable
        limit={100}
        nothingFoundMessage="No unit matches"
        size="xs"
      />
      <Select
        label="Link kind"
        description={kind ? LINK_KIND_DEFS[kind].meaning : 'Chosen for you when you pick a target'}
        data={KIND_OPTIONS}
        value={kind}
        onChange={(v) => {
          setKind(v as LinkKind | null);
          setKindChosen(v !== null);
        }}
        error={verdict && !verdict.ok ? verdict.reason : undefined}
        allowDeselect={false}
        size="xs"
      />
      <div>
        <Button size="xs" onClick={add} disabled={!verdict?.ok}>
          Add link
        </Button>
      </div>
    </Stack>
  );
}
