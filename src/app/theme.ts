import { createTheme, mergeThemeOverrides, Modal } from '@mantine/core';

// UN blue as the primary colour; a system font stack so that the canvas and exports render alike.
export const theme = createTheme({
  primaryColor: 'unblue',
  colors: {
    unblue: [
      '#e6f3fb',
      '#cce4f3',
      '#99c9e8',
      '#66aedc',
      '#3393d1',
      '#0b78c2',
      '#0069b3',
      '#005a9c',
      '#004b82',
      '#003b66',
    ],
  },
  fontFamily:
    'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Liberation Sans", Arial, sans-serif',
  defaultRadius: 'sm',
});

/**
 * The theme with the words Mantine draws itself in the app's language: every dialog's corner
 * close button is named once here, not in each dialog.
 */
export function themeIn(closeLabel: string) {
  return mergeThemeOverrides(
    theme,
    createTheme({
      components: {
        Modal: Modal.extend({ defaultProps: { closeButtonProps: { 'aria-label': closeLabel } } }),
      },
    }),
  );
}
