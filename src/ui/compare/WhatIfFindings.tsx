import { Stack, Text, Title } from '@mantine/core';
import type { Finding, OrgDoc, WhatIf } from '../../model';

const SEVERITY_WORD = { error: 'Error', warning: 'Warning', info: 'Note' } as const;

function Item({ f }: { f: Finding }) {
  return (
    <li>
      <Text size="sm">
        <strong>{SEVERITY_WORD[f.severity]}</strong> ({f.ruleId}): {f.message}
      </Text>
    </li>
  );
}

/** What the checklist says once the units are gone: findings that appear, and those that clear. */
export function WhatIfFindings({ whatIf, before }: { whatIf: WhatIf; before: OrgDoc }) {
  const names = whatIf.removed.map((id) => before.units[id]?.label ?? id).join(', ');
  return (
    <Stack gap="xs" role="region" aria-label="What breaks">
      <Text size="sm">
        Without {names}, the checklist finds {whatIf.appeared.length} new problem
        {whatIf.appeared.length === 1 ? '' : 's'}. The saved organogram is unchanged.
      </Text>
      <Title order={4} size="h6">
        Findings that appear
      </Title>
      <ul className="change-list__items">
        {whatIf.appeared.map((f, i) => (
          <Item key={`${f.ruleId}-${i}`} f={f} />
        ))}
      </ul>
      {whatIf.cleared.length > 0 && (
        <>
          <Title order={4} size="h6">
            Findings that no longer apply
          </Title>
          <ul className="change-list__items">
            {whatIf.cleared.map((f, i) => (
              <Item key={`${f.ruleId}-${i}`} f={f} />
            ))}
          </ul>
        </>
      )}
    </Stack>
  );
}
