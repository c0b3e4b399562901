import { cliActor } from '../../platform/audit/audit.ts';
import { isSha256 } from '../../platform/storage/blob-store.ts';
import type { BlobVerification } from '../../platform/storage/blobs.ts';
import { type Command, complain, EXIT, say, UsageError } from '../command.ts';
import { withContext } from '../environment.ts';

/** A progress line every this many files, so a long run shows it is moving without flooding the terminal. */
const PROGRESS_EVERY = 100;

const STATUS_LABEL = { ok: '完好', mismatch: '内容不符', missing: '文件缺失' } as const;

function reportFailure(result: BlobVerification): void {
  complain(`${STATUS_LABEL[result.status]}: ${result.sha256} — ${result.detail ?? ''}`);
}

/** `jiandu blobs verify`: re-reads stored evidence files and checks their SHA-256 and SM3. */
export const blobsVerifyCommand: Command = {
  path: ['blobs', 'verify'],
  summary: '重新校验证据文件的 SHA-256 与 SM3 / verify stored evidence files',
  usage: [
    'jiandu blobs verify [--sha256 HASH]',
    '  --sha256  只校验这一个文件 (64 位小写十六进制); 默认按哈希顺序校验全部已登记的文件',
    '全部完好时退出码 0; 发现内容被改动或文件缺失时退出码 1, 逐个列出并记入审计日志。',
    '证据文件目录取自 JIANDU_BLOB_DIR, 默认 ./data/blobs。',
  ].join('\n'),
  options: { sha256: { type: 'string' } },
  run: ({ values }) => {
    const sha256 = values.sha256 as string | undefined;
    if (sha256 !== undefined && !isSha256(sha256))
      throw new UsageError(`--sha256 须为 64 位小写十六进制: ${sha256}`);
    return withContext(async (context) => {
      const actor = cliActor();
      if (sha256 !== undefined) {
        if (!(await context.blobs.find(sha256))) {
          complain(`未登记的证据文件: ${sha256}`);
          return EXIT.usage;
        }
        const result = await context.blobs.verify(sha256, actor);
        if (result.status !== 'ok') {
          reportFailure(result);
          return EXIT.failure;
        }
        say(`完好: ${sha256}`);
        return EXIT.ok;
      }
      const summary = await context.blobs.verifyAll({
        actor,
        onProgress: (last, progress) => {
          if (last.status !== 'ok') reportFailure(last);
          if (progress.checked % PROGRESS_EVERY === 0)
            say(`已校验 ${progress.checked}/${Math.max(progress.total, progress.checked)}`);
        },
      });
      const failed = summary.mismatch + summary.missing;
      say(
        `校验完成: 共 ${summary.checked} 个文件, 完好 ${summary.ok}, 内容不符 ${summary.mismatch}, 文件缺失 ${summary.missing}`,
      );
      if (failed) complain(`发现 ${failed} 个异常文件, 已记入审计日志 (blob.verify_failed)`);
      return failed ? EXIT.failure : EXIT.ok;
    });
  },
};
