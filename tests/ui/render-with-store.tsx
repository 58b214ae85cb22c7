import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { MantineProvider } from '@mantine/core';
import { StoreProvider } from '../../src/state';
import type { EditorStore } from '../../src/state';

/** Renders a panel as the app does: inside Mantine and the editor store it reads. */
export function renderWithStore(store: EditorStore, ui: ReactElement) {
  return render(
    <MantineProvider env="test">
      <StoreProvider store={store}>{ui}</StoreProvider>
    </MantineProvider>,
  );
}
