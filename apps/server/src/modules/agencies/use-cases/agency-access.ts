import type { QualificationAction } from '@jiandu/contracts/agencies';
import type { Permission } from '@jiandu/contracts/permissions';
import { recordAudit } from '../../../platform/audit/audit.ts';
import { auditActor, type UserActor } from '../../../platform/authz/actor.ts';
import { isValidDate, todayInShanghai } from '../../../platform/calendar/dates.ts';
import type { Database, Db } from '../../../platform/db/tables.ts';
import { AppError } from '../../../platform/errors.ts';
import { newId } from '../../../platform/ids.ts';
import type { OrgService } from '../../orgs/orgs.service.ts';
import { isSupervisorOfLevel, NOT_SAME_LEVEL, QUALIFIABLE_KINDS, reaches } from '../agencies.policy.ts';
import * as repo from '../agencies.repository.ts';
import type { AgencyQualificationTable } from '../agencies.table.ts';

/** What the qualification use cases need. */
export interface AgencyDeps {
  db: Db;
  orgs: OrgService;
}

const MISSING = '执法主体不存在';

/**
 * The agency org a user acts on with a permission. Outside the user's reach it does not exist for
 * them (404); within reading reach but without the permission there it is forbidden (403).
 */
export async function agencyFor(
  deps: AgencyDeps,
  actor: UserActor,
  orgId: string,
  permission: Permission,
): Promise<Database['org']> {
  const org = await deps.orgs.findById(orgId);
  if (!org || !QUALIFIABLE_KINDS.includes(org.kind)) throw new AppError('NOT_FOUND', MISSING);
  const may = reaches(actor, permission, org);
  if (!may && !reaches(actor, 'agency.read', org)) throw new AppError('NOT_FOUND', MISSING);
  if (!may) throw new AppError('FORBIDDEN', '该执法主体不在您的数据范围内, 无权执行此操作');
  return org;
}

/** Refuses unless the user's own org is the agency's supervisor of the same level. */
export async function assertReviewer(
  deps: AgencyDeps,
  actor: UserActor,
  agency: Database['org'],
): Promise<void> {
  const own = actor.orgId ? await deps.orgs.findById(actor.orgId) : undefined;
  if (!isSupervisorOfLevel(own, agency)) throw new AppError('FORBIDDEN', NOT_SAME_LEVEL);
}

/** A business date given by the caller (today when absent), checked to be a real date. */
export function dateOr(date: string | undefined, label: string): string {
  const value = date ?? todayInShanghai();
  if (!isValidDate(value)) throw new AppError('VALIDATION_FAILED', `${label}不是有效的日期: ${value}`);
  return value;
}

/** Refuses a date later than today (decisions are recorded, not scheduled). */
export function notAfterToday(date: string, label: string): void {
  if (date > todayInShanghai()) throw new AppError('VALIDATION_FAILED', `${label}不能晚于今天`);
}

/** Refuses when a conditional update found the version already moved by someone else. */
export function assertMoved(moved: boolean): void {
  if (!moved) throw new AppError('CONFLICT', '该主体资格已被他人同时办理, 请刷新后重试');
}

/** Appends a history event for a version and the matching audit entry, in the caller's transaction. */
export async function recordStep(
  trx: Db,
  actor: UserActor,
  version: AgencyQualificationTable,
  action: QualificationAction,
  step: { effectiveDate: string; reason?: string | null; detail?: Record<string, unknown> },
): Promise<void> {
  await repo.insertEvent(trx, {
    id: newId(),
    qualification_id: version.id,
    org_id: version.org_id,
    version: version.version,
    action,
    reason: step.reason ?? null,
    effective_date: step.effectiveDate,
    actor_id: actor.userId,
    actor_name: actor.displayName,
    actor_org_name: actor.orgName || null,
    recorded_at: new Date().toISOString(),
  });
  if (action === 'supersede') return; // recorded within the confirmation's own audit entry
  await recordAudit(trx, auditActor(actor), {
    action: `agency.qualification.${action}`,
    targetType: 'agency',
    targetId: version.org_id,
    detail: {
      version: version.version,
      effectiveDate: step.effectiveDate,
      ...(step.reason ? { reason: step.reason } : {}),
      ...step.detail,
    },
  });
}
