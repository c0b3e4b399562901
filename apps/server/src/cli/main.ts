import { ConfigError } from '../platform/config.ts';
import { type Command, complain, EXIT, parseCommandArgs, say, UsageError } from './command.ts';
import { auditArchiveCommand, auditVerifyArchiveCommand, auditVerifyCommand } from './commands/audit.ts';
import { blobsVerifyCommand } from './commands/blobs.ts';
import { calendarLoadCommand, calendarYearsCommand } from './commands/calendar.ts';
import { jobsListCommand, jobsRunsCommand } from './commands/jobs.ts';
import { keysRotateCommand } from './commands/keys.ts';
import { migrateCommand } from './commands/migrate.ts';
import { regionsLoadCommand, regionsShowCommand } from './commands/regions.ts';
import { seedCommand } from './commands/seed.ts';
import { serveCommand } from './commands/serve.ts';
import { createAdminCommand, sourceCreateCommand } from './commands/users.ts';

/** Every command, in the order `--help` lists them. */
const COMMANDS: Command[] = [
  serveCommand,
  migrateCommand,
  seedCommand,
  createAdminCommand,
  sourceCreateCommand,
  calendarLoadCommand,
  calendarYearsCommand,
  regionsLoadCommand,
  regionsShowCommand,
  jobsListCommand,
  jobsRunsCommand,
  auditVerifyCommand,
  auditArchiveCommand,
  auditVerifyArchiveCommand,
  blobsVerifyCommand,
  keysRotateCommand,
];

function overview(): string {
  const width = Math.max(...COMMANDS.map((c) => c.path.join(' ').length));
  return [
    '监督 Jiandu — 行政执法协调监督平台 命令行',
    '',
    '用法: jiandu <命令> [选项]      每个命令都支持 --help',
    '',
    ...COMMANDS.map((c) => `  ${c.path.join(' ').padEnd(width)}  ${c.summary}`),
    '',
    '环境变量与服务器相同 (DATABASE_URL 等), 见 README。',
  ].join('\n');
}

/** Finds the command named by the leading words of argv. */
function resolve(argv: string[]): { command: Command; rest: string[] } | null {
  const matches = COMMANDS.filter((c) => c.path.every((word, i) => argv[i] === word));
  const best = matches.sort((a, b) => b.path.length - a.path.length)[0];
  return best ? { command: best, rest: argv.slice(best.path.length) } : null;
}

/** Runs the CLI and returns its exit code. */
export async function main(argv: string[]): Promise<number> {
  if (argv.length === 0 || argv[0] === '--help' || argv[0] === '-h' || argv[0] === 'help') {
    say(overview());
    return argv.length === 0 ? EXIT.usage : EXIT.ok;
  }
  const found = resolve(argv);
  if (!found) {
    const group = COMMANDS.filter((c) => c.path[0] === argv[0]);
    complain(
      group.length
        ? `请指定子命令: ${group.map((c) => c.path.join(' ')).join(', ')}`
        : `未知命令: ${argv.join(' ')}`,
    );
    complain('运行 jiandu --help 查看全部命令');
    return EXIT.usage;
  }
  const { command, rest } = found;
  if (rest.includes('--help') || rest.includes('-h')) {
    say(`${command.summary}\n\n用法: ${command.usage}`);
    return EXIT.ok;
  }
  try {
    const { values, positionals } = parseCommandArgs(command, rest);
    return await command.run({ values, positionals });
  } catch (error) {
    if (error instanceof UsageError) {
      complain(`参数错误: ${error.message}\n用法: ${command.usage}`);
      return EXIT.usage;
    }
    if (error instanceof ConfigError) {
      complain(error.message);
      return EXIT.config;
    }
    complain(`执行失败: ${(error as Error).message}`);
    return EXIT.failure;
  }
}
