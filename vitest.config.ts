import { configDefaults, defineConfig } from 'vitest/config';

/**
 * Files that change module state other files read, so they get a fresh module graph of their
 * own: the refreshed price data, and a template added to the catalogue with vi.mock (a mock
 * applies only to modules imported after it, so a shared graph would not see it).
 */
const ISOLATED_FILES = ['tests/unit/catalog-price-refresh.test.ts', 'tests/integration/tool-document-fit.test.ts'];

export default defineConfig({
  test: {
    // A hang guard, not a speed limit: speed lives in bench/.
    testTimeout: 180_000,
    hookTimeout: 180_000,
    globalSetup: ['tests/setup/global-setup.ts'],
    pool: 'forks',
    maxWorkers: 2,
    // Files share their worker's module graph: importing the agent and server afresh per file took
    // 3-7 s, more than most files' tests (unit: 47 s → 25.5 s; integration and e2e: about 8 min → 4).
    // Each file still starts its own server on its own port, data folder and database.
    isolate: false,
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], exclude: [...configDefaults.exclude, ...ISOLATED_FILES] },
      },
      {
        extends: true,
        test: {
          name: 'server',
          include: ['tests/integration/**/*.test.ts', 'tests/e2e/**/*.test.ts'],
          exclude: [...configDefaults.exclude, ...ISOLATED_FILES],
        },
      },
      { extends: true, test: { name: 'isolated', include: ISOLATED_FILES, isolate: true } },
    ],
  },
});
