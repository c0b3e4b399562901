import type { Permission } from '@jiandu/contracts/permissions';
import { hasPermission, scopesFor, type UserActor } from '../../platform/authz/actor.ts';
import { scopeReaches } from '../../platform/authz/scope.ts';
import { AppError } from '../../platform/errors.ts';

/** A bureau's plan or campaign, as the data-scope check sees it. */
interface OwnedByBureau {
  org_id: string;
  org_path: string;
  region_code: string;
}

function reaches(actor: UserActor, permission: Permission, row: OwnedByBureau): boolean {
  return (
    hasPermission(actor, permission) &&
    scopeReaches(scopesFor(actor, permission), {
      id: row.org_id,
      path: row.org_path,
      regionCode: row.region_code,
    })
  );
}

/** Plans and campaigns are read by whoever reads supervision matters over the bureau. */
export function canRead(actor: UserActor, row: OwnedByBureau): boolean {
  return reaches(actor, 'matter.read', row);
}

/** Refuses changes by anyone without plan.manage over the bureau. */
export function assertPlans(actor: UserActor, row: OwnedByBureau): void {
  if (!reaches(actor, 'plan.manage', row))
    throw new AppError('FORBIDDEN', '只有本级司法行政机关的执法监督人员可以制定和调整监督计划、专项监督');
}
