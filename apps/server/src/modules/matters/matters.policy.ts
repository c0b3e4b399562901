import { MATTER_STATUS_LABELS, type MatterStatus } from '@jiandu/contracts/matter-labels';
import type { Permission } from '@jiandu/contracts/permissions';
import { hasPermission, scopesFor, type UserActor } from '../../platform/authz/actor.ts';
import { type ScopedOrg, scopeReaches } from '../../platform/authz/scope.ts';
import { AppError } from '../../platform/errors.ts';
import type { MatterRow } from './matters.repository.ts';

export const MATTER_NOT_FOUND = '监督事项不存在或不在您的数据范围内';
export const NOTICE_NOT_FOUND = '监督文书不存在或不在您的数据范围内';

/** The agency a matter is about, as the data-scope check sees it. */
export function scopedAgency(row: {
  agency_org_id: string;
  agency_path: string;
  region_code: string;
}): ScopedOrg {
  return { id: row.agency_org_id, path: row.agency_path, regionCode: row.region_code };
}

/** True when the user holds the permission over the matter's (or notice's) agency. */
export function reaches(
  actor: UserActor,
  permission: Permission,
  row: { agency_org_id: string; agency_path: string; region_code: string },
): boolean {
  return hasPermission(actor, permission) && scopeReaches(scopesFor(actor, permission), scopedAgency(row));
}

/** Refuses a supervisor's step on a matter outside their handling scope or in the wrong status. */
export function assertHandles(
  actor: UserActor,
  row: MatterRow,
  allowed: readonly MatterStatus[],
  step: string,
) {
  if (!reaches(actor, 'matter.handle', row)) throw new AppError('FORBIDDEN', '该监督事项不在您的办理范围内');
  if (!allowed.includes(row.status))
    throw new AppError(
      'CONFLICT',
      `该事项当前为「${MATTER_STATUS_LABELS[row.status]}」, 不能${step}; 可${step}的状态: ${allowed
        .map((s) => MATTER_STATUS_LABELS[s])
        .join('、')}`,
    );
}

/** Refuses an agency's step on a notice that is not addressed to an org it acts for. */
export function assertResponds(
  actor: UserActor,
  row: { agency_org_id: string; agency_path: string; region_code: string },
) {
  if (!reaches(actor, 'matter.respond', row))
    throw new AppError('FORBIDDEN', '只有收文的执法机关可以签收、报送整改情况或申请复查');
}

/** How a person is named in a matter's history: name and unit. */
export function actorLabel(actor: UserActor): string {
  return `${actor.displayName}(${actor.orgName})`;
}
