import { defineConfig } from 'vitest/config';

/**
 * Two test files at a time in the server-side projects (group 0). Most of a file's time is its own server starting
 * and being seeded, in other processes, so two at a time keep two cores busy where one left them half idle; more
 * only queues on the CPU (and makes timeouts the thing under test).
 */
const PARALLEL_FILES = 2;

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          maxWorkers: PARALLEL_FILES,
          include: ['shared/**/*.test.ts', 'server/**/*.test.ts', 'client/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'integration',
          maxWorkers: PARALLEL_FILES,
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/e2e/**'],
          globalSetup: ['tests/support/buildGlobalSetup.ts', 'tests/support/documentToolsGlobalSetup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'integration-postgres',
          maxWorkers: PARALLEL_FILES,
          include: ['tests/**/*.test.ts'],
          // tests/store and tests/support run both stores themselves; scale-out tests start their own processes.
          exclude: ['tests/e2e/**', 'tests/store/**', 'tests/support/**', 'tests/scale-out/**', 'tests/i18n/**'],
          env: { ACCORD_TEST_STORE: 'postgres' },
          globalSetup: ['tests/support/buildGlobalSetup.ts', 'tests/support/postgresGlobalSetup.ts', 'tests/support/documentToolsGlobalSetup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          // One Chromium at a time, after every other project has finished (group 1): a browser test waits on
          // rendering and timers, and a loaded machine makes those waits the test's subject instead of the app.
          fileParallelism: false,
          sequence: { groupOrder: 1 },
          globalSetup: ['tests/e2e/globalSetup.ts'],
        },
      },
    ],
  },
});
