import { Stack, Text, Title } from '@mantine/core';
import { unitNameIn } from '../../model';
import type { Finding, OrgDoc, WhatIf } from '../../model';
import { useT } from '../../i18n';
import { findingMessage } from '../../i18n';

const SEVERITY_KEYS = {
  error: 'compare.whatIf.error',
  warning: 'compare.whatIf.warning',
  info: 'compare.whatIf.info',
} as const;

/** One finding, its message in the app's language, naming units as `doc` (its document) does. */
function Item({ f, doc }: { f: Finding; doc: OrgDoc }) {
  const { t, lang } = useT();
  return (
    <li>
      <Text size="sm">
        <strong>{t(SEVERITY_KEYS[f.severity])}</strong>{' '}
        {t('compare.whatIf.finding', { rule: f.ruleId, message: findingMessage(f, doc, lang) })}
      </Text>
    </li>
  );
}

/** What the checklist says once the units are gone: findings that appear, and those that clear. */
export function WhatIfFindings({ whatIf, before }: { whatIf: WhatIf; before: OrgDoc }) {
  const { t, lang } = useT();
  const names = whatIf.removed.map((id) => unitNameIn(before, id, lang)).join(', ');
  return (
    <Stack gap="xs" role="region" aria-label={t('compare.whatBreaks')}>
      <Text size="sm">{t('compare.whatIf.summary', { names, count: whatIf.appeared.length })}</Text>
      <Title order={4} size="h6">
        {t('compare.whatIf.appear')}
      </Title>
      <ul className="change-list__items">
        {whatIf.appeared.map((f, i) => (
          <Item key={`${f.ruleId}-${i}`} f={f} doc={whatIf.doc} />
        ))}
      </ul>
      {whatIf.cleared.length > 0 && (
        <>
          <Title order={4} size="h6">
            {t('compare.whatIf.cleared')}
          </Title>
          <ul className="change-list__items">
            {whatIf.cleared.map((f, i) => (
              <Item key={`${f.ruleId}-${i}`} f={f} doc={before} />
            ))}
          </ul>
        </>
      )}
    </Stack>
  );
}
