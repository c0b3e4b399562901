#!/usr/bin/env node
// Entry point of the `jiandu` command: runs the TypeScript sources through tsx's loader.
import { register } from 'tsx/esm/api';

register();
// Output piped into `head` and the like: a closed pipe ends the command quietly.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});
const { main } = await import('../src/cli/main.ts');
const code = await main(process.argv.slice(2));
if (code !== 0 || process.argv[2] !== 'serve') process.exitCode = code;
