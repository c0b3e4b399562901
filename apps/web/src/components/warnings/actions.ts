import type { Permission } from '@jiandu/contracts/permissions';
import type { WarningStatus } from '@jiandu/contracts/warning-rules';

/** A lifecycle action a person takes on a warning. */
export type WarningAction = 'acknowledge' | 'dismiss' | 'contest';

/**
 * Who may take each action and from which statuses, as the server's policy has it, so the drawer
 * offers only what will be accepted (the server still decides, and says why when it refuses).
 */
export const WARNING_ACTIONS: Record<
  WarningAction,
  { permission: Permission; from: readonly WarningStatus[] }
> = {
  acknowledge: { permission: 'warning.handle', from: ['open'] },
  dismiss: { permission: 'warning.handle', from: ['open', 'acknowledged'] },
  contest: { permission: 'warning.contest', from: ['open', 'acknowledged', 'matter'] },
};

/** The actions offered on a warning in this status to a user with these permissions. */
export function offeredActions(
  status: WarningStatus,
  can: (permission: Permission) => boolean,
): WarningAction[] {
  return (Object.keys(WARNING_ACTIONS) as WarningAction[]).filter(
    (action) => can(WARNING_ACTIONS[action].permission) && WARNING_ACTIONS[action].from.includes(status),
  );
}
