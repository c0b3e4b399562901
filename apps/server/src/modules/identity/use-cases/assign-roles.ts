import type { RoleAssignment } from '@jiandu/contracts/identity';
import { recordAudit } from '../../../platform/audit/audit.ts';
import { assertReaches, auditActor, scopesFor, type UserActor } from '../../../platform/authz/actor.ts';
import type { Db } from '../../../platform/db/tables.ts';
import { AppError } from '../../../platform/errors.ts';
import { newId } from '../../../platform/ids.ts';
import type { OrgService } from '../../orgs/orgs.service.ts';
import { scopedOrg } from '../../orgs/orgs.service.ts';
import * as repo from '../identity.repository.ts';
import type { UserRoleTable } from '../identity.table.ts';

/**
 * Checks and stores a user's new set of role assignments, replacing the old set, with one audit
 * entry showing both. The three administrators stay apart (no two on one account, no business role
 * beside one), and every scope target must lie within the assigner's reach.
 */
export async function replaceRoleAssignments(
  deps: { db: Db; orgs: OrgService },
  actor: UserActor,
  user: { id: string; org_id: string },
  assignments: RoleAssignment[],
): Promise<void> {
  const { db } = deps;
  const id = user.id;
  const roles = await Promise.all(assignments.map((a) => repo.findRole(db, a.roleId)));
  const missing = assignments.filter((_, i) => !roles[i]);
  if (missing.length)
    throw new AppError('VALIDATION_FAILED', `角色不存在: ${missing.map((m) => m.roleId).join(', ')}`);
  if (new Set(assignments.map((a) => a.roleId)).size !== assignments.length)
    throw new AppError('VALIDATION_FAILED', '同一角色只能分配一次');
  const adminRoles = roles.filter((r) => r?.admin_kind);
  if (adminRoles.length > 1)
    throw new AppError('CONFLICT', '系统管理员、安全管理员、审计管理员不能由同一账号兼任 (三员分立)');
  if (adminRoles.length === 1 && roles.length > 1)
    throw new AppError('CONFLICT', '管理员账号不能同时持有业务角色');
  const now = new Date().toISOString();
  const rows: UserRoleTable[] = [];
  for (const [i, a] of assignments.entries()) {
    const role = roles[i]!;
    // Administrator roles act on the whole system; their scope is always "all".
    const scopeKind = role.admin_kind ? 'all' : a.scopeKind;
    if (
      scopeKind === 'all' &&
      !role.admin_kind &&
      !scopesFor(actor, 'role.assign').some((s) => s.kind === 'all')
    ) {
      throw new AppError('FORBIDDEN', '只有数据范围为全部的安全管理员可以授予"全部"数据范围');
    }
    if ((scopeKind === 'org_subtree' || scopeKind === 'own_org') && a.scopeOrgId) {
      const org = await deps.orgs.findById(a.scopeOrgId);
      if (!org) throw new AppError('VALIDATION_FAILED', `数据范围的单位不存在: ${a.scopeOrgId}`);
      assertReaches(actor, 'role.assign', scopedOrg(org));
    }
    if (scopeKind === 'region_subtree' && !a.scopeRegionCode)
      throw new AppError('VALIDATION_FAILED', '按行政区划授权时须指定行政区划代码');
    rows.push({
      id: newId(),
      user_id: id,
      role_id: role.id,
      admin_kind: role.admin_kind,
      scope_kind: scopeKind,
      scope_org_id:
        scopeKind === 'own_org' || scopeKind === 'org_subtree' ? (a.scopeOrgId ?? user.org_id) : null,
      scope_region_code: scopeKind === 'region_subtree' ? (a.scopeRegionCode ?? null) : null,
      granted_by: actor.userId,
      granted_at: now,
    });
  }
  const before = await repo.grantsOf(db, [id]);
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom('user_role').where('user_id', '=', id).execute();
    if (rows.length) await trx.insertInto('user_role').values(rows).execute();
    await recordAudit(trx, auditActor(actor), {
      action: 'user.roles.assign',
      targetType: 'user',
      targetId: id,
      detail: {
        before: before.map((g) => ({
          role: g.role_code,
          scope: g.scope_kind,
          org: g.scope_org_id,
          region: g.scope_region_code,
        })),
        after: rows.map((g, i) => ({
          role: roles[i]!.code,
          scope: g.scope_kind,
          org: g.scope_org_id,
          region: g.scope_region_code,
        })),
      },
    });
  });
}
