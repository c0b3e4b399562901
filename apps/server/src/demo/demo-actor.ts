import { PERMISSION_CODES, type Permission } from '@jiandu/contracts/permissions';
import type { UserActor } from '../platform/authz/actor.ts';
import type { ResolvedScope } from '../platform/authz/scope.ts';

/**
 * The seed (or a benchmark) as an all-powerful console user over the whole tree, recorded in the
 * audit trail under its display name. Workflows that check the actor's own org (a supervisor
 * confirming an agency of its level) get that org.
 */
export function demoActor(orgId = '', orgName = '', displayName = '演示数据', userId = 'seed'): UserActor {
  const all: ResolvedScope[] = [{ kind: 'all' }];
  return {
    kind: 'user',
    userId,
    username: userId,
    displayName,
    orgId,
    orgName,
    sessionId: '',
    stage: 'active',
    csrfToken: '',
    adminKind: null,
    grants: new Map(PERMISSION_CODES.map((p) => [p as Permission, all])),
    ip: null,
    userAgent: null,
  };
}
