import type { Permission } from '@jiandu/contracts/permissions';
import { WARNING_STATUS_LABELS, type WarningStatus } from '@jiandu/contracts/warning-rules';
import { scopesFor, type UserActor } from '../../platform/authz/actor.ts';
import { type ScopedOrg, scopeReaches } from '../../platform/authz/scope.ts';
import { AppError } from '../../platform/errors.ts';
import type { WarningRow } from './warnings.repository.ts';

/** A lifecycle action a person takes on a warning. */
export type WarningAction = 'acknowledge' | 'dismiss' | 'contest';

/** Who may take each action, and from which statuses. */
export const ACTIONS: Record<
  WarningAction,
  { permission: Permission; from: readonly WarningStatus[]; label: string }
> = {
  acknowledge: { permission: 'warning.handle', from: ['open'], label: '确认' },
  dismiss: { permission: 'warning.handle', from: ['open', 'acknowledged'], label: '排除' },
  // The agency may object while the warning is still being dealt with, also once it became a matter.
  contest: { permission: 'warning.contest', from: ['open', 'acknowledged', 'matter'], label: '提出异议' },
};

/** The warning's agency as the data-scope check sees it. */
export function scopedWarning(row: WarningRow): ScopedOrg {
  return { id: row.agency_org_id, path: row.agency_path, regionCode: row.region_code };
}

/** True when the user holds the permission over the warning's agency. */
export function reaches(actor: UserActor, permission: Permission, row: WarningRow): boolean {
  return scopeReaches(scopesFor(actor, permission), scopedWarning(row));
}

/** Why the user may not take the action on this warning now, or null when they may. */
export function refusal(actor: UserActor, action: WarningAction, row: WarningRow): AppError | null {
  const rule = ACTIONS[action];
  if (!reaches(actor, rule.permission, row))
    return new AppError(
      'FORBIDDEN',
      action === 'contest' ? '只有被预警的执法机关可以对预警提出异议' : '该预警不在您的处理范围内',
    );
  if (!rule.from.includes(row.status))
    return new AppError(
      'CONFLICT',
      `该预警当前为「${WARNING_STATUS_LABELS[row.status]}」, 不能${rule.label}; 可${rule.label}的状态: ${rule.from
        .map((s) => WARNING_STATUS_LABELS[s])
        .join('、')}`,
    );
  return null;
}

/** How a person is named in a warning's history: name and unit. */
export function actorLabel(actor: UserActor): string {
  return `${actor.displayName}(${actor.orgName})`;
}
