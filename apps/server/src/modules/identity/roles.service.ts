import type { Role } from '@jiandu/contracts/identity';
import {
  ADMIN_ONLY_PERMISSIONS,
  ADMIN_PERMISSIONS,
  type AdminKind,
  type Permission,
} from '@jiandu/contracts/permissions';
import { type Actor, recordAudit } from '../../platform/audit/audit.ts';
import { auditActor, type UserActor } from '../../platform/authz/actor.ts';
import { isUniqueViolation } from '../../platform/db/dialect.ts';
import type { Db } from '../../platform/db/tables.ts';
import { AppError } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import * as repo from './identity.repository.ts';

/** The built-in roles every install has: the three administrators and the basic business roles. */
export const BUILTIN_ROLES: {
  code: string;
  name: string;
  description: string;
  adminKind: AdminKind | null;
  permissions: Permission[];
}[] = [
  {
    code: 'system_admin',
    name: '系统管理员',
    description: '管理账号、组织机构、数据来源系统和系统配置; 不能查阅审计日志、不能修改安全策略',
    adminKind: 'system',
    permissions: [...ADMIN_PERMISSIONS.system],
  },
  {
    code: 'security_admin',
    name: '安全管理员',
    description: '管理角色权限、数据范围与安全策略; 不能创建账号、不能查阅审计日志',
    adminKind: 'security',
    permissions: [...ADMIN_PERMISSIONS.security],
  },
  {
    code: 'audit_admin',
    name: '审计管理员',
    description: '只能查阅和导出审计日志',
    adminKind: 'audit',
    permissions: [...ADMIN_PERMISSIONS.audit],
  },
  {
    code: 'supervisor',
    name: '执法监督人员',
    description: '司法行政机关的执法监督工作人员, 在数据范围内查看执法主体、人员与执法数据',
    adminKind: null,
    permissions: [
      'org.read',
      'user.read',
      'agency.read',
      'agency.write',
      'agency.confirm',
      'officer.read',
      'officer.write',
      'certificate.manage',
      'pool.read',
      'pool.write',
      'equipment.read',
      'equipment.write',
      'item.read',
      'item.write',
      'item.publish',
      'case.read',
      'publicity.configure',
      'warning.read',
      'warning.handle',
      'rule.configure',
      'matter.read',
      'matter.handle',
      'plan.manage',
      'review.read',
      'review.manage',
      'review.score',
      'referral.read',
      'referral.manage',
      'complaint.read',
      'complaint.handle',
      'complaint.approve',
      'complaint.identity',
    ],
  },
  {
    code: 'leader',
    name: '领导',
    description: '在数据范围内查看汇总数据与驾驶舱',
    adminKind: null,
    permissions: [
      'org.read',
      'agency.read',
      'officer.read',
      'pool.read',
      'equipment.read',
      'item.read',
      'case.read',
      'warning.read',
      'matter.read',
      'review.read',
      'referral.read',
      'complaint.read',
    ],
  },
  {
    code: 'case_reviewer',
    name: '评查人员',
    description: '受邀参加案卷评查的专家、特邀监督员; 只能查看并评分分配给自己的案卷',
    adminKind: null,
    permissions: ['review.score'],
  },
  {
    code: 'agency_staff',
    name: '执法机关工作人员',
    description:
      '执法机关的办案与数据报送人员; 填报本机关主体资格, 维护本机关执法人员、装备、执法事项与裁量基准',
    adminKind: null,
    permissions: [
      'org.read',
      'agency.read',
      'agency.write',
      'officer.read',
      'officer.write',
      'equipment.read',
      'equipment.write',
      'item.read',
      'item.write',
      'case.read',
      'case.write',
      'case.publish',
      'warning.read',
      'warning.contest',
      'matter.read',
      'matter.respond',
      'review.respond',
      'referral.read',
      'referral.manage',
      'complaint.read',
      'complaint.handle',
    ],
  },
  {
    code: 'agency_head',
    name: '机关负责人',
    description:
      '执法机关或司法行政机关的负责人; 审批本机关的线索移送 (行政执法机关移送涉嫌犯罪案件的规定第五条), 查看本机关案件与移送',
    adminKind: null,
    permissions: ['org.read', 'case.read', 'matter.read', 'referral.read', 'referral.approve'],
  },
];

/** Roles and their permissions. Built-in roles are fixed; business roles cannot take administrator permissions. */
export class RoleService {
  constructor(private readonly db: Db) {}

  /** Every role with its permissions. */
  async list(): Promise<Role[]> {
    const roles = await repo.listRoles(this.db);
    const permissions = await repo.permissionsOfRoles(
      this.db,
      roles.map((r) => r.id),
    );
    return roles.map((r) => ({
      id: r.id,
      code: r.code,
      name: r.name,
      description: r.description,
      adminKind: r.admin_kind,
      builtin: r.builtin === 1,
      permissions: permissions.get(r.id) ?? [],
    }));
  }

  /**
   * Creates the built-in roles that are missing and brings the permissions of existing built-in
   * roles in line with this version (audited), so an upgrade changes them too. Idempotent.
   */
  async ensureBuiltins(actor: Actor): Promise<number> {
    let created = 0;
    for (const role of BUILTIN_ROLES) {
      const existing = await repo.findRoleByCode(this.db, role.code);
      if (existing) {
        const current = (await repo.permissionsOfRoles(this.db, [existing.id])).get(existing.id) ?? [];
        if ([...current].sort().join() !== [...role.permissions].sort().join()) {
          await this.db.transaction().execute(async (trx) => {
            await repo.setRolePermissions(trx, existing.id, role.permissions);
            await recordAudit(trx, actor, {
              action: 'role.update',
              targetType: 'role',
              targetId: existing.id,
              detail: { before: { permissions: current }, after: { permissions: role.permissions } },
            });
          });
        }
        continue;
      }
      const now = new Date().toISOString();
      const id = newId();
      await this.db.transaction().execute(async (trx) => {
        await trx
          .insertInto('role')
          .values({
            id,
            code: role.code,
            name: role.name,
            description: role.description,
            admin_kind: role.adminKind,
            builtin: 1,
            created_at: now,
            updated_at: now,
          })
          .execute();
        await repo.setRolePermissions(trx, id, role.permissions);
        await recordAudit(trx, actor, {
          action: 'role.create',
          targetType: 'role',
          targetId: id,
          detail: { code: role.code, permissions: role.permissions },
        });
      });
      created += 1;
    }
    return created;
  }

  /** A role's id by its code. */
  async idOf(code: string): Promise<string> {
    const role = await repo.findRoleByCode(this.db, code);
    if (!role) throw new AppError('NOT_FOUND', `角色不存在: ${code}`);
    return role.id;
  }

  #checkPermissions(permissions: readonly string[]) {
    const adminOnly = permissions.filter((p) => (ADMIN_ONLY_PERMISSIONS as readonly string[]).includes(p));
    if (adminOnly.length)
      throw new AppError('VALIDATION_FAILED', `业务角色不能包含管理员权限: ${adminOnly.join(', ')}`);
  }

  /** Creates a business role. */
  async create(
    actor: UserActor,
    input: { code: string; name: string; description: string; permissions: string[] },
  ): Promise<Role> {
    this.#checkPermissions(input.permissions);
    const now = new Date().toISOString();
    const id = newId();
    try {
      await this.db.transaction().execute(async (trx) => {
        await trx
          .insertInto('role')
          .values({
            id,
            code: input.code,
            name: input.name,
            description: input.description,
            admin_kind: null,
            builtin: 0,
            created_at: now,
            updated_at: now,
          })
          .execute();
        await repo.setRolePermissions(trx, id, input.permissions);
        await recordAudit(trx, auditActor(actor), {
          action: 'role.create',
          targetType: 'role',
          targetId: id,
          detail: { after: input },
        });
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw new AppError('CONFLICT', `角色代码已存在: ${input.code}`);
      throw error;
    }
    return (await this.list()).find((r) => r.id === id)!;
  }

  /** Edits a business role; built-in roles cannot be changed. */
  async update(
    actor: UserActor,
    id: string,
    input: { name: string; description: string; permissions: string[] },
  ): Promise<Role> {
    const role = await repo.findRole(this.db, id);
    if (!role) throw new AppError('NOT_FOUND', '角色不存在');
    if (role.builtin === 1) throw new AppError('CONFLICT', '内置角色不能修改');
    this.#checkPermissions(input.permissions);
    const before = (await repo.permissionsOfRoles(this.db, [id])).get(id) ?? [];
    await this.db.transaction().execute(async (trx) => {
      await trx
        .updateTable('role')
        .set({ name: input.name, description: input.description, updated_at: new Date().toISOString() })
        .where('id', '=', id)
        .execute();
      await repo.setRolePermissions(trx, id, input.permissions);
      await recordAudit(trx, auditActor(actor), {
        action: 'role.update',
        targetType: 'role',
        targetId: id,
        detail: { before: { name: role.name, permissions: before }, after: input },
      });
    });
    return (await this.list()).find((r) => r.id === id)!;
  }

  /** Deletes a business role nobody holds. */
  async remove(actor: UserActor, id: string): Promise<void> {
    const role = await repo.findRole(this.db, id);
    if (!role) throw new AppError('NOT_FOUND', '角色不存在');
    if (role.builtin === 1) throw new AppError('CONFLICT', '内置角色不能删除');
    const holder = await this.db
      .selectFrom('user_role')
      .select('id')
      .where('role_id', '=', id)
      .limit(1)
      .executeTakeFirst();
    if (holder) throw new AppError('CONFLICT', '仍有用户持有该角色, 请先收回');
    await this.db.transaction().execute(async (trx) => {
      await trx.deleteFrom('role').where('id', '=', id).execute();
      await recordAudit(trx, auditActor(actor), {
        action: 'role.delete',
        targetType: 'role',
        targetId: id,
        detail: { code: role.code },
      });
    });
  }
}
