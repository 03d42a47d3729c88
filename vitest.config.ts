import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['shared/**/*.test.ts', 'server/**/*.test.ts', 'client/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'integration',
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
          // One Chromium at a time: the machine has two cores and each test runs its own server.
          fileParallelism: false,
          globalSetup: ['tests/e2e/globalSetup.ts'],
        },
      },
    ],
  },
});
