import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';

const ROOT = path.resolve(import.meta.dirname, '../..');
let server: ChildProcess | null = null;
let dir = '';

/**
 * Starts `jiandu serve` on a fresh SQLite database with the Liaoning demo, on a free port, and
 * hands its URL to the tests. The web app must have been built (`npm run build`).
 */
export async function setup(project: TestProject): Promise<void> {
  if (!existsSync(path.join(ROOT, 'apps/web/dist/console/index.html'))) {
    throw new Error('Web app not built: run `npm run build` before the browser tests');
  }
  dir = mkdtempSync(path.join(tmpdir(), 'jiandu-e2e-'));
  // The port is chosen up front so the server knows its own public address: certificate QR codes
  // carry it, and the browser test follows them.
  const port = await freePort();
  server = spawn(process.execPath, [path.join(ROOT, 'apps/server/bin/jiandu.js'), 'serve'], {
    cwd: dir,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      PUBLIC_BASE_URL: `http://127.0.0.1:${port}`,
      DATABASE_URL: `sqlite:${path.join(dir, 'e2e.sqlite')}`,
      LOG_LEVEL: 'warn',
      JOBS_ENABLED: 'false',
      DEMO_SEED: 'true',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    server!.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /已启动: (http:\/\/\S+)/.exec(out);
      if (match) resolve(match[1]!.replace('localhost', '127.0.0.1'));
    });
    server!.once('exit', (code) => reject(new Error(`server exited with ${code}: ${out}`)));
  });
  project.provide('baseUrl', url);
  project.provide('stateDir', dir);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** Stops the server and removes its database. */
export async function teardown(): Promise<void> {
  if (server && server.exitCode === null) {
    const exited = new Promise((resolve) => server!.once('exit', resolve));
    server.kill('SIGTERM');
    await exited;
  }
  rmSync(dir, { recursive: true, force: true });
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    /** A folder the test files share (e.g. the TOTP secrets of users enrolled by an earlier file). */
    stateDir: string;
  }
}
