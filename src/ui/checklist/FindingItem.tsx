import { Badge, Button, Group, Stack, Text } from '@mantine/core';
import { unitNameIn } from '../../model';
import type { Finding, Rule } from '../../model';
import { useEditorStore } from '../../state';
import { useT } from '../../i18n';
import { findingMessage, fixLabel, ruleText } from '../../i18n';

export const SEVERITY_COLOUR = { error: 'red', warning: 'orange', info: 'blue' } as const;
const SEVERITY_KEYS = {
  error: 'checklist.severity.error',
  warning: 'checklist.severity.warning',
  info: 'checklist.severity.info',
} as const;

/** One finding: rule id, title, units involved, remedy; selecting it shows the units on the canvas. */
export function FindingItem({ finding, rule }: { finding: Finding; rule: Rule | undefined }) {
  const store = useEditorStore();
  const { t, lang } = useT();
  const doc = store.getState().doc;
  const units = finding.unitIds.map((id) => unitNameIn(doc, id, lang));
  const message = findingMessage(finding, doc, lang);
  const title = rule ? ruleText(rule, 'title', lang) : undefined;
  const fix = rule && !rule.question ? rule.quickFix : undefined;
  const canFix = fix && (fix.available ? fix.available(doc, finding) : true);
  const fixText = rule ? fixLabel(rule, lang) : '';
  const show = () => {
    const st = store.getState();
    const ids = finding.unitIds.filter((id) => st.doc.units[id]);
    st.select({ units: ids, links: (finding.linkIds ?? []).filter((id) => st.doc.links[id]) });
    if (ids.length) st.setView({ focusRequest: st.view.focusRequest + 1 });
  };
  const list = units.slice(0, 6).join(', ');
  return (
    <Stack
      gap={4}
      className={`finding finding--${finding.severity}`}
      data-testid={`checklist.finding.${finding.ruleId}`}
    >
      <button
        type="button"
        className="finding__main"
        onClick={show}
        aria-label={t('checklist.finding.show', { id: finding.ruleId, title: title ?? message })}
      >
        <Group gap={6} wrap="nowrap" align="flex-start">
          <Badge
            size="xs"
            color={SEVERITY_COLOUR[finding.severity]}
            variant="filled"
            style={{ flexShrink: 0 }}
          >
            {t(SEVERITY_KEYS[finding.severity])}
          </Badge>
          <Text size="sm" fw={600} span>
            {finding.ruleId} · {title ?? t('checklist.finding.untitled')}
          </Text>
        </Group>
        <Text size="xs" mt={2}>
          {message}
        </Text>
        {units.length > 0 && (
          <Text size="xs" c="dimmed" mt={2}>
            {units.length > 6
              ? t('checklist.finding.unitsMore', { list, n: units.length - 6 })
              : t('checklist.finding.units', { list })}
          </Text>
        )}
      </button>
      {rule && (
        <Text size="xs">
          <b>{t('checklist.finding.remedy')}</b> {ruleText(rule, 'remedy', lang)}{' '}
          {rule.provenance === 'reconstructed' && (
            <Badge size="xs" variant="outline" color="gray" title={t('checklist.derivedTitle')}>
              {t('checklist.derived')}
            </Badge>
          )}
        </Text>
      )}
      {fix && canFix && (
        <Button
          size="compact-xs"
          variant="light"
          w="fit-content"
          onClick={() => store.getState().edit((d) => fix.recipe(d, finding))}
          aria-label={t('checklist.finding.quickFix', {
            id: finding.ruleId,
            label: fixText,
          })}
        >
          {fixText}
        </Button>
      )}
    </Stack>
  );
}
