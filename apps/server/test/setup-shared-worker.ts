import { afterAll, vi } from 'vitest';

// Test files share worker processes (`isolate: false`: each file would otherwise import the whole
// server afresh, which took most of the run). Whatever a file changes in the process is put back
// when it ends: environment variables, however they were set, and fake clocks.
const env = { ...process.env };

afterAll(() => {
  vi.unstubAllEnvs();
  vi.useRealTimers();
  vi.restoreAllMocks();
  for (const key of Object.keys(process.env)) if (!(key in env)) delete process.env[key];
  Object.assign(process.env, env);
});
