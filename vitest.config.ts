import { defineConfig } from 'vitest/config';

/**
 * One test run for the repository. Integration tests use a fresh database per test file: SQLite
 * in memory by default, or a fresh schema on PostgreSQL when TEST_DATABASE_URL is set.
 */
export default defineConfig({
  test: {
    include: [
      'apps/server/src/**/*.test.ts',
      'apps/server/test/**/*.test.ts',
      'packages/*/src/**/*.test.ts',
      'bench/generator/src/**/*.test.ts',
    ],
    pool: 'forks',
    testTimeout: 30_000,
    hookTimeout: 30_000,
    env: { TZ: 'UTC' },
  },
});
