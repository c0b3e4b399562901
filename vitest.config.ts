import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { LongestFirstSequencer } from './apps/server/test/sequencer.ts';

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
    // Files share their worker's module cache instead of importing the server afresh each time;
    // the setup file puts back what a file changed in the process (environment, clocks).
    isolate: false,
    // Vitest leaves a core free by default, which on a two-core machine runs one file at a time.
    // The SQLite lane is CPU-bound (one worker per core); the PostgreSQL lane mostly waits on the
    // server, so more workers overlap those waits.
    maxWorkers: process.env.TEST_DATABASE_URL ? 4 : Math.max(2, availableParallelism()),
    setupFiles: ['apps/server/test/setup-shared-worker.ts'],
    // Builds the demo worlds that many files start from while the first files run.
    globalSetup: ['apps/server/test/global-setup.ts'],
    sequence: { sequencer: LongestFirstSequencer },
    testTimeout: 30_000,
    // A file that starts before the shared demo worlds are built waits for them in its beforeAll
    // (on a loaded PostgreSQL lane the full demo takes minutes to build).
    hookTimeout: 420_000,
    env: { TZ: 'UTC' },
  },
});
