import { access } from 'node:fs/promises';
import { verifyArchive } from '../../platform/audit/archive-file.ts';
import { cliActor } from '../../platform/audit/audit.ts';
import { verifyAuditChain } from '../../platform/audit/chain.ts';
import {
  archiveAuditTrail,
  DEFAULT_ARCHIVE_DIRECTORY,
  MIN_AUDIT_RETENTION_DAYS,
} from '../../platform/audit/retention.ts';
import { type Command, complain, EXIT, say, UsageError } from '../command.ts';
import { withContext } from '../environment.ts';

/** `jiandu audit verify`: walks the hash chain and names the first edited, removed or moved row. */
export const auditVerifyCommand: Command = {
  path: ['audit', 'verify'],
  summary: '校验审计日志哈希链 / verify the audit trail',
  usage: [
    'jiandu audit verify',
    '按序号逐条校验 SM3 哈希链; 完整时退出码 0, 发现被修改、删除或调换的记录时退出码 1 并指出第一条。',
  ].join('\n'),
  run: () =>
    withContext(async (context) => {
      const report = await verifyAuditChain(context.database.db);
      if (!report.ok) {
        complain(`审计日志校验失败 (已校验 ${report.rows} 条): ${report.problem.message}`);
        return EXIT.failure;
      }
      const archived = report.archivedThroughSeq ? `, 序号 ${report.archivedThroughSeq} 及以前已归档` : '';
      say(`审计日志完整: ${report.rows} 条, 最后序号 ${report.lastSeq}${archived}`);
      return EXIT.ok;
    }),
};

/** Reads --before as a Shanghai calendar date or an ISO time. */
function parseBefore(value: string | undefined): string {
  if (value === undefined) return new Date(Date.now() - MIN_AUDIT_RETENTION_DAYS * 86_400_000).toISOString();
  const time = Date.parse(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00+08:00` : value);
  if (Number.isNaN(time)) throw new UsageError(`--before 须为日期 (YYYY-MM-DD) 或 ISO 时间: ${value}`);
  return new Date(time).toISOString();
}

/** `jiandu audit archive`: exports rows past retention to a signed file, then removes them. */
export const auditArchiveCommand: Command = {
  path: ['audit', 'archive'],
  summary: '归档并清理超过保留期的审计日志 / archive old audit rows',
  usage: [
    'jiandu audit archive [--before DATE] [--dir DIR]',
    `  --before  归档此时间之前的记录, 默认 ${MIN_AUDIT_RETENTION_DAYS} 天前; 不足 ${MIN_AUDIT_RETENTION_DAYS} 天的记录从不归档`,
    '  --dir     归档目录, 默认 ./data/audit-archive',
    '签名密钥取自 JIANDU_AUDIT_ARCHIVE_KEY (十六进制), 未设置时使用 ./data/audit-archive.key。',
  ].join('\n'),
  options: { before: { type: 'string' }, dir: { type: 'string' } },
  run: ({ values }) => {
    const before = parseBefore(values.before as string | undefined);
    const directory = (values.dir as string | undefined) ?? DEFAULT_ARCHIVE_DIRECTORY;
    return withContext(async (context) => {
      const result = await archiveAuditTrail(context.database.db, { before, directory, actor: cliActor() });
      if (!result) {
        say('没有需要归档的审计日志');
        return EXIT.ok;
      }
      say(`已归档 ${result.rows} 条审计日志 (序号 ${result.fromSeq}–${result.throughSeq}) 至 ${result.file}`);
      return EXIT.ok;
    });
  },
};

/** `jiandu audit verify-archive FILE`: checks an archive's digest, signature and inner chain. */
export const auditVerifyArchiveCommand: Command = {
  path: ['audit', 'verify-archive'],
  summary: '校验审计日志归档文件 / verify an audit archive',
  usage: 'jiandu audit verify-archive FILE',
  allowPositionals: true,
  run: async ({ positionals }) => {
    const [file, ...extra] = positionals;
    if (!file || extra.length) throw new UsageError('须指定且只能指定一个归档文件');
    try {
      await access(file);
    } catch {
      complain(`无法读取文件 ${file}`);
      return EXIT.usage;
    }
    const result = await verifyArchive(file);
    if (!result.ok) {
      complain(`归档文件校验失败: ${result.reason}`);
      return EXIT.failure;
    }
    say(
      `归档文件完整: ${result.rows} 条, 序号 ${result.fromSeq}–${result.throughSeq}, 末条哈希 ${result.lastHash}`,
    );
    return EXIT.ok;
  },
};
