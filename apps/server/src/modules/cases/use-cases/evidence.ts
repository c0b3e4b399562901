import type { Readable } from 'node:stream';
import type { CaseEvidenceView, EvidenceUploadQuery } from '@jiandu/contracts/cases';
import type { CaseRecord } from '@jiandu/contracts/exchange';
import { recordAudit } from '../../../platform/audit/audit.ts';
import { auditActor, type SourceActor, scopesFor, type UserActor } from '../../../platform/authz/actor.ts';
import { scopeReaches } from '../../../platform/authz/scope.ts';
import { toNumber } from '../../../platform/db/dialect.ts';
import { AppError } from '../../../platform/errors.ts';
import { newId } from '../../../platform/ids.ts';
import type { BlobService, BlobVerification } from '../../../platform/storage/blobs.ts';
import { recordFromStored } from '../case-content.ts';
import * as repo from '../cases.repository.ts';
import { type HandlingDeps, storeVersion, writableAgency } from './handle-case.ts';

/** Evidence handling needs the blob store besides what handling a case needs. */
export type EvidenceDeps = HandlingDeps & { blobs: BlobService };

/**
 * Uploads one evidence file to a native case: streamed into the blob store (SHA-256 and SM3
 * computed on the way), described, and added to the record as a new version. The same file twice
 * on one case is one item.
 */
export async function uploadEvidence(
  deps: EvidenceDeps,
  actor: UserActor,
  caseId: string,
  body: Readable,
  meta: EvidenceUploadQuery & { contentType: string },
): Promise<void> {
  const current = await repo.findNative(deps.db, caseId);
  if (!current) throw new AppError('NOT_FOUND', '案件不存在');
  const org = await writableAgency(deps, actor, current.org_id);
  if (!current.source_key.startsWith('native:'))
    throw new AppError('CONFLICT', '该案件由执法机关的办案系统报送, 证据文件请通过数据交换接口上传');
  const record = recordFromStored(current.content, current.party_secret, deps.keyring);
  if (
    meta.officer &&
    !record.officers.some((n) => n.trim().toUpperCase() === meta.officer!.trim().toUpperCase())
  )
    throw new AppError('VALIDATION_FAILED', `采集人员 ${meta.officer} 不是本案的执法人员`);
  const blob = await deps.blobs.store(body);
  const existing = await repo.evidenceOf(deps.db, caseId);
  if (existing.some((e) => e.sha256 === blob.sha256)) return;
  const next: CaseRecord = {
    ...record,
    version: record.version + 1,
    evidence: [...record.evidence, { kind: meta.kind, sha256: blob.sha256, capturedAt: meta.capturedAt }],
  };
  const by = auditActor(actor).name;
  await deps.db.transaction().execute(async (trx) => {
    await repo.insertEvidence(trx, {
      id: newId(),
      case_id: caseId,
      region_code: current.region_code,
      sha256: blob.sha256,
      kind: meta.kind,
      captured_at: meta.capturedAt,
      device: meta.device ?? null,
      officer: meta.officer ?? null,
      file_name: meta.fileName,
      content_type: meta.contentType,
      size: blob.size,
      uploaded_by: by,
      uploaded_at: new Date().toISOString(),
    });
    await storeVersion(deps, trx, actor, next, {
      id: caseId,
      orgId: org.id,
      regionCode: current.region_code,
      isNew: false,
    });
    await recordAudit(trx, auditActor(actor), {
      action: 'case.evidence_upload',
      targetType: 'case',
      targetId: caseId,
      detail: {
        sha256: blob.sha256,
        sm3: blob.sm3,
        size: blob.size,
        fileName: meta.fileName,
        kind: meta.kind,
      },
    });
  });
}

/** A source uploads the bytes of evidence its records name; the address must be the content's SHA-256. */
export async function receiveEvidence(
  deps: EvidenceDeps,
  source: SourceActor,
  sha256: string,
  body: Readable,
): Promise<{ sha256: string; sm3: string; size: number; created: boolean }> {
  const expected = sha256.toLowerCase();
  const blob = await deps.blobs.store(body);
  if (blob.sha256 !== expected)
    throw new AppError(
      'VALIDATION_FAILED',
      `文件内容的 SHA-256 为 ${blob.sha256}, 与地址中的 ${expected} 不符`,
    );
  await deps.db.transaction().execute((trx) =>
    recordAudit(trx, auditActor(source), {
      action: 'exchange.evidence_received',
      targetType: 'blob',
      targetId: blob.sha256,
      detail: { size: blob.size, sm3: blob.sm3, created: blob.created },
    }),
  );
  return { sha256: blob.sha256, sm3: blob.sm3, size: blob.size, created: blob.created };
}

/** A case the user may read, with its newest record, or NOT_FOUND. */
async function readable(deps: EvidenceDeps, actor: UserActor, caseId: string) {
  const current = await repo.findNative(deps.db, caseId);
  const org = current ? await deps.orgs.findById(current.org_id) : undefined;
  if (
    !current ||
    !org ||
    !scopeReaches(scopesFor(actor, 'case.read'), {
      id: org.id,
      path: org.path,
      regionCode: current.region_code,
    })
  )
    throw new AppError('NOT_FOUND', '案件不存在或不在您的数据范围内');
  return { current, record: recordFromStored(current.content, current.party_secret, deps.keyring) };
}

/** Every evidence item the record names, with the stored file's details where there is one. */
export async function evidenceView(
  deps: EvidenceDeps,
  caseId: string,
  record: CaseRecord,
): Promise<CaseEvidenceView[]> {
  const uploads = new Map((await repo.evidenceOf(deps.db, caseId)).map((e) => [e.sha256, e]));
  const out: CaseEvidenceView[] = [];
  for (const ref of record.evidence) {
    const sha256 = ref.sha256.toLowerCase();
    const blob = await deps.blobs.find(sha256);
    const upload = uploads.get(sha256);
    out.push({
      kind: ref.kind,
      sha256,
      capturedAt: ref.capturedAt,
      stored: blob !== null,
      sm3: blob?.sm3 ?? null,
      size: blob?.size ?? (upload ? toNumber(upload.size) : null),
      fileName: upload?.file_name ?? null,
      contentType: upload?.content_type ?? null,
      device: upload?.device ?? null,
      officer: upload?.officer ?? null,
      uploadedBy: upload?.uploaded_by ?? null,
      uploadedAt: upload?.uploaded_at ?? null,
      verifyStatus: blob?.verifyStatus ?? null,
      lastVerifiedAt: blob?.lastVerifiedAt ?? null,
    });
  }
  return out;
}

/** The bytes of one evidence file of a case the user may read; every download is audited. */
export async function downloadEvidence(
  deps: EvidenceDeps,
  actor: UserActor,
  caseId: string,
  sha256: string,
): Promise<{ stream: Readable; fileName: string; contentType: string }> {
  const { record } = await readable(deps, actor, caseId);
  const wanted = sha256.toLowerCase();
  if (!record.evidence.some((e) => e.sha256.toLowerCase() === wanted))
    throw new AppError('NOT_FOUND', '本案没有这份证据');
  const stream = await deps.blobs.open(wanted);
  const upload = (await repo.evidenceOf(deps.db, caseId)).find((e) => e.sha256 === wanted);
  await deps.db.transaction().execute((trx) =>
    recordAudit(trx, auditActor(actor), {
      action: 'case.evidence_download',
      targetType: 'case',
      targetId: caseId,
      detail: { sha256: wanted, fileName: upload?.file_name ?? null },
    }),
  );
  return {
    stream,
    fileName: upload?.file_name ?? `${wanted.slice(0, 12)}.bin`,
    contentType: upload?.content_type ?? 'application/octet-stream',
  };
}

/** Re-reads one evidence file of a case and records whether its bytes still match. */
export async function verifyEvidence(
  deps: EvidenceDeps,
  actor: UserActor,
  caseId: string,
  sha256: string,
): Promise<BlobVerification> {
  const { record } = await readable(deps, actor, caseId);
  const wanted = sha256.toLowerCase();
  if (!record.evidence.some((e) => e.sha256.toLowerCase() === wanted))
    throw new AppError('NOT_FOUND', '本案没有这份证据');
  return deps.blobs.verify(wanted, auditActor(actor));
}
