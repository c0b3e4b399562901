import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
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
  server = spawn(process.execPath, [path.join(ROOT, 'apps/server/bin/jiandu.js'), 'serve'], {
    cwd: dir,
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
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
  }
}
