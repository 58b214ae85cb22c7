import { useEffect, useState } from 'react';
import { Button, Group, Loader, Paper, Text } from '@mantine/core';
import { useEditor } from '../state';
import { cancelLayout } from './layout-engine';
import { useT } from '../i18n';

/**
 * Shown on the canvas while a layout runs: what is happening, for how long, and a Cancel that
 * leaves every unit where it was. ELK reports no progress of its own, so the time is the measure.
 */
export function LayoutProgress() {
  const layout = useEditor((s) => s.view.layout);
  const { t, lang } = useT();
  if (!layout.busy) return null;
  // English numbers as the browser writes them (as before); French ones the French way.
  const units = layout.units.toLocaleString(lang === 'en' ? undefined : lang);
  return (
    <Paper shadow="sm" withBorder px="sm" py={4} style={{ whiteSpace: 'nowrap' }}>
      <Group gap={8} wrap="nowrap" role="status" aria-live="polite">
        <Loader size="xs" />
        <Text size="sm">
          {layout.preview
            ? t('editor.layout.previewRunning', { units })
            : t('editor.layout.running', { units })}
        </Text>
        <Elapsed since={layout.startedAt} />
        <Button size="compact-sm" variant="light" color="red" onClick={() => cancelLayout()}>
          {t('common.cancel')}
        </Button>
      </Group>
    </Paper>
  );
}

/** Seconds since the layout started, ticking; hidden from screen readers, which it would flood. */
function Elapsed({ since }: { since?: number }) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const t = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(t);
  }, []);
  if (!since) return null;
  const s = Math.max(0, Math.floor((now - since) / 1000));
  return (
    <Text size="sm" c="dimmed" aria-hidden="true">
      {s} s
    </Text>
  );
}
