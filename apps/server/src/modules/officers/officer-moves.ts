import type { Officer } from '@jiandu/contracts/officers';
import { recordAudit } from '../../platform/audit/audit.ts';
import { auditActor, type UserActor } from '../../platform/authz/actor.ts';
import { addDays, todayInShanghai } from '../../platform/calendar/dates.ts';
import type { Db } from '../../platform/db/tables.ts';
import { AppError } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import * as certificates from './certificates.repository.ts';
import * as repo from './officers.repository.ts';
import type { OfficerService } from './officers.service.ts';

/*
 * An officer moving on: a transfer (调动) closes the current post and opens one in the new org,
 * and the certificates follow; leaving (离岗) closes the post and cancels (注销) every certificate
 * still valid or suspended. Both keep the history in officer_post.
 */

interface Deps {
  db: Db;
  officers: OfficerService;
}

function checkDate(effectiveDate: string, currentFrom: string | undefined, what: string): void {
  if (effectiveDate > todayInShanghai()) throw new AppError('VALIDATION_FAILED', `${what}日期不能晚于今天`);
  if (currentFrom && effectiveDate <= currentFrom)
    throw new AppError('VALIDATION_FAILED', `${what}日期应晚于现岗位的起始日期 ${currentFrom}`);
}

/** Moves an officer to another org from a date, keeping the earlier post in the history. */
export async function transferOfficer(
  { db, officers }: Deps,
  actor: UserActor,
  id: string,
  input: { orgId: string; post: string; effectiveDate: string; reason: string },
): Promise<Officer> {
  const row = await officers.reachable(actor, 'officer.write', id);
  if (row.status === 'left') throw new AppError('CONFLICT', '该人员已离岗, 不能调动');
  const target = await officers.writableOrg(actor, input.orgId);
  if (target.id === row.org_id) throw new AppError('CONFLICT', '调入单位与当前所在单位相同');
  const current = await repo.currentPost(db, id);
  checkDate(input.effectiveDate, current?.from_date, '调动');
  const now = new Date().toISOString();
  await db.transaction().execute(async (trx) => {
    if (current) await repo.closePost(trx, current.id, addDays(input.effectiveDate, -1));
    await repo.insertPosts(trx, [
      {
        id: newId(),
        officer_id: id,
        org_id: target.id,
        post: input.post,
        from_date: input.effectiveDate,
        to_date: null,
        reason: input.reason,
        recorded_at: now,
      },
    ]);
    await repo.updateOfficer(trx, id, {
      org_id: target.id,
      region_code: target.region_code,
      post: input.post,
      updated_at: now,
    });
    await certificates.moveCertificates(trx, id, target.id, target.region_code, now);
    await recordAudit(trx, auditActor(actor), {
      action: 'officer.transfer',
      targetType: 'officer',
      targetId: id,
      detail: {
        before: { orgId: row.org_id, post: row.post },
        after: { orgId: target.id, post: input.post },
        effectiveDate: input.effectiveDate,
        reason: input.reason,
      },
    });
  });
  return officers.get(actor, id);
}

/** Records an officer leaving enforcement work; valid and suspended certificates are cancelled. */
export async function officerLeaves(
  { db, officers }: Deps,
  actor: UserActor,
  id: string,
  input: { effectiveDate: string; reason: string },
): Promise<Officer> {
  const row = await officers.reachable(actor, 'officer.write', id);
  if (row.status === 'left') throw new AppError('CONFLICT', '该人员已离岗');
  const current = await repo.currentPost(db, id);
  checkDate(input.effectiveDate, current?.from_date, '离岗');
  const held = await officers.heldCertificates(id);
  const events = await certificates.eventsOf(
    db,
    held.map((c) => c.id),
  );
  for (const c of held) {
    const last = events.filter((e) => e.certificate_id === c.id).at(-1)?.effective_date ?? c.issue_date;
    if (input.effectiveDate < last)
      throw new AppError(
        'VALIDATION_FAILED',
        `离岗日期不能早于证件 ${c.number} 上一次状态变更的生效日期 ${last}`,
      );
  }
  const now = new Date().toISOString();
  const actorName = auditActor(actor).name;
  await db.transaction().execute(async (trx) => {
    if (current) await repo.closePost(trx, current.id, input.effectiveDate);
    await repo.updateOfficer(trx, id, { status: 'left', updated_at: now });
    for (const c of held)
      await certificates.updateCertificate(trx, c.id, { status: 'cancelled', updated_at: now });
    await certificates.insertEvents(
      trx,
      held.map((c) => ({
        id: newId(),
        certificate_id: c.id,
        status: 'cancelled' as const,
        effective_date: input.effectiveDate,
        reason: `离岗注销: ${input.reason}`,
        actor: actorName,
        recorded_at: now,
      })),
    );
    await recordAudit(trx, auditActor(actor), {
      action: 'officer.leave',
      targetType: 'officer',
      targetId: id,
      detail: {
        before: { status: row.status },
        after: { status: 'left' },
        effectiveDate: input.effectiveDate,
        reason: input.reason,
        cancelledCertificates: held.map((c) => c.number),
      },
    });
  });
  return officers.get(actor, id);
}
