import type { Readable } from 'node:stream';
import type { Attachment } from '@jiandu/contracts/matters';
import { recordAudit } from '../../../platform/audit/audit.ts';
import { auditActor, type UserActor } from '../../../platform/authz/actor.ts';
import type { Db } from '../../../platform/db/tables.ts';
import { AppError } from '../../../platform/errors.ts';
import type { MatterPorts } from '../matter-ports.ts';
import { reaches } from '../matters.policy.ts';
import { attachmentsOf } from '../matters.presenter.ts';
import * as repo from '../matters.repository.ts';
import type { MatterService } from '../matters.service.ts';
import * as notices from '../notices.repository.ts';

/** Largest attachment of a record or a report. */
const ATTACHMENT_MAX_BYTES = 100 * 1024 * 1024;

/** Stores an attachment for a record or a report; the supervisor or the agency may upload. */
export async function uploadAttachment(
  _db: Db,
  ports: MatterPorts,
  matters: MatterService,
  actor: UserActor,
  id: string,
  body: Readable,
  meta: { fileName: string; contentType: string },
): Promise<Attachment> {
  const row = await matters.visible(actor, id);
  if (!reaches(actor, 'matter.handle', row) && !reaches(actor, 'matter.respond', row))
    throw new AppError('FORBIDDEN', '只有办理该事项的监督人员或被监督的执法机关可以上传材料');
  if (row.status === 'closed') throw new AppError('CONFLICT', '事项已办结, 不能再上传材料');
  const stored = await ports.blobs.store(body, ATTACHMENT_MAX_BYTES);
  return {
    sha256: stored.sha256,
    fileName: meta.fileName,
    size: stored.size,
    contentType: meta.contentType,
  };
}

/** Opens an attachment named by a record or an answer of this matter; each download audited. */
export async function downloadAttachment(
  db: Db,
  ports: MatterPorts,
  matters: MatterService,
  actor: UserActor,
  id: string,
  sha256: string,
) {
  const row = await matters.visible(actor, id);
  const [records, noticeRows] = await Promise.all([repo.recordsOf(db, id), notices.noticesOfMatter(db, id)]);
  const responses = await notices.responsesOf(
    db,
    noticeRows.map((n) => n.id),
  );
  const named = [...records, ...responses]
    .flatMap((r) => attachmentsOf(r.attachments))
    .find((a) => a.sha256 === sha256.toLowerCase());
  if (!named) throw new AppError('NOT_FOUND', '该事项没有这个附件');
  const stream = await ports.blobs.open(named.sha256);
  await recordAudit(db, auditActor(actor), {
    action: 'matter.attachment.download',
    targetType: 'matter',
    targetId: row.id,
    detail: { sha256: named.sha256, fileName: named.fileName },
  });
  return { ...named, stream };
}

/** Refuses attachments named in a record or report that were never uploaded. */
export async function checkAttachments(
  ports: MatterPorts,
  attachments: readonly Attachment[],
): Promise<void> {
  for (const a of attachments)
    if (!(await ports.blobs.find(a.sha256)))
      throw new AppError('VALIDATION_FAILED', `附件「${a.fileName}」未上传成功, 请重新上传`);
}
