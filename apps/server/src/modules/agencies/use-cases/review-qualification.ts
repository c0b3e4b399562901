import type { UserActor } from '../../../platform/authz/actor.ts';
import { AppError } from '../../../platform/errors.ts';
import { currentVersion, workingVersion } from '../agencies.policy.ts';
import * as repo from '../agencies.repository.ts';
import {
  type AgencyDeps,
  agencyFor,
  assertMoved,
  assertReviewer,
  dateOr,
  notAfterToday,
  recordStep,
} from './agency-access.ts';

/** The agency's versions, once the user is known to be its supervisor of the same level. */
async function reviewable(deps: AgencyDeps, actor: UserActor, orgId: string) {
  const org = await agencyFor(deps, actor, orgId, 'agency.confirm');
  await assertReviewer(deps, actor, org);
  const versions = await repo.versionsOf(deps.db, orgId);
  return { org, versions, working: workingVersion(versions), current: currentVersion(versions) };
}

/** The submitted version, or a Chinese refusal saying why there is none. */
function submitted(working: Awaited<ReturnType<typeof reviewable>>['working'], verb: string) {
  if (!working) throw new AppError('CONFLICT', '没有待确认的版本');
  if (working.status === 'draft') throw new AppError('CONFLICT', `该版本仍是草稿, 尚未提交, 不能${verb}`);
  return working;
}

/** Returns a submitted version to the agency as a draft (退回), with the reason. */
export async function returnQualification(
  deps: AgencyDeps,
  actor: UserActor,
  orgId: string,
  input: { reason: string; date?: string },
): Promise<void> {
  const { working } = await reviewable(deps, actor, orgId);
  const version = submitted(working, '退回');
  const reason = input.reason.trim();
  if (reason.length < 2) throw new AppError('VALIDATION_FAILED', '请填写退回原因');
  const date = dateOr(input.date, '退回日期');
  await deps.db.transaction().execute(async (trx) => {
    const now = new Date().toISOString();
    assertMoved(await repo.updateVersion(trx, version.id, 'submitted', { status: 'draft', updated_at: now }));
    await recordStep(trx, actor, version, 'return', { effectiveDate: date, reason });
  });
}

/**
 * Confirms a submitted version from a date. A version already in force is superseded from that
 * date and stays in the history; a revoked one stays revoked.
 */
export async function confirmQualification(
  deps: AgencyDeps,
  actor: UserActor,
  orgId: string,
  input: { effectiveDate?: string | undefined },
): Promise<void> {
  const { working, current } = await reviewable(deps, actor, orgId);
  const version = submitted(working, '确认');
  const date = dateOr(input.effectiveDate, '确认日期');
  notAfterToday(date, '确认日期');
  const events = await repo.eventsOf(deps.db, orgId);
  const submittedOn = events.filter((e) => e.qualification_id === version.id && e.action === 'submit').at(-1);
  if (submittedOn && date < submittedOn.effective_date)
    throw new AppError('VALIDATION_FAILED', `确认日期不能早于提交日期 (${submittedOn.effective_date})`);
  const previous = current && current.id !== version.id ? current : undefined;
  if (previous?.confirmed_on && date < previous.confirmed_on)
    throw new AppError(
      'VALIDATION_FAILED',
      `确认日期不能早于现行第${previous.version}版的确认日期 (${previous.confirmed_on})`,
    );
  await deps.db.transaction().execute(async (trx) => {
    const now = new Date().toISOString();
    const supersedes = previous?.status === 'confirmed' || previous?.status === 'published';
    if (previous) {
      assertMoved(
        await repo.updateVersion(trx, previous.id, previous.status, {
          is_current: 0,
          ...(supersedes ? { status: 'superseded' as const, superseded_on: date } : {}),
          updated_at: now,
        }),
      );
      if (supersedes)
        await recordStep(trx, actor, previous, 'supersede', {
          effectiveDate: date,
          reason: `被第${version.version}版替代`,
        });
    }
    assertMoved(
      await repo.updateVersion(trx, version.id, 'submitted', {
        status: 'confirmed',
        is_current: 1,
        confirmed_on: date,
        updated_at: now,
      }),
    );
    await recordStep(trx, actor, version, 'confirm', {
      effectiveDate: date,
      detail: supersedes ? { supersedes: previous?.version } : {},
    });
  });
}

/** Publishes (公告) the confirmed version in force. */
export async function publishQualification(
  deps: AgencyDeps,
  actor: UserActor,
  orgId: string,
  input: { effectiveDate?: string | undefined },
): Promise<void> {
  const { current } = await reviewable(deps, actor, orgId);
  if (current?.status === 'published') throw new AppError('CONFLICT', '该版本已公告, 不能重复公告');
  if (current?.status !== 'confirmed' || !current.confirmed_on)
    throw new AppError('CONFLICT', '尚无已确认的主体资格, 不能公告');
  const date = dateOr(input.effectiveDate, '公告日期');
  notAfterToday(date, '公告日期');
  if (date < current.confirmed_on)
    throw new AppError('VALIDATION_FAILED', `公告日期不能早于确认日期 (${current.confirmed_on})`);
  await deps.db.transaction().execute(async (trx) => {
    const now = new Date().toISOString();
    assertMoved(
      await repo.updateVersion(trx, current.id, 'confirmed', {
        status: 'published',
        published_on: date,
        updated_at: now,
      }),
    );
    await recordStep(trx, actor, current, 'publish', { effectiveDate: date });
  });
}

/** Revokes (撤销) the qualification in force, with reason and effective date. */
export async function revokeQualification(
  deps: AgencyDeps,
  actor: UserActor,
  orgId: string,
  input: { reason: string; effectiveDate: string },
): Promise<void> {
  const { current } = await reviewable(deps, actor, orgId);
  if (current?.status === 'revoked') throw new AppError('CONFLICT', '该执法主体的主体资格已撤销');
  if ((current?.status !== 'confirmed' && current?.status !== 'published') || !current.confirmed_on)
    throw new AppError('CONFLICT', '尚无已确认的主体资格, 不能撤销');
  const reason = input.reason.trim();
  if (reason.length < 2) throw new AppError('VALIDATION_FAILED', '请填写撤销原因');
  const date = dateOr(input.effectiveDate, '撤销生效日期');
  notAfterToday(date, '撤销生效日期');
  if (date < current.confirmed_on)
    throw new AppError('VALIDATION_FAILED', `撤销生效日期不能早于确认日期 (${current.confirmed_on})`);
  await deps.db.transaction().execute(async (trx) => {
    const now = new Date().toISOString();
    assertMoved(
      await repo.updateVersion(trx, current.id, current.status, {
        status: 'revoked',
        revoked_on: date,
        revocation_reason: reason,
        updated_at: now,
      }),
    );
    await recordStep(trx, actor, current, 'revoke', {
      effectiveDate: date,
      reason,
      detail: { before: { status: current.status } },
    });
  });
}
