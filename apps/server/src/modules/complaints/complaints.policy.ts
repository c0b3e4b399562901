import { COMPLAINT_STATUS_LABELS, type ComplaintStatus } from '@jiandu/contracts/complaint-labels';
import type { Permission } from '@jiandu/contracts/permissions';
import { hasPermission, scopesFor, type UserActor } from '../../platform/authz/actor.ts';
import { scopeReaches } from '../../platform/authz/scope.ts';
import { AppError } from '../../platform/errors.ts';
import type { ComplaintRow } from './complaints.repository.ts';

export const COMPLAINT_NOT_FOUND = '投诉举报不存在或不在您的数据范围内';

/** True when the user holds the permission over the complaint's handling org. */
export function reaches(
  actor: UserActor,
  permission: Permission,
  row: Pick<ComplaintRow, 'org_id' | 'org_path' | 'region_code'>,
): boolean {
  return (
    hasPermission(actor, permission) &&
    scopeReaches(scopesFor(actor, permission), {
      id: row.org_id,
      path: row.org_path,
      regionCode: row.region_code,
    })
  );
}

/**
 * Whether the user may see who complained: only with complaint.identity over the handling org, and
 * never from inside the agency complained about when the complainant asked for confidentiality
 * (an anonymous complaint has no identity stored at all).
 */
export function seesIdentity(actor: UserActor, actorOrgPath: string, row: ComplaintRow): boolean {
  if (row.anonymous || !row.name_enc) return false;
  if (!reaches(actor, 'complaint.identity', row)) return false;
  const insideAgency = row.agency_path !== null && actorOrgPath.startsWith(row.agency_path);
  return !(insideAgency && row.confidential);
}

/** Refuses a step by a user without the permission over the handling org, or in the wrong status. */
export function assertStep(
  actor: UserActor,
  row: ComplaintRow,
  permission: 'complaint.handle' | 'complaint.approve',
  allowed: readonly ComplaintStatus[],
  step: string,
): void {
  if (!reaches(actor, permission, row))
    throw new AppError(
      'FORBIDDEN',
      permission === 'complaint.approve'
        ? '只有具有审批权限的监督机构负责人可以审批延期'
        : '该投诉不在您的办理范围内',
    );
  if (!allowed.includes(row.status))
    throw new AppError(
      'CONFLICT',
      `该投诉当前为「${COMPLAINT_STATUS_LABELS[row.status]}」, 不能${step}; 可${step}的状态: ${allowed
        .map((s) => COMPLAINT_STATUS_LABELS[s])
        .join('、')}`,
    );
}
