import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // A hang guard, not a speed limit: speed lives in bench/.
    testTimeout: 180_000,
    hookTimeout: 180_000,
    globalSetup: ['tests/setup/global-setup.ts'],
    pool: 'forks',
    maxWorkers: 2,
  },
});
