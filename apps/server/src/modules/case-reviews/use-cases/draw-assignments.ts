import { recordAudit } from '../../../platform/audit/audit.ts';
import { auditActor, type UserActor } from '../../../platform/authz/actor.ts';
import type { Db } from '../../../platform/db/tables.ts';
import { AppError } from '../../../platform/errors.ts';
import { newId } from '../../../platform/ids.ts';
import * as sheets from '../assignments.repository.ts';
import * as batches from '../batches.repository.ts';
import type { CaseReviewPorts } from '../case-review-ports.ts';
import { drawReviewers } from '../reviewer-draw.ts';
import { Eligibility, type Member } from './eligibility.ts';

/** A pool member as the exclusion check sees them. */
export function memberOf(row: sheets.ReviewerRow): Member {
  return {
    source: row.source,
    sourceId: row.source_id,
    employer: row.employer,
    memberOrgIds: row.source === 'staff' ? [row.org_id, row.account_org_id] : [row.account_org_id],
  };
}

/** A fresh, empty sheet of a pool member on a file. */
export function newSheet(batchId: string, fileId: string, reviewer: sheets.ReviewerRow, now: string) {
  return {
    id: newId(),
    batch_id: batchId,
    file_id: fileId,
    reviewer_id: reviewer.id,
    user_id: reviewer.user_id,
    status: 'pending' as const,
    vetoes: '[]',
    scores: '{}',
    comment: null,
    total: null,
    vetoed: 0,
    saved_at: null,
    submitted_at: null,
    replaced_at: null,
    replaced_reason: null,
    created_at: now,
  };
}

/**
 * Staffs every file without reviewers: for each, the pool members who pass the exclusion check for
 * its agency, then `drawReviewers` with the batch's seed (balanced load, counting what members
 * already carry). All or nothing: when a file cannot get enough reviewers, nothing is assigned and
 * the files are named.
 */
export async function drawAssignments(
  db: Db,
  ports: CaseReviewPorts,
  actor: UserActor,
  batch: batches.BatchRow,
): Promise<number> {
  const [files, pool, existing] = await Promise.all([
    batches.filesOf(db, batch.id),
    sheets.reviewersOf(db, batch.id),
    sheets.assignmentsOfBatch(db, batch.id),
  ]);
  const live = existing.filter((a) => a.status !== 'replaced');
  const staffed = new Set(live.map((a) => a.file_id));
  const open = files.filter((f) => !staffed.has(f.id));
  if (!open.length) throw new AppError('CONFLICT', '所有案卷均已分配评查人员; 如需调整请逐件更换');
  if (pool.length < batch.reviewers_per_file)
    throw new AppError(
      'CONFLICT',
      `评查人员库只有 ${pool.length} 人, 每件案卷需 ${batch.reviewers_per_file} 人交叉评查, 请先添加评查人员`,
    );
  const agencies = new Map(
    (await ports.orgs.findByIds([...new Set(open.map((f) => f.agency_org_id))])).map((o) => [o.id, o]),
  );
  // Members are drawn by who they are (source and id), not by their row id, so the same pool drawn
  // with the same seed for the same files gives the same result in any batch.
  const keyOf = new Map(pool.map((m) => [m.id, `${m.source}:${m.source_id}`]));
  const memberOfKey = new Map(pool.map((m) => [keyOf.get(m.id)!, m]));
  const eligibility = new Eligibility(ports, actor);
  const eligibleOf = new Map<string, string[]>();
  for (const agency of agencies.values()) {
    const ok: string[] = [];
    for (const member of pool)
      if (!(await eligibility.reason(memberOf(member), agency))) ok.push(keyOf.get(member.id)!);
    eligibleOf.set(agency.id, ok);
  }
  const load = new Map<string, number>();
  for (const a of live) {
    const key = keyOf.get(a.reviewer_id)!;
    load.set(key, (load.get(key) ?? 0) + 1);
  }
  const draw = drawReviewers(
    batch.seed,
    open.map((f) => ({ id: f.id, eligible: eligibleOf.get(f.agency_org_id) ?? [] })),
    batch.reviewers_per_file,
    load,
  );
  if (draw.short.length) {
    const names = draw.short
      .slice(0, 5)
      .map((s) => {
        const file = open.find((f) => f.id === s.fileId)!;
        return `${file.case_number} (${file.agency_name}, 可回避后评查 ${s.eligible} 人)`;
      })
      .join('; ');
    throw new AppError(
      'CONFLICT',
      `${draw.short.length} 件案卷可参加评查的人员不足 ${batch.reviewers_per_file} 人: ${names}${draw.short.length > 5 ? ' 等' : ''}; 请在评查人员库中增加与被评查单位无利害关系的人员`,
    );
  }
  const now = new Date().toISOString();
  const rows = open.flatMap((f) =>
    draw.assigned.get(f.id)!.map((key) => newSheet(batch.id, f.id, memberOfKey.get(key)!, now)),
  );
  await db.transaction().execute(async (trx) => {
    await sheets.insertAssignments(trx, rows);
    await recordAudit(trx, auditActor(actor), {
      action: 'case_review.assignment.draw',
      targetType: 'review_batch',
      targetId: batch.id,
      detail: {
        seed: batch.seed,
        files: open.length,
        perFile: batch.reviewers_per_file,
        load: pool.map((m) => ({ name: m.name, files: rows.filter((r) => r.reviewer_id === m.id).length })),
      },
    });
  });
  return rows.length;
}
