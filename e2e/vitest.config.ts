import { defineConfig } from 'vitest/config';

/** Browser tests: one server on a fresh demo database, driven by Debian's Chromium, one file at a time. */
export default defineConfig({
  test: {
    root: import.meta.dirname,
    include: ['tests/**/*.e2e.ts'],
    globalSetup: ['src/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
