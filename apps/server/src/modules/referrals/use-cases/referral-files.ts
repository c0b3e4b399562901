import type { Readable } from 'node:stream';
import type { Attachment } from '@jiandu/contracts/matters';
import { recordAudit } from '../../../platform/audit/audit.ts';
import { auditActor, type UserActor } from '../../../platform/authz/actor.ts';
import type { Db } from '../../../platform/db/tables.ts';
import { AppError } from '../../../platform/errors.ts';
import { DOCX_TYPE } from '../../../platform/files/docx.ts';
import { PDF_TYPE } from '../../../platform/files/pdf.ts';
import { documentTitle } from '../referral-document.ts';
import type { ReferralPorts } from '../referral-ports.ts';
import { reviewsOf } from '../referral-rounds.repository.ts';
import { reaches } from '../referrals.policy.ts';
import { attachmentsOf } from '../referrals.presenter.ts';
import type { ReferralRow } from '../referrals.repository.ts';

/** Largest file attached to a referral. */
const ATTACHMENT_MAX_BYTES = 100 * 1024 * 1024;

/** The 移送书 as sent, PDF or DOCX; each download audited. */
export async function openDocument(
  db: Db,
  ports: ReferralPorts,
  actor: UserActor,
  row: ReferralRow,
  format: 'pdf' | 'docx',
) {
  const sha256 = format === 'pdf' ? row.pdf_sha256 : row.docx_sha256;
  if (!sha256) throw new AppError('NOT_FOUND', '移送书在移送时生成, 该移送尚未移送');
  const stream = await ports.blobs.open(sha256);
  await recordAudit(db, auditActor(actor), {
    action: 'referral.document.download',
    targetType: 'referral',
    targetId: row.id,
    detail: { number: row.number, format },
  });
  return {
    stream,
    contentType: format === 'pdf' ? PDF_TYPE : DOCX_TYPE,
    fileName: `${documentTitle(row.target_kind)} ${row.number}.${format}`,
  };
}

/** Stores a file to be named in the materials, the receipt, the feedback or a review request or answer. */
export async function storeAttachment(
  ports: ReferralPorts,
  actor: UserActor,
  row: ReferralRow,
  body: Readable,
  meta: { fileName: string; contentType: string },
): Promise<Attachment> {
  if (!reaches(actor, 'referral.manage', row)) throw new AppError('FORBIDDEN', '该移送不在您的办理范围内');
  if (row.status === 'closed') throw new AppError('CONFLICT', '该移送已办结, 不能再上传材料');
  const stored = await ports.blobs.store(body, ATTACHMENT_MAX_BYTES);
  return { sha256: stored.sha256, fileName: meta.fileName, size: stored.size, contentType: meta.contentType };
}

/** Opens a file the referral names; each download audited. */
export async function openAttachment(
  db: Db,
  ports: ReferralPorts,
  actor: UserActor,
  row: ReferralRow,
  sha256: string,
) {
  const named = attachmentsOf(row, await reviewsOf(db, row.id)).find(
    (a) => a.sha256 === sha256.toLowerCase(),
  );
  if (!named) throw new AppError('NOT_FOUND', '该移送没有这个附件');
  const stream = await ports.blobs.open(named.sha256);
  await recordAudit(db, auditActor(actor), {
    action: 'referral.attachment.download',
    targetType: 'referral',
    targetId: row.id,
    detail: { sha256: named.sha256, fileName: named.fileName },
  });
  return { ...named, stream };
}
