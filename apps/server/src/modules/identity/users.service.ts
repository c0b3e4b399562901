import { randomInt } from 'node:crypto';
import type { RoleAssignment, User } from '@jiandu/contracts/identity';
import type { Page, PageQuery } from '@jiandu/contracts/paging';
import { recordAudit } from '../../platform/audit/audit.ts';
import { hashPassword } from '../../platform/auth/password.ts';
import {
  assertReaches,
  auditActor,
  hasPermission,
  scopesFor,
  type UserActor,
} from '../../platform/authz/actor.ts';
import { scopeReaches } from '../../platform/authz/scope.ts';
import { blindIndex, decryptField, encryptField } from '../../platform/crypto/field-cipher.ts';
import type { Keyring } from '../../platform/crypto/keyring.ts';
import { isUniqueViolation } from '../../platform/db/dialect.ts';
import type { Db } from '../../platform/db/tables.ts';
import { AppError } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { maskIdNumber, maskPhone } from '../../platform/masking.ts';
import type { OrgService } from '../orgs/orgs.service.ts';
import { scopedOrg } from '../orgs/orgs.service.ts';
import { scopeLabel } from './grants.ts';
import * as repo from './identity.repository.ts';
import type { AppUserTable } from './identity.table.ts';
import { replaceRoleAssignments } from './use-cases/assign-roles.ts';

/** A random temporary password that satisfies both policy profiles (the user must change it at first sign-in). */
export function temporaryPassword(): string {
  const pick = (chars: string, n: number) =>
    Array.from({ length: n }, () => chars[randomInt(chars.length)]).join('');
  return `${pick('ABCDEFGHJKLMNPQRSTUVWXYZ', 3)}${pick('abcdefghijkmnpqrstuvwxyz', 5)}${pick('23456789', 4)}${pick('@#%+=', 2)}`;
}

/**
 * Console accounts: who they are, where they sit, which roles they hold over which part of the
 * tree. The three administrators stay apart: no account holds two of them, an administrator holds
 * no business role, and nobody assigns roles to themselves.
 */
export class UserService {
  constructor(
    private readonly db: Db,
    private readonly orgs: OrgService,
    private readonly keyring: Keyring,
  ) {}

  async #present(rows: repo.UserRow[], viewer: UserActor): Promise<User[]> {
    const grants = await repo.grantsOf(
      this.db,
      rows.map((r) => r.id),
    );
    const orgNames = new Map(
      (
        await this.orgs.findByIds([
          ...new Set(grants.map((g) => g.scope_org_id).filter((x): x is string => !!x)),
        ])
      ).map((o) => [o.id, o.name]),
    );
    const now = Date.now();
    const clear = hasPermission(viewer, 'pii.read');
    return rows.map((row) => {
      const phone = row.phone_enc ? decryptField(this.keyring, row.phone_enc) : null;
      const idNumber = row.id_number_enc ? decryptField(this.keyring, row.id_number_enc) : null;
      return {
        id: row.id,
        username: row.username,
        displayName: row.display_name,
        orgId: row.org_id,
        orgName: row.org_name,
        idNumber: clear ? idNumber : maskIdNumber(idNumber),
        phone: clear ? phone : maskPhone(phone),
        status: row.status,
        locked: row.locked_until !== null && Date.parse(row.locked_until) > now,
        mfaEnrolled: row.totp_enrolled_at !== null,
        mustChangePassword: row.must_change_password === 1,
        lastLoginAt: row.last_login_at,
        createdAt: row.created_at,
        roles: grants
          .filter((g) => g.user_id === row.id)
          .map((g) => ({
            roleId: g.role_id,
            roleName: g.role_name,
            adminKind: g.admin_kind,
            scopeKind: g.scope_kind,
            scopeOrgId: g.scope_org_id,
            scopeRegionCode: g.scope_region_code,
            scopeLabel: scopeLabel(g, { org: g.scope_org_id ? orgNames.get(g.scope_org_id) : undefined }),
          })),
      };
    });
  }

  /** One page of the accounts the actor may see. */
  async list(
    actor: UserActor,
    filter: Omit<repo.UserFilter, 'idNumberIndex'> & { idNumber?: string | undefined },
    page: PageQuery,
  ): Promise<Page<User>> {
    const { idNumber, ...rest } = filter;
    const query: repo.UserFilter = idNumber
      ? { ...rest, idNumberIndex: blindIndex(this.keyring, idNumber, 'id_number') }
      : rest;
    const { total, rows } = await repo.listUsers(this.db, scopesFor(actor, 'user.read'), query, page);
    return { items: await this.#present(rows, actor), total, page: page.page, pageSize: page.pageSize };
  }

  /** The row of an account the actor may reach with a permission; outside the scope it does not exist. */
  async #reachable(
    actor: UserActor,
    permission: 'user.read' | 'user.write' | 'role.assign',
    id: string,
  ): Promise<repo.UserRow> {
    const row = await repo.findUser(this.db, id);
    const org = row ? await this.orgs.findById(row.org_id) : undefined;
    if (!row || !org || !scopeReaches(scopesFor(actor, permission), scopedOrg(org)))
      throw new AppError('NOT_FOUND', '用户不存在');
    return row;
  }

  /** One account. */
  async get(actor: UserActor, id: string): Promise<User> {
    return (await this.#present([await this.#reachable(actor, 'user.read', id)], actor))[0]!;
  }

  /** Creates an account in an org the actor may manage; returns it with a temporary password. */
  async create(
    actor: UserActor,
    input: {
      username: string;
      displayName: string;
      orgId: string;
      idNumber?: string | null | undefined;
      phone?: string | null | undefined;
    },
    options: { password?: string; mustChange?: boolean } = {},
  ): Promise<{ user: User; temporaryPassword: string }> {
    const org = await this.orgs.findById(input.orgId);
    if (!org)
      throw new AppError('VALIDATION_FAILED', '所属单位不存在', {
        errors: [{ path: 'orgId', message: '单位不存在' }],
      });
    assertReaches(actor, 'user.write', scopedOrg(org));
    const password = options.password ?? temporaryPassword();
    const now = new Date().toISOString();
    const id = newId();
    const row: AppUserTable = {
      id,
      org_id: org.id,
      username: input.username,
      display_name: input.displayName,
      id_number_enc: input.idNumber ? encryptField(this.keyring, input.idNumber) : null,
      id_number_index: input.idNumber ? blindIndex(this.keyring, input.idNumber, 'id_number') : null,
      phone_enc: input.phone ? encryptField(this.keyring, input.phone) : null,
      phone_index: input.phone ? blindIndex(this.keyring, input.phone, 'phone') : null,
      password_hash: await hashPassword(password),
      password_changed_at: now,
      must_change_password: options.mustChange === false ? 0 : 1,
      failed_attempts: 0,
      locked_until: null,
      totp_secret_enc: null,
      totp_enrolled_at: null,
      totp_last_step: null,
      status: 'active',
      last_login_at: null,
      created_at: now,
      updated_at: now,
    };
    try {
      await this.db.transaction().execute(async (trx) => {
        await trx.insertInto('app_user').values(row).execute();
        await recordAudit(trx, auditActor(actor), {
          action: 'user.create',
          targetType: 'user',
          targetId: id,
          detail: {
            after: {
              username: row.username,
              displayName: row.display_name,
              orgId: row.org_id,
              idNumber: maskIdNumber(input.idNumber ?? null),
              phone: maskPhone(input.phone ?? null),
            },
          },
        });
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw new AppError('CONFLICT', `用户名已存在: ${input.username}`);
      throw error;
    }
    return {
      user: await this.get({ ...actor, grants: new Map([['user.read', [{ kind: 'all' }]]]) }, id),
      temporaryPassword: password,
    };
  }

  /** Edits an account's name, org, phone or status. */
  async update(
    actor: UserActor,
    id: string,
    changes: {
      displayName?: string | undefined;
      orgId?: string | undefined;
      idNumber?: string | null | undefined;
      phone?: string | null | undefined;
      status?: AppUserTable['status'] | undefined;
    },
  ): Promise<User> {
    const before = await this.#reachable(actor, 'user.write', id);
    if (id === actor.userId && changes.status === 'disabled')
      throw new AppError('CONFLICT', '不能停用自己的账号');
    if (changes.orgId && changes.orgId !== before.org_id) {
      const org = await this.orgs.findById(changes.orgId);
      if (!org) throw new AppError('VALIDATION_FAILED', '所属单位不存在');
      assertReaches(actor, 'user.write', scopedOrg(org));
    }
    const set: Partial<AppUserTable> = { updated_at: new Date().toISOString() };
    if (changes.displayName !== undefined) set.display_name = changes.displayName;
    if (changes.orgId !== undefined) set.org_id = changes.orgId;
    if (changes.status !== undefined) set.status = changes.status;
    if (changes.idNumber !== undefined) {
      set.id_number_enc = changes.idNumber ? encryptField(this.keyring, changes.idNumber) : null;
      set.id_number_index = changes.idNumber ? blindIndex(this.keyring, changes.idNumber, 'id_number') : null;
    }
    if (changes.phone !== undefined) {
      set.phone_enc = changes.phone ? encryptField(this.keyring, changes.phone) : null;
      set.phone_index = changes.phone ? blindIndex(this.keyring, changes.phone, 'phone') : null;
    }
    await this.db.transaction().execute(async (trx) => {
      await trx.updateTable('app_user').set(set).where('id', '=', id).execute();
      if (changes.status === 'disabled') {
        await trx
          .updateTable('session')
          .set({ ended_at: set.updated_at!, end_reason: 'disabled' })
          .where('user_id', '=', id)
          .where('ended_at', 'is', null)
          .execute();
      }
      await recordAudit(trx, auditActor(actor), {
        action:
          changes.status && changes.status !== before.status
            ? `user.${changes.status === 'disabled' ? 'disable' : 'enable'}`
            : 'user.update',
        targetType: 'user',
        targetId: id,
        detail: {
          before: {
            displayName: before.display_name,
            orgId: before.org_id,
            status: before.status,
            idNumber: before.id_number_enc
              ? maskIdNumber(decryptField(this.keyring, before.id_number_enc))
              : null,
            phone: before.phone_enc ? maskPhone(decryptField(this.keyring, before.phone_enc)) : null,
          },
          after: {
            displayName: changes.displayName,
            orgId: changes.orgId,
            status: changes.status,
            idNumber: changes.idNumber ? maskIdNumber(changes.idNumber) : changes.idNumber,
            phone: changes.phone ? maskPhone(changes.phone) : changes.phone,
          },
        },
      });
    });
    return this.get(actor, id);
  }

  /** Sets a new temporary password (to be changed at next sign-in), ends the user's sessions and unlocks. */
  async resetPassword(actor: UserActor, id: string): Promise<string> {
    const user = await this.#reachable(actor, 'user.write', id);
    const password = temporaryPassword();
    const now = new Date().toISOString();
    const hash = await hashPassword(password);
    await this.db.transaction().execute(async (trx) => {
      await trx
        .updateTable('app_user')
        .set({
          password_hash: hash,
          password_changed_at: now,
          must_change_password: 1,
          failed_attempts: 0,
          locked_until: null,
          updated_at: now,
        })
        .where('id', '=', id)
        .execute();
      await trx
        .updateTable('session')
        .set({ ended_at: now, end_reason: 'password_reset' })
        .where('user_id', '=', id)
        .where('ended_at', 'is', null)
        .execute();
      await recordAudit(trx, auditActor(actor), {
        action: 'user.password.reset',
        targetType: 'user',
        targetId: id,
        detail: { username: user.username },
      });
    });
    return password;
  }

  /** Clears a lockout. */
  async unlock(actor: UserActor, id: string): Promise<User> {
    await this.#reachable(actor, 'user.write', id);
    await this.db.transaction().execute(async (trx) => {
      await trx
        .updateTable('app_user')
        .set({ failed_attempts: 0, locked_until: null })
        .where('id', '=', id)
        .execute();
      await recordAudit(trx, auditActor(actor), { action: 'user.unlock', targetType: 'user', targetId: id });
    });
    return this.get(actor, id);
  }

  /** Removes the second factor, so the user enrols again at next sign-in. */
  async resetSecondFactor(actor: UserActor, id: string): Promise<User> {
    await this.#reachable(actor, 'user.write', id);
    const now = new Date().toISOString();
    await this.db.transaction().execute(async (trx) => {
      await trx
        .updateTable('app_user')
        .set({ totp_secret_enc: null, totp_enrolled_at: null, totp_last_step: null, updated_at: now })
        .where('id', '=', id)
        .execute();
      await trx.deleteFrom('recovery_code').where('user_id', '=', id).execute();
      await trx
        .updateTable('session')
        .set({ ended_at: now, end_reason: 'mfa_reset' })
        .where('user_id', '=', id)
        .where('ended_at', 'is', null)
        .execute();
      await recordAudit(trx, auditActor(actor), {
        action: 'user.mfa.reset',
        targetType: 'user',
        targetId: id,
      });
    });
    return this.get(actor, id);
  }

  /**
   * Replaces a user's role assignments. Refused: assigning to oneself; an administrator role with any
   * other role; a scope target outside the assigner's reach.
   */
  async assignRoles(
    actor: UserActor,
    id: string,
    assignments: RoleAssignment[],
    db: Db = this.db,
  ): Promise<User> {
    if (id === actor.userId) throw new AppError('FORBIDDEN', '不能为自己分配角色');
    const user = await this.#reachable(actor, 'role.assign', id);
    await replaceRoleAssignments({ db, orgs: this.orgs }, actor, user, assignments);
    return this.get({ ...actor, grants: new Map([['user.read', [{ kind: 'all' }]]]) }, id);
  }
}
