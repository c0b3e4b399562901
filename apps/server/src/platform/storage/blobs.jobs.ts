import type { JobScheduler, RecurringJob } from '../jobs/scheduler.ts';
import type { BlobService } from './blobs.ts';

/** Temporary upload files older than this are leftovers of a crash, never a running upload. */
const STALE_TEMPORARY_MS = 24 * 3_600_000;

/**
 * Re-reads every evidence file each week, at night when nobody uploads, so a file altered or lost
 * on disk is found (and audited) long before someone needs it as evidence. A rerun just checks again.
 */
export function registerBlobJobs(scheduler: JobScheduler, blobs: BlobService): RecurringJob[] {
  scheduler.register('blobs.verify', async ({ signal }) => {
    const swept = await blobs.sweepTemporary(STALE_TEMPORARY_MS);
    const summary = await blobs.verifyAll({ signal });
    const failed = summary.mismatch + summary.missing;
    const sweptNote = swept ? `; 清理中断上传的临时文件 ${swept} 个` : '';
    return failed
      ? `校验证据文件 ${summary.checked} 个, 发现异常 ${failed} 个 (内容不符 ${summary.mismatch}, 文件缺失 ${summary.missing}), 已记入审计日志${sweptNote}`
      : `校验证据文件 ${summary.checked} 个, 全部完好${sweptNote}`;
  });
  return [
    {
      key: 'blobs.verify',
      handler: 'blobs.verify',
      cron: '0 3 * * 0',
      description: '每周重新校验证据文件的 SHA-256 与 SM3',
    },
  ];
}
