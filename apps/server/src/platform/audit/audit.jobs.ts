import type { Db } from '../db/tables.ts';
import type { JobScheduler, RecurringJob } from '../jobs/scheduler.ts';
import { archiveAuditTrail, DEFAULT_ARCHIVE_DIRECTORY, MIN_AUDIT_RETENTION_DAYS } from './retention.ts';

/** Where archives go and how long rows stay; the retention is clamped to at least 190 days. */
export interface AuditJobOptions {
  directory?: string;
  retentionDays?: number;
  key?: Buffer;
}

/**
 * Archives and removes audit rows past the retention period every night, so the table stays
 * bounded while every row remains provable from a signed file. The handler is idempotent: a rerun
 * finds nothing left, or rewrites the same archive file before deleting.
 */
export function registerAuditJobs(
  scheduler: JobScheduler,
  db: Db,
  options: AuditJobOptions = {},
): RecurringJob[] {
  const days = Math.max(MIN_AUDIT_RETENTION_DAYS, options.retentionDays ?? MIN_AUDIT_RETENTION_DAYS);
  scheduler.register('audit.archive', async () => {
    const result = await archiveAuditTrail(db, {
      before: new Date(Date.now() - days * 86_400_000).toISOString(),
      directory: options.directory ?? DEFAULT_ARCHIVE_DIRECTORY,
      retentionDays: days,
      ...(options.key ? { key: options.key } : {}),
    });
    return result
      ? `归档${result.rows}条审计日志 (序号 ${result.fromSeq}–${result.throughSeq}) 至 ${result.file}`
      : `没有超过${days}天的审计日志需要归档`;
  });
  return [
    {
      key: 'audit.archive',
      handler: 'audit.archive',
      cron: '0 2 * * *',
      description: '归档并清理超过保留期的审计日志',
    },
  ];
}
