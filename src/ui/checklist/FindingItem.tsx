import { Badge, Button, Group, Stack, Text } from '@mantine/core';
import type { Finding, Rule } from '../../model';
import { useEditorStore } from '../../state';

export const SEVERITY_COLOUR = { error: 'red', warning: 'orange', info: 'blue' } as const;
export const SEVERITY_WORD = { error: 'Error', warning: 'Warning', info: 'Info' } as const;

/** One finding: rule id, title, units involved, remedy; selecting it shows the units on the canvas. */
export function FindingItem({ finding, rule }: { finding: Finding; rule: Rule | undefined }) {
  const store = useEditorStore();
  const doc = store.getState().doc;
  const units = finding.unitIds.map((id) => doc.units[id]?.label ?? id);
  const fix = rule && !rule.question ? rule.quickFix : undefined;
  const canFix = fix && (fix.available ? fix.available(doc, finding) : true);
  const show = () => {
    const st = store.getState();
    const ids = finding.unitIds.filter((id) => st.doc.units[id]);
    st.select({ units: ids, links: (finding.linkIds ?? []).filter((id) => st.doc.links[id]) });
    if (ids.length) st.setView({ focusRequest: st.view.focusRequest + 1 });
  };
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
        aria-label={`${finding.ruleId}: ${rule?.title ?? finding.message}. Show on canvas`}
      >
        <Group gap={6} wrap="nowrap" align="flex-start">
          <Badge
            size="xs"
            color={SEVERITY_COLOUR[finding.severity]}
            variant="filled"
            style={{ flexShrink: 0 }}
          >
            {SEVERITY_WORD[finding.severity]}
          </Badge>
          <Text size="sm" fw={600} span>
            {finding.ruleId} · {rule?.title ?? 'Finding'}
          </Text>
        </Group>
        <Text size="xs" mt={2}>
          {finding.message}
        </Text>
        {units.length > 0 && (
          <Text size="xs" c="dimmed" mt={2}>
            Units: {units.slice(0, 6).join(', ')}
            {units.length > 6 ? ` and ${units.length - 6} more` : ''}
          </Text>
        )}
      </button>
      {rule && (
        <Text size="xs">
          <b>Remedy:</b> {rule.remedy}{' '}
          {rule.provenance === 'reconstructed' && (
            <Badge
              size="xs"
              variant="outline"
              color="gray"
              title="Derived from the study's task headings and related guidance, not quoted from the study"
            >
              derived
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
          aria-label={`Quick fix for ${finding.ruleId}: ${fix.label}`}
        >
          {fix.label}
        </Button>
      )}
    </Stack>
  );
}
