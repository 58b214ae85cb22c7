// First, before anything builds a zod schema: see no-eval.ts.
import './no-eval';
// Before the app renders, so the first paint is already in the chosen language.
import { useT } from '../i18n';
import { StrictMode, useMemo } from 'react';
import type { ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { MantineProvider, localStorageColorSchemeManager } from '@mantine/core';
import '@mantine/core/styles.css';
import '@xyflow/react/dist/style.css';
import './styles.css';
import { App } from './App';
import { themeIn } from './theme';

const colorSchemeManager = localStorageColorSchemeManager({ key: 'poc-organogram.color-scheme' });

/** Mantine, with its own words (close buttons) in the app's language. */
function Mantine({ children }: { children: ReactNode }) {
  const { t } = useT();
  const close = t('common.close');
  const theme = useMemo(() => themeIn(close), [close]);
  return (
    <MantineProvider
      theme={theme}
      defaultColorScheme="light"
      colorSchemeManager={colorSchemeManager}
    >
      {children}
    </MantineProvider>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Mantine>
      <App />
    </Mantine>
  </StrictMode>,
);
