import type { ItemAction, Subject } from '@jiandu/contracts/catalogue-labels';
import type { Permission } from '@jiandu/contracts/permissions';
import { recordAudit } from '../../../platform/audit/audit.ts';
import { auditActor, scopesFor, type UserActor } from '../../../platform/authz/actor.ts';
import { scopeReaches } from '../../../platform/authz/scope.ts';
import { addDays, isValidDate, todayInShanghai } from '../../../platform/calendar/dates.ts';
import type { Database, Db } from '../../../platform/db/tables.ts';
import { AppError } from '../../../platform/errors.ts';
import { newId } from '../../../platform/ids.ts';
import type { AgencyService } from '../../agencies/agencies.service.ts';
import { type OrgService, scopedOrg } from '../../orgs/orgs.service.ts';
import { NOT_SAME_LEVEL, projection } from '../catalogue.policy.ts';
import * as repo from '../catalogue.repository.ts';
import type { ItemVersionTable } from '../catalogue.table.ts';

/** What the catalogue use cases need. */
export interface CatalogueDeps {
  db: Db;
  orgs: OrgService;
  agencies: AgencyService;
}

/** Org kinds that may hold catalogue items: agencies and townships given or entrusted with powers. */
export const ITEM_HOLDER_KINDS: readonly Database['org']['kind'][] = ['agency', 'township_government'];

export const SUBJECT_NAMES: Record<Subject, string> = { item: '执法事项', benchmark: '裁量基准' };
const MISSING = '执法事项不存在';

/** True when the user holds the permission over the org. */
export function reaches(actor: UserActor, permission: Permission, org: Database['org']): boolean {
  return scopeReaches(scopesFor(actor, permission), scopedOrg(org));
}

/**
 * The item and its agency for a user acting with a permission. Outside the user's reach it does not
 * exist for them (404); within reading reach but without the permission it is forbidden (403).
 */
export async function itemFor(deps: CatalogueDeps, actor: UserActor, id: string, permission: Permission) {
  const item = await repo.findItem(deps.db, id);
  const org = item ? await deps.orgs.findById(item.org_id) : undefined;
  if (!item || !org) throw new AppError('NOT_FOUND', MISSING);
  const may = reaches(actor, permission, org);
  if (!may && !reaches(actor, 'item.read', org)) throw new AppError('NOT_FOUND', MISSING);
  if (!may) throw new AppError('FORBIDDEN', '该执法主体不在您的数据范围内, 无权执行此操作');
  return { item, org };
}

/** Refuses unless the user's own org is the agency's supervisor of the same level. */
export async function assertReviewer(deps: CatalogueDeps, actor: UserActor, orgId: string): Promise<void> {
  if (!(await deps.agencies.isReviewerOf(actor, orgId))) throw new AppError('FORBIDDEN', NOT_SAME_LEVEL);
}

/** A business date given by the caller (today when absent), checked to be a real date. */
export function dateOr(date: string | undefined, label: string): string {
  const value = date ?? todayInShanghai();
  if (!isValidDate(value)) throw new AppError('VALIDATION_FAILED', `${label}不是有效的日期: ${value}`);
  return value;
}

/** Refuses a date more than a year ahead: catalogues are adjusted for the near future, not planned far off. */
export function notTooFar(date: string, label: string): void {
  if (date > addDays(todayInShanghai(), 366))
    throw new AppError('VALIDATION_FAILED', `${label}不能晚于一年以后`);
}

/** Refuses when a conditional update found the version already moved by someone else. */
export function assertMoved(moved: boolean): void {
  if (!moved) throw new AppError('CONFLICT', '该版本已被他人同时办理, 请刷新后重试');
}

/** Recomputes the item row's projection from its versions, in the caller's transaction. */
export async function refreshItem(trx: Db, itemId: string, changes: { withdrawn_on?: string | null } = {}) {
  const item = await repo.findItem(trx, itemId);
  if (!item) throw new AppError('NOT_FOUND', MISSING);
  const versions = await repo.versionsOf(trx, itemId);
  const withdrawn = changes.withdrawn_on === undefined ? item.withdrawn_on : changes.withdrawn_on;
  await repo.updateItem(trx, itemId, {
    ...projection({ withdrawn_on: withdrawn }, versions),
    updated_at: new Date().toISOString(),
  });
}

/** Appends a history event for a version and the matching audit entry, in the caller's transaction. */
export async function recordStep(
  trx: Db,
  actor: UserActor,
  version: ItemVersionTable,
  action: ItemAction,
  step: { effectiveDate: string; reason?: string | null; detail?: Record<string, unknown>; audit?: boolean },
): Promise<void> {
  await repo.insertEvent(trx, {
    id: newId(),
    item_id: version.item_id,
    version_id: version.id,
    subject: version.subject,
    version: version.version,
    action,
    reason: step.reason ?? null,
    effective_date: step.effectiveDate,
    actor_id: actor.userId,
    actor_name: actor.displayName,
    actor_org_name: actor.orgName || null,
    recorded_at: new Date().toISOString(),
  });
  if (step.audit === false) return; // recorded within another step's audit entry
  await recordAudit(trx, auditActor(actor), {
    action: `${version.subject}.${action}`,
    targetType: 'item',
    targetId: version.item_id,
    detail: {
      version: version.version,
      effectiveDate: step.effectiveDate,
      ...(step.reason ? { reason: step.reason } : {}),
      ...step.detail,
    },
  });
}
