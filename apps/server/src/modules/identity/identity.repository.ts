import type { PageQuery } from '@jiandu/contracts/paging';
import { sql } from 'kysely';
import { type ResolvedScope, scopeFilter } from '../../platform/authz/scope.ts';
import { toNumber } from '../../platform/db/dialect.ts';
import type { Db } from '../../platform/db/tables.ts';
import type { AppUserTable, RoleTable, UserRoleTable } from './identity.table.ts';

/** A user row with the name of its org. */
export type UserRow = AppUserTable & { org_name: string };

/** A role assignment with what the session and presenters need of the role and scope. */
export type GrantRow = UserRoleTable & {
  role_name: string;
  role_code: string;
  scope_org_path: string | null;
  scope_region_prefix: string | null;
};

/** List filters for users. */
export interface UserFilter {
  q?: string | undefined;
  /** Blind index of an ID number, for exact lookup without decrypting. */
  idNumberIndex?: string | undefined;
  orgId?: string | undefined;
  status?: AppUserTable['status'] | undefined;
}

/** A user by id. */
export function findUser(db: Db, id: string): Promise<UserRow | undefined> {
  return db
    .selectFrom('app_user')
    .innerJoin('org', 'org.id', 'app_user.org_id')
    .selectAll('app_user')
    .select('org.name as org_name')
    .where('app_user.id', '=', id)
    .executeTakeFirst();
}

/** A user by username (sign-in). */
export function findUserByUsername(db: Db, username: string): Promise<UserRow | undefined> {
  return db
    .selectFrom('app_user')
    .innerJoin('org', 'org.id', 'app_user.org_id')
    .selectAll('app_user')
    .select('org.name as org_name')
    .where('app_user.username', '=', username)
    .executeTakeFirst();
}

/** One page of users within the scopes. */
export async function listUsers(
  db: Db,
  scopes: readonly ResolvedScope[],
  filter: UserFilter,
  page: PageQuery,
) {
  let query = db
    .selectFrom('app_user')
    .innerJoin('org', 'org.id', 'app_user.org_id')
    .where((eb) => scopeFilter(eb, scopes, { org: 'app_user.org_id', region: 'org.region_code' }));
  if (filter.q) {
    const like = `%${filter.q}%`;
    query = query.where((eb) =>
      eb.or([eb('app_user.username', 'like', like), eb('app_user.display_name', 'like', like)]),
    );
  }
  if (filter.orgId) query = query.where('app_user.org_id', '=', filter.orgId);
  if (filter.idNumberIndex) query = query.where('app_user.id_number_index', '=', filter.idNumberIndex);
  if (filter.status) query = query.where('app_user.status', '=', filter.status);
  const { total } = await query.select((eb) => eb.fn.countAll().as('total')).executeTakeFirstOrThrow();
  const sortable = {
    username: 'app_user.username',
    name: 'app_user.display_name',
    created: 'app_user.created_at',
    login: 'app_user.last_login_at',
  } as const;
  const sort = sortable[(page.sort ?? 'username') as keyof typeof sortable] ?? 'app_user.username';
  const rows = await query
    .selectAll('app_user')
    .select('org.name as org_name')
    .orderBy(sql.ref(sort), page.order)
    .orderBy('app_user.id')
    .limit(page.pageSize)
    .offset((page.page - 1) * page.pageSize)
    .execute();
  return { total: toNumber(total), rows: rows as UserRow[] };
}

/** Role assignments of some users, with their roles and resolved scope targets. */
export function grantsOf(db: Db, userIds: readonly string[]): Promise<GrantRow[]> {
  if (userIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('user_role')
    .innerJoin('role', 'role.id', 'user_role.role_id')
    .innerJoin('app_user', 'app_user.id', 'user_role.user_id')
    .leftJoin('org as scope_org', (join) =>
      join.on((eb) => eb('scope_org.id', '=', eb.fn.coalesce('user_role.scope_org_id', 'app_user.org_id'))),
    )
    .leftJoin('region as scope_region', 'scope_region.code', 'user_role.scope_region_code')
    .selectAll('user_role')
    .select([
      'role.name as role_name',
      'role.code as role_code',
      'scope_org.path as scope_org_path',
      'scope_region.prefix as scope_region_prefix',
    ])
    .where('user_role.user_id', 'in', userIds)
    .orderBy('role.code')
    .execute() as Promise<GrantRow[]>;
}

/** The permissions of some roles. */
export async function permissionsOfRoles(db: Db, roleIds: readonly string[]): Promise<Map<string, string[]>> {
  const map = new Map<string, string[]>();
  if (roleIds.length === 0) return map;
  const rows = await db
    .selectFrom('role_permission')
    .selectAll()
    .where('role_id', 'in', roleIds)
    .orderBy('permission')
    .execute();
  for (const row of rows) map.set(row.role_id, [...(map.get(row.role_id) ?? []), row.permission]);
  return map;
}

/** Every role, built-in first. */
export function listRoles(db: Db): Promise<RoleTable[]> {
  return db.selectFrom('role').selectAll().orderBy('builtin', 'desc').orderBy('code').execute();
}

/** A role by id. */
export function findRole(db: Db, id: string): Promise<RoleTable | undefined> {
  return db.selectFrom('role').selectAll().where('id', '=', id).executeTakeFirst();
}

/** A role by code. */
export function findRoleByCode(db: Db, code: string): Promise<RoleTable | undefined> {
  return db.selectFrom('role').selectAll().where('code', '=', code).executeTakeFirst();
}

/** Replaces a role's permissions. */
export async function setRolePermissions(
  db: Db,
  roleId: string,
  permissions: readonly string[],
): Promise<void> {
  await db.deleteFrom('role_permission').where('role_id', '=', roleId).execute();
  if (permissions.length)
    await db
      .insertInto('role_permission')
      .values(permissions.map((permission) => ({ role_id: roleId, permission })))
      .execute();
}

/** The last few password hashes of a user, newest first. */
export async function recentPasswordHashes(db: Db, userId: string, count: number): Promise<string[]> {
  const rows = await db
    .selectFrom('password_history')
    .select('hash')
    .where('user_id', '=', userId)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(count)
    .execute();
  return rows.map((r) => r.hash);
}
