import type { AdminKind, Permission } from '@jiandu/contracts/permissions';
import { SCOPE_LABELS } from '@jiandu/contracts/permissions';
import type { ResolvedScope } from '../../platform/authz/scope.ts';
import type { GrantRow } from './identity.repository.ts';

/** Turns a stored assignment into the scope queries use; null when its target has gone. */
export function resolveScope(grant: GrantRow, userOrgId: string): ResolvedScope | null {
  switch (grant.scope_kind) {
    case 'all':
      return { kind: 'all' };
    case 'own_org':
      return { kind: 'own_org', orgId: grant.scope_org_id ?? userOrgId };
    case 'org_subtree':
      return grant.scope_org_path ? { kind: 'org_subtree', orgPath: grant.scope_org_path } : null;
    case 'region_subtree':
      return grant.scope_region_prefix
        ? { kind: 'region_subtree', regionPrefix: grant.scope_region_prefix }
        : null;
  }
}

/** The union of scopes per permission over all of a user's assignments. */
export function buildGrants(
  grants: readonly GrantRow[],
  permissionsByRole: ReadonlyMap<string, readonly string[]>,
  userOrgId: string,
): { grants: Map<Permission, ResolvedScope[]>; adminKind: AdminKind | null } {
  const map = new Map<Permission, ResolvedScope[]>();
  let adminKind: AdminKind | null = null;
  for (const grant of grants) {
    if (grant.admin_kind) adminKind = grant.admin_kind;
    const scope = resolveScope(grant, userOrgId);
    if (!scope) continue;
    for (const permission of permissionsByRole.get(grant.role_id) ?? []) {
      map.set(permission as Permission, [...(map.get(permission as Permission) ?? []), scope]);
    }
  }
  return { grants: map, adminKind };
}

/** A Chinese description of an assignment's scope. */
export function scopeLabel(
  grant: Pick<GrantRow, 'scope_kind' | 'scope_org_id' | 'scope_region_code'>,
  names: { org?: string; region?: string },
): string {
  const base = SCOPE_LABELS[grant.scope_kind];
  if (grant.scope_kind === 'region_subtree') return `${base}: ${names.region ?? grant.scope_region_code}`;
  if ((grant.scope_kind === 'org_subtree' || grant.scope_kind === 'own_org') && grant.scope_org_id)
    return `${base}: ${names.org ?? grant.scope_org_id}`;
  return base;
}
