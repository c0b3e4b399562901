import type { AdminKind, Permission } from '@jiandu/contracts/permissions';
import type { Actor } from '../audit/audit.ts';
import { AppError } from '../errors.ts';
import type { ResolvedScope, ScopedOrg } from './scope.ts';
import { scopeReaches } from './scope.ts';

/** How far through sign-in a session has got: only `active` sessions reach business routes. */
export type SessionStage = 'mfa' | 'enrol' | 'password' | 'active';

/** A signed-in console user as every route and service sees them. */
export interface UserActor {
  kind: 'user';
  userId: string;
  username: string;
  displayName: string;
  orgId: string;
  orgName: string;
  sessionId: string;
  stage: SessionStage;
  csrfToken: string;
  adminKind: AdminKind | null;
  /** For each permission held, the scopes it reaches (the union over role assignments). */
  grants: ReadonlyMap<Permission, readonly ResolvedScope[]>;
  ip: string | null;
  userAgent: string | null;
}

/** An enforcement platform calling the exchange API with its bearer token. */
export interface SourceActor {
  kind: 'source';
  sourceId: string;
  name: string;
  /** The orgs this source may write for. */
  orgIds: ReadonlySet<string>;
  ip: string | null;
}

/** Whoever made a request that needed authentication. */
export type RequestActor = UserActor | SourceActor;

/** True when the user holds the permission anywhere. */
export function hasPermission(actor: UserActor, permission: Permission): boolean {
  return (actor.grants.get(permission)?.length ?? 0) > 0;
}

/** The scopes in which the user holds a permission (empty when not held). */
export function scopesFor(actor: UserActor, permission: Permission): readonly ResolvedScope[] {
  return actor.grants.get(permission) ?? [];
}

/** Throws FORBIDDEN unless the user holds the permission over this org. */
export function assertReaches(actor: UserActor, permission: Permission, org: ScopedOrg): void {
  if (!scopeReaches(scopesFor(actor, permission), org)) {
    throw new AppError('FORBIDDEN', '该单位不在您的数据范围内, 无权执行此操作');
  }
}

/** Throws FORBIDDEN unless the source may act for this org. */
export function assertSourceMayWrite(actor: SourceActor, orgId: string): void {
  if (!actor.orgIds.has(orgId)) {
    throw new AppError('FORBIDDEN', '该执法主体不在此数据来源系统的授权范围内', {
      reason: 'AGENCY_OUT_OF_SCOPE',
    });
  }
}

/** The actor as the audit trail records it. */
export function auditActor(actor: RequestActor): Actor {
  return actor.kind === 'user'
    ? {
        id: actor.userId,
        name: `${actor.displayName}(${actor.username})`,
        orgId: actor.orgId,
        ip: actor.ip,
        userAgent: actor.userAgent,
      }
    : { id: actor.sourceId, name: `source:${actor.name}`, ip: actor.ip };
}
