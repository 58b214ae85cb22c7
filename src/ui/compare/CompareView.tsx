import { useEffect, useMemo, useState } from 'react';
import type { Viewport } from '@xyflow/react';
import { Alert, Button, Group, ScrollArea, Select, Switch, Tabs, Text } from '@mantine/core';
import { diffDocuments, docTitleIn, structureMetrics, whatIfRemoved } from '../../model';
import type { OrgDoc, WhatIf } from '../../model';
import { ReadOnlyCanvas } from '../../editor';
import { useEditor } from '../../state';
import { diffMarkdown } from '../../export';
import { useT } from '../../i18n';
import { download, fileName } from '../file-io';
import { ChangeList } from './ChangeList';
import { MetricsTable } from './MetricsTable';
import { paneMarks, spotsOf } from './marks';
import { loadSource, sourceOptions } from './sources';
import type { SourceOption } from './sources';
import { WhatIfFindings } from './WhatIfFindings';

type Side = 'left' | 'right';
const START: Viewport = { x: 0, y: 0, zoom: 1 };

/**
 * Trainer mode: two organograms side by side with their structural differences marked on both
 * canvases, a change list, the structure metrics, and "what if the coordinator were removed".
 * Nothing here changes the open document.
 */
export function CompareView({ onClose }: { onClose: () => void }) {
  const current = useEditor((s) => s.doc);
  const { t, lang } = useT();
  const rules = useEditor((s) => s.rules);
  const [options, setOptions] = useState<SourceOption[]>([]);
  const [src, setSrc] = useState<Record<Side, string>>({ left: 'current', right: 'current' });
  const [docs, setDocs] = useState<Record<Side, OrgDoc>>({ left: current, right: current });
  const [whatIf, setWhatIf] = useState<WhatIf>();
  const [error, setError] = useState<string>();
  const [sync, setSync] = useState(true);
  const [vp, setVp] = useState<Record<Side, Viewport>>({ left: START, right: START });
  const [picked, setPicked] = useState<{ side: Side; id: string }>();

  useEffect(() => {
    void sourceOptions({ title: current.title, titleFr: current.titleFr }, lang).then(setOptions);
  }, [current.title, current.titleFr, lang]);

  const choose = async (side: Side, value: string | null) => {
    if (!value) return;
    const r = await loadSource(value, current, lang);
    if (!r) return;
    if (!r.ok) return setError(r.message);
    setError(undefined);
    setSrc((s) => ({ ...s, [side]: value }));
    setDocs((d) => ({ ...d, [side]: r.doc }));
    if (side === 'right') setWhatIf(undefined);
    setPicked(undefined);
  };

  const removeCoordinator = () => {
    const w = whatIfRemoved(docs.left, undefined, rules);
    if (w.removed.length === 0) return setError(t('compare.noCoordinator'));
    setError(undefined);
    setWhatIf(w);
    setDocs((d) => ({ ...d, right: w.doc }));
    setSrc((s) => ({ ...s, right: 'whatif' }));
  };

  const diff = useMemo(() => diffDocuments(docs.left, docs.right), [docs]);
  const ma = useMemo(() => structureMetrics(docs.left, rules), [docs.left, rules]);
  const mb = useMemo(() => structureMetrics(docs.right, rules), [docs.right, rules]);
  const spots = spotsOf(diff, picked);
  const marks = {
    left: useMemo(() => paneMarks(diff, 'left', spots.left), [diff, spots.left]),
    right: useMemo(() => paneMarks(diff, 'right', spots.right), [diff, spots.right]),
  };
  const moved = (side: Side) => (v: Viewport) =>
    setVp((cur) => (sync ? { left: v, right: v } : { ...cur, [side]: v }));

  const exportChanges = () => {
    const md = diffMarkdown(docs.left, docs.right, diff, ma, mb, { lang });
    download(
      new Blob([md], { type: 'text/markdown' }),
      fileName(t('compare.exportFile', { title: docTitleIn(docs.left, lang) }), 'md'),
    );
  };

  const pickerData = (side: Side) => {
    const groups = new Map<string, { value: string; label: string }[]>();
    const all =
      side === 'right' && whatIf
        ? [
            {
              value: 'whatif',
              label: docTitleIn(whatIf.doc, lang),
              group: t('compare.source.whatIf'),
            },
            ...options,
          ]
        : options;
    // Items must not carry a `group` key themselves: Mantine would read them as groups.
    for (const { group, value, label } of all)
      groups.set(group, [...(groups.get(group) ?? []), { value, label }]);
    return [...groups].map(([group, items]) => ({ group, items }));
  };

  const pane = (side: Side) => (
    <div className="compare__pane">
      <Select
        label={side === 'left' ? t('compare.leftDocument') : t('compare.rightDocument')}
        size="xs"
        searchable
        allowDeselect={false}
        data={pickerData(side)}
        value={src[side]}
        onChange={(v) => void choose(side, v)}
      />
      <ReadOnlyCanvas
        doc={docs[side]}
        label={side === 'left' ? t('compare.leftPane') : t('compare.rightPane')}
        marks={marks[side]}
        viewport={vp[side]}
        onViewportChange={moved(side)}
        fitKey={`${side}:${docs[side].id}:${src[side]}`}
        onUnitClick={(id) => setPicked({ side, id })}
      />
    </div>
  );

  return (
    <div className="compare">
      <Group className="compare__bar" gap="sm" wrap="nowrap">
        <Text fw={700}>{t('compare.heading')}</Text>
        <Switch
          label={t('compare.sync')}
          checked={sync}
          onChange={(e) => {
            const on = e.currentTarget.checked;
            setSync(on);
            if (on) setVp((v) => ({ left: v.left, right: v.left }));
          }}
        />
        <Button size="compact-sm" variant="default" onClick={removeCoordinator}>
          {t('compare.removeCoordinator')}
        </Button>
        <Button size="compact-sm" variant="default" onClick={exportChanges}>
          {t('compare.exportChanges')}
        </Button>
        <Button size="compact-sm" onClick={onClose} ml="auto">
          {t('compare.back')}
        </Button>
      </Group>
      {error && (
        <Alert color="red" py={4} onClose={() => setError(undefined)} withCloseButton>
          {error}
        </Alert>
      )}
      <div className="compare__body">
        {pane('left')}
        {pane('right')}
        <Tabs defaultValue="changes" className="compare__side" keepMounted={false}>
          <Tabs.List grow>
            <Tabs.Tab value="changes">{t('compare.changes')}</Tabs.Tab>
            <Tabs.Tab value="metrics">{t('compare.metrics')}</Tabs.Tab>
            {whatIf && <Tabs.Tab value="whatif">{t('compare.whatBreaks')}</Tabs.Tab>}
          </Tabs.List>
          <ScrollArea className="compare__scroll" p="xs">
            <Tabs.Panel value="changes">
              <ChangeList
                a={docs.left}
                b={docs.right}
                diff={diff}
                onPick={(side, id) => setPicked({ side, id })}
              />
            </Tabs.Panel>
            <Tabs.Panel value="metrics">
              <MetricsTable a={docs.left} b={docs.right} ma={ma} mb={mb} />
            </Tabs.Panel>
            {whatIf && (
              <Tabs.Panel value="whatif">
                <WhatIfFindings whatIf={whatIf} before={docs.left} />
              </Tabs.Panel>
            )}
          </ScrollArea>
        </Tabs>
      </div>
    </div>
  );
}
