import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Starts `jiandu serve` as its own process (so the load generator does not share its event loop),
 * on a free loopback port; resolves once it says it has started. `env` is laid over this process's
 * environment (the address, log level and jobs are the benchmark's).
 */
export async function spawnServer(databaseUrl: string, env: Record<string, string> = {}) {
  const bin = path.resolve(import.meta.dirname, '../../apps/server/bin/jiandu.js');
  // BENCH_SERVER_PROFILE=dir writes a CPU profile of the server process there (for tuning).
  const profile = process.env.BENCH_SERVER_PROFILE;
  const args = profile ? ['--cpu-prof', `--cpu-prof-dir=${profile}`, bin, 'serve'] : [bin, 'serve'];
  const child = spawn(process.execPath, args, {
    env: {
      ...process.env,
      ...env,
      DATABASE_URL: databaseUrl,
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      JOBS_ENABLED: 'false',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const t0 = performance.now();
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /已启动: (http:\/\/\S+)/.exec(out);
      if (match) resolve(match[1]!.replace('localhost', '127.0.0.1'));
    });
    child.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    url,
    pid: child.pid!,
    startMs: performance.now() - t0,
    stop: async () => {
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/** CPU seconds a process has used so far (user + system), read from /proc. */
export function cpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}
