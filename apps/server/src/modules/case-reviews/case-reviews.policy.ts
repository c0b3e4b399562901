import type { Permission } from '@jiandu/contracts/permissions';
import { scopesFor, type UserActor } from '../../platform/authz/actor.ts';
import { type ResolvedScope, type ScopedOrg, scopeReaches } from '../../platform/authz/scope.ts';
import { AppError } from '../../platform/errors.ts';
import type { OrgRow } from './case-review-ports.ts';

/** An org row as the scope check sees it. */
export function scoped(org: Pick<OrgRow, 'id' | 'path' | 'region_code'>): ScopedOrg {
  return { id: org.id, path: org.path, regionCode: org.region_code };
}

/** True when the user holds the permission over the org. */
export function reaches(actor: UserActor, permission: Permission, org: ScopedOrg): boolean {
  return scopeReaches(scopesFor(actor, permission), org);
}

/**
 * Checks the user may read (review.read) and, for a change, manage (review.manage) what an org
 * organises: out of reading reach it does not exist (404), readable but not manageable is 403.
 */
export function assertOrganizerAccess(
  actor: UserActor,
  org: ScopedOrg,
  change: boolean,
  missing: string,
): void {
  const manage = reaches(actor, 'review.manage', org);
  if (!manage && !reaches(actor, 'review.read', org)) throw new AppError('NOT_FOUND', missing);
  if (change && !manage) throw new AppError('FORBIDDEN', '该评查工作的组织单位不在您的管理范围内');
}

/**
 * The same user acting with a narrower, lent set of permissions: case-file review reads a case
 * through the draw or an assignment, not through the user's own case.read. Nothing else is lent,
 * so personal data stays masked.
 */
export function lentActor(actor: UserActor, grants: [Permission, ResolvedScope[]][]): UserActor {
  return { ...actor, grants: new Map(grants) };
}

/** Reading the cases of one agency (the draw, a reviewer's file). */
export function caseReaderOf(actor: UserActor, agencyId: string): UserActor {
  return lentActor(actor, [['case.read', [{ kind: 'own_org', orgId: agencyId }]]]);
}

/** How a person is named in a batch's records: name and unit. */
export function actorLabel(actor: UserActor): string {
  return actor.orgName ? `${actor.displayName}(${actor.orgName})` : actor.displayName;
}
