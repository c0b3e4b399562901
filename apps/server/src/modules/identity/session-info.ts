import type { SecurityPolicy, SessionInfo } from '@jiandu/contracts/identity';
import { PERMISSIONS, type Permission, SCOPE_LABELS } from '@jiandu/contracts/permissions';
import type { UserActor } from '../../platform/authz/actor.ts';
import type { ResolvedScope } from '../../platform/authz/scope.ts';

function describe(scope: ResolvedScope): string {
  switch (scope.kind) {
    case 'all':
      return SCOPE_LABELS.all;
    case 'own_org':
      return SCOPE_LABELS.own_org;
    case 'org_subtree':
      return SCOPE_LABELS.org_subtree;
    case 'region_subtree':
      return `${SCOPE_LABELS.region_subtree} (${scope.regionPrefix})`;
  }
}

/** What the console needs to know about the signed-in user: who, where, what they may do and over what. */
export function presentSession(actor: UserActor, policy: SecurityPolicy): SessionInfo {
  const permissions = [...actor.grants.keys()].sort();
  return {
    stage: actor.stage,
    csrfToken: actor.csrfToken,
    idleTimeoutSeconds: policy.idleTimeoutMinutes * 60,
    user: {
      id: actor.userId,
      username: actor.username,
      displayName: actor.displayName,
      orgId: actor.orgId,
      orgName: actor.orgName,
      adminKind: actor.adminKind,
    },
    permissions,
    scopes: permissions.map((p) => ({
      permission: p,
      label: `${PERMISSIONS[p as Permission] ?? p}: ${[...new Set((actor.grants.get(p) ?? []).map(describe))].join('、')}`,
    })),
  };
}
