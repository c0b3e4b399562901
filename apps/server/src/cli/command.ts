import { type ParseArgsConfig, parseArgs } from 'node:util';

/** Exit codes of the CLI, so scripts can tell a bad call from a failure. */
export const EXIT = { ok: 0, failure: 1, usage: 2, config: 78 } as const;

/** One CLI command. */
export interface Command {
  /** Words that select it, e.g. ['calendar', 'load']. */
  path: string[];
  summary: string;
  usage: string;
  options?: ParseArgsConfig['options'];
  allowPositionals?: boolean;
  run: (args: { values: Record<string, unknown>; positionals: string[] }) => Promise<number>;
}

/** A mistake in how the command was called; printed with the command's usage. */
export class UsageError extends Error {}

/** Parses a command's own arguments with node:util, turning its errors into UsageError. */
export function parseCommandArgs(command: Command, argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      options: command.options ?? {},
      allowPositionals: command.allowPositionals ?? false,
      strict: true,
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

/** Writes a line to stdout. */
export function say(line = ''): void {
  process.stdout.write(`${line}\n`);
}

/** Writes a line to stderr. */
export function complain(line: string): void {
  process.stderr.write(`${line}\n`);
}
