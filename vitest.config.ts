import { configDefaults, defineConfig } from 'vitest/config';

/** Unit files that change module-level state other files read. */
const ISOLATED_UNIT_FILES = ['tests/unit/catalog-price-refresh.test.ts'];

export default defineConfig({
  test: {
    // A hang guard, not a speed limit: speed lives in bench/.
    testTimeout: 180_000,
    hookTimeout: 180_000,
    globalSetup: ['tests/setup/global-setup.ts'],
    pool: 'forks',
    maxWorkers: 2,
    projects: [
      // Unit tests share their workers' module graph: importing the agent afresh per file was over half
      // their time (47 s → 25.5 s for tests/unit). A file that swaps module state (the refreshed price
      // data) stays isolated, so the files after it see the bundled data.
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          exclude: [...configDefaults.exclude, ...ISOLATED_UNIT_FILES],
          isolate: false,
        },
      },
      {
        extends: true,
        test: { name: 'isolated', include: ['tests/integration/**/*.test.ts', 'tests/e2e/**/*.test.ts', ...ISOLATED_UNIT_FILES] },
      },
    ],
  },
});
