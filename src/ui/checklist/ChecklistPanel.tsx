import { useMemo, useState } from 'react';
import { Accordion, Badge, Group, Progress, Stack, Switch, Text } from '@mantine/core';
import { GROUPS, isManual } from '../../model';
import type { Finding, ManualRule, Rule, RuleGroup } from '../../model';
import { useChecklist, useEditor, useEditorStore } from '../../state';
import { FindingItem, SEVERITY_COLOUR } from './FindingItem';
import { QuestionItem } from './QuestionItem';
import { RulePackButton } from './RulePackButton';
import { useT } from '../../i18n';
import { groupText } from '../../i18n';

function percent(p: number, t: number) {
  return t === 0 ? 100 : Math.round((p / t) * 100);
}

// Every key written out, so the keys test can see each one used.
const COUNT_KEYS = {
  error: 'checklist.count.error',
  warning: 'checklist.count.warning',
  info: 'checklist.count.info',
} as const;
const COUNT_TITLE_KEYS = {
  error: 'checklist.countTitle.error',
  warning: 'checklist.countTitle.warning',
  info: 'checklist.countTitle.info',
} as const;

/** The Checklist: score at a glance, findings grouped by task, and the questions to answer. */
export function ChecklistPanel() {
  const store = useEditorStore();
  const { findings, score, rules } = useChecklist();
  const showBadges = useEditor((s) => s.view.showBadges);
  const { t, lang } = useT();
  const ruleById = useMemo(() => new Map(rules.map((r) => [r.id, r])), [rules]);
  const byGroup = useMemo(() => {
    const m = new Map<RuleGroup, { findings: Finding[]; questions: ManualRule[] }>();
    for (const g of GROUPS) m.set(g.id, { findings: [], questions: [] });
    for (const f of findings)
      m.get((ruleById.get(f.ruleId) as Rule | undefined)?.group ?? 'forums')?.findings.push(f);
    for (const r of rules) if (isManual(r)) m.get(r.group)?.questions.push(r);
    return m;
  }, [findings, rules, ruleById]);
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  const { passed, total } = score.overall;
  // Groups with errors open by themselves (a new error shows at once); the user's own opening and
  // closing of a group wins over that.
  const [opened, setOpened] = useState<Set<string>>(new Set());
  const [closed, setClosed] = useState<Set<string>>(new Set());
  const withErrors = GROUPS.filter((g) =>
    byGroup.get(g.id)!.findings.some((f) => f.severity === 'error'),
  ).map((g) => g.id);
  const value = [...new Set([...withErrors, ...opened])].filter((g) => !closed.has(g));
  const onAccordion = (next: string[]) => {
    const o = new Set(opened);
    const c = new Set(closed);
    for (const g of next) {
      if (value.includes(g)) continue;
      o.add(g);
      c.delete(g);
    }
    for (const g of value) {
      if (next.includes(g)) continue;
      c.add(g);
      o.delete(g);
    }
    setOpened(o);
    setClosed(c);
  };

  return (
    <section aria-label={t('checklist.region')} className="checklist">
      <Stack gap={6} mb="xs">
        <Group justify="space-between" align="baseline">
          <Text fw={700} size="lg" data-testid="checklist.score">
            {t('checklist.score', { passed, total, percent: percent(passed, total) })}
          </Text>
          <Group gap={4}>
            {(['error', 'warning', 'info'] as const).map((s) => (
              <Badge
                key={s}
                size="sm"
                color={SEVERITY_COLOUR[s]}
                variant={counts[s] ? 'filled' : 'outline'}
                title={t(COUNT_TITLE_KEYS[s], { n: counts[s] })}
              >
                {t(COUNT_KEYS[s], { count: counts[s] })}
              </Badge>
            ))}
          </Group>
        </Group>
        <Progress value={percent(passed, total)} size="sm" aria-label={t('checklist.scoreLabel')} />
        <Text size="xs" c="dimmed">
          {t('checklist.derivedNote')}
        </Text>
        <Group gap="xs">
          <Switch
            size="xs"
            label={t('checklist.showBadges')}
            checked={showBadges}
            onChange={(e) => store.getState().setView({ showBadges: e.currentTarget.checked })}
          />
          <RulePackButton />
        </Group>
      </Stack>
      <Accordion
        multiple
        variant="separated"
        chevronPosition="left"
        value={value}
        onChange={onAccordion}
      >
        {GROUPS.map((g) => {
          const entry = byGroup.get(g.id)!;
          const tally = score.byGroup[g.id];
          return (
            <Accordion.Item key={g.id} value={g.id} data-testid={`checklist.group.${g.id}`}>
              <Accordion.Control>
                <Group justify="space-between" wrap="nowrap" gap={4}>
                  <Text size="sm" fw={600}>
                    {g.task ? `${g.task}. ` : ''}
                    {groupText(g, lang)}
                  </Text>
                  <Group gap={4} wrap="nowrap">
                    {entry.findings.length > 0 && (
                      <Badge size="xs" color={SEVERITY_COLOUR[worst(entry.findings)]}>
                        {entry.findings.length}
                      </Badge>
                    )}
                    <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                      {tally.passed}/{tally.total}
                    </Text>
                  </Group>
                </Group>
              </Accordion.Control>
              <Accordion.Panel>
                <Stack gap="sm">
                  {entry.findings.length === 0 && (
                    <Text size="xs" c="dimmed">
                      {t('checklist.noFindings')}
                    </Text>
                  )}
                  {entry.findings.map((f, i) => (
                    <FindingItem
                      key={`${f.ruleId}-${i}`}
                      finding={f}
                      rule={ruleById.get(f.ruleId)}
                    />
                  ))}
                  {entry.questions.map((q) => (
                    <QuestionItem key={q.id} rule={q} />
                  ))}
                </Stack>
              </Accordion.Panel>
            </Accordion.Item>
          );
        })}
      </Accordion>
    </section>
  );
}

function worst(fs: Finding[]) {
  return fs.some((f) => f.severity === 'error')
    ? 'error'
    : fs.some((f) => f.severity === 'warning')
      ? 'warning'
      : 'info';
}
