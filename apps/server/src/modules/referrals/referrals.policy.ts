import type { Permission } from '@jiandu/contracts/permissions';
import { REFERRAL_STATUS_LABELS, type ReferralStatus } from '@jiandu/contracts/referral-labels';
import { hasPermission, scopesFor, type UserActor } from '../../platform/authz/actor.ts';
import { scopeReaches } from '../../platform/authz/scope.ts';
import { AppError } from '../../platform/errors.ts';
import type { ReferralRow } from './referrals.repository.ts';

export const REFERRAL_NOT_FOUND = '移送记录不存在或不在您的数据范围内';

/** True when the user holds the permission over the referring org. */
export function reaches(
  actor: UserActor,
  permission: Permission,
  row: Pick<ReferralRow, 'org_id' | 'org_path' | 'region_code'>,
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

/** Refuses a step by a user without the permission over the referring org, or in the wrong status. */
export function assertStep(
  actor: UserActor,
  row: ReferralRow,
  permission: 'referral.manage' | 'referral.approve',
  allowed: readonly ReferralStatus[],
  step: string,
) {
  if (!reaches(actor, permission, row))
    throw new AppError(
      'FORBIDDEN',
      permission === 'referral.approve' ? '只有移送单位的负责人可以审批移送' : '该移送不在您的办理范围内',
    );
  if (!allowed.includes(row.status))
    throw new AppError(
      'CONFLICT',
      `该移送当前为「${REFERRAL_STATUS_LABELS[row.status]}」, 不能${step}; 可${step}的状态: ${allowed
        .map((s) => REFERRAL_STATUS_LABELS[s])
        .join('、')}`,
    );
}

/** How a person is named in a referral's history: name and unit. */
export function actorLabel(actor: UserActor): string {
  return `${actor.displayName}(${actor.orgName})`;
}
