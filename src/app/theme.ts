import { createTheme } from '@mantine/core';

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
