import { defineConfig } from 'vitest/config';

// Three layers of the test pyramid, each a Vitest project:
// unit        pure code, no I/O (`*.test.ts`)
// integration the server against a real database (`*.int.test.ts`); the engine comes from LANTERN_TEST_ENGINE
// e2e         the built server driven through Debian's Chromium (`tests/e2e/*.e2e.test.ts`)
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: [
            'packages/*/src/**/*.test.ts',
            'apps/*/src/**/*.test.ts',
            'scripts/**/*.test.ts',
            'bench/**/*.test.ts',
          ],
          exclude: ['**/*.int.test.ts', '**/node_modules/**'],
        },
      },
      {
        test: {
          name: 'integration',
          include: ['apps/*/src/**/*.int.test.ts'],
          globalSetup: ['apps/server/src/test-support/global-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
          // PGlite runs one query at a time and each file makes its own database; two workers fit two cores.
          maxWorkers: 2,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.e2e.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 90_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
