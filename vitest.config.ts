import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.{ts,tsx}'],
    environment: 'node',
    testTimeout: 20000,
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/unit-results.json' },
  },
});
