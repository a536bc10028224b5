import { defineConfig } from 'vitest/config';

/**
 * Two projects: unit tests of the pure helpers next to the code (src/**), then the
 * browser tests (test/browser/**), which drive the built app in Chromium against a real
 * server — one file at a time (a browser and a server each), after the unit tests.
 */
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['src/**/*.test.ts'], environment: 'node' } },
      {
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          environment: 'node',
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 60_000,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
