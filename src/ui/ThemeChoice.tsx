import { useLayoutEffect, useState } from 'react';
import {
  SegmentedControl,
  Stack,
  Text,
  useComputedColorScheme,
  useMantineColorScheme,
} from '@mantine/core';
import { useT } from '../i18n';

/**
 * The three looks of the editor. High contrast is Mantine's light scheme plus
 * `data-contrast="high"` on <html>, which styles.css turns into black on white with thick black
 * borders; exports are drawn from the model in print colours whatever the look.
 */
export type ThemeName = 'light' | 'dark' | 'high';

const KEY = 'poc-organogram.theme';

function storedTheme(): ThemeName | undefined {
  try {
    const v = localStorage.getItem(KEY);
    return v === 'light' || v === 'dark' || v === 'high' ? v : undefined;
  } catch {
    return undefined; // Storage blocked: the look is not remembered, nothing else breaks.
  }
}

function setContrast(high: boolean) {
  if (high) document.documentElement.setAttribute('data-contrast', 'high');
  else document.documentElement.removeAttribute('data-contrast');
}

/**
 * The chosen look and a setter. Call it from a component that is always on screen (the header):
 * it puts the remembered high-contrast attribute back before the first paint.
 */
export function useThemeChoice(): [ThemeName, (t: ThemeName) => void] {
  const { setColorScheme } = useMantineColorScheme();
  const scheme = useComputedColorScheme('light');
  const [high, setHigh] = useState(() => storedTheme() === 'high');
  useLayoutEffect(() => {
    setContrast(high);
    if (high && scheme !== 'light') setColorScheme('light');
  }, [high, scheme, setColorScheme]);
  const choose = (t: ThemeName) => {
    try {
      localStorage.setItem(KEY, t);
    } catch {
      // See storedTheme.
    }
    setContrast(t === 'high');
    setHigh(t === 'high');
    setColorScheme(t === 'dark' ? 'dark' : 'light');
  };
  return [high ? 'high' : scheme, choose];
}

/** The "Theme" radio group of the View popover. */
export function ThemeControl({
  value,
  onChange,
}: {
  value: ThemeName;
  onChange: (t: ThemeName) => void;
}) {
  const { t } = useT();
  return (
    <Stack gap={4}>
      <Text size="xs" fw={600} id="theme-control-label">
        {t('app.theme.label')}
      </Text>
      <SegmentedControl
        size="xs"
        aria-labelledby="theme-control-label"
        value={value}
        onChange={(v) => onChange(v as ThemeName)}
        data={[
          { value: 'light', label: t('app.theme.light') },
          { value: 'dark', label: t('app.theme.dark') },
          { value: 'high', label: t('app.theme.high') },
        ]}
      />
    </Stack>
  );
}
