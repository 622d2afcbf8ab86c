import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // A hang guard, not a speed limit: speed lives in bench/.
    testTimeout: 180_000,
    hookTimeout: 180_000,
    globalSetup: ['tests/setup/global-setup.ts'],
    pool: 'forks',
    maxWorkers: 2,
    projects: [
      // Unit tests share their workers' module graph: they open no servers and touch no globals, and
      // importing the agent afresh per file was over half their time (47 s → 25.5 s for tests/unit).
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], isolate: false } },
      { extends: true, test: { name: 'integration', include: ['tests/integration/**/*.test.ts', 'tests/e2e/**/*.test.ts'] } },
    ],
  },
});
