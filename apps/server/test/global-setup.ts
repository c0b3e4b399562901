import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';

let child: ChildProcess | undefined;

/**
 * Starts building the shared test worlds (`prepare-worlds.ts`) in a process of its own, so the build
 * runs beside the first test files instead of inside whichever file needs a world first.
 */
export function setup(): void {
  child = spawn(process.execPath, ['--import', 'tsx', path.join(import.meta.dirname, 'prepare-worlds.ts')], {
    cwd: process.cwd(),
    env: { ...process.env, TZ: 'UTC' },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
}

/** Stops a build still running when the tests are done (a file that needed it has failed by then). */
export async function teardown(): Promise<void> {
  if (child && child.exitCode === null && child.signalCode === null) {
    const exited = new Promise((resolve) => child!.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  }
}
