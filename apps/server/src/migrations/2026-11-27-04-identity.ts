import { type Kysely, sql } from 'kysely';
import { checkIn } from '../platform/db/schema-helpers.ts';

/**
 * Identity and access: the org tree, users, roles with data scope, sessions, login history,
 * security policy and source systems. Flags are integers 0/1 on both dialects.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('org')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('parent_id', 'text', (c) => c.references('org.id'))
    .addColumn('path', 'text', (c) => c.notNull())
    .addColumn('depth', 'integer', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('short_name', 'text')
    .addColumn('kind', 'text', (c) =>
      c.notNull().check(checkIn('kind', ['supervisor', 'agency', 'township_government', 'other'])),
    )
    .addColumn('region_code', 'text', (c) => c.notNull().references('region.code'))
    .addColumn('credit_code', 'text', (c) => c.unique())
    .addColumn('status', 'text', (c) => c.notNull().check(checkIn('status', ['active', 'disabled'])))
    .addColumn('sort_order', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('org_path').on('org').column('path').execute();
  await db.schema.createIndex('org_parent').on('org').column('parent_id').execute();
  await db.schema.createIndex('org_region').on('org').column('region_code').execute();

  await db.schema
    .createTable('app_user')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull().references('org.id'))
    .addColumn('username', 'text', (c) => c.notNull().unique())
    .addColumn('display_name', 'text', (c) => c.notNull())
    .addColumn('id_number_enc', 'text')
    .addColumn('id_number_index', 'text')
    .addColumn('phone_enc', 'text')
    .addColumn('phone_index', 'text')
    .addColumn('password_hash', 'text', (c) => c.notNull())
    .addColumn('password_changed_at', 'text', (c) => c.notNull())
    .addColumn('must_change_password', 'integer', (c) => c.notNull())
    .addColumn('failed_attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('locked_until', 'text')
    .addColumn('totp_secret_enc', 'text')
    .addColumn('totp_enrolled_at', 'text')
    .addColumn('totp_last_step', 'integer')
    .addColumn('status', 'text', (c) => c.notNull().check(checkIn('status', ['active', 'disabled'])))
    .addColumn('last_login_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('app_user_org').on('app_user').column('org_id').execute();
  await db.schema.createIndex('app_user_phone').on('app_user').column('phone_index').execute();
  await db.schema.createIndex('app_user_id_number').on('app_user').column('id_number_index').execute();

  await db.schema
    .createTable('password_history')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('app_user.id').onDelete('cascade'))
    .addColumn('hash', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('password_history_user')
    .on('password_history')
    .columns(['user_id', 'created_at'])
    .execute();

  await db.schema
    .createTable('recovery_code')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('app_user.id').onDelete('cascade'))
    .addColumn('code_hash', 'text', (c) => c.notNull())
    .addColumn('used_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('recovery_code_user').on('recovery_code').column('user_id').execute();

  await db.schema
    .createTable('role')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('code', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('admin_kind', 'text', (c) => c.check(checkIn('admin_kind', ['system', 'security', 'audit'])))
    .addColumn('builtin', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('role_permission')
    .addColumn('role_id', 'text', (c) => c.notNull().references('role.id').onDelete('cascade'))
    .addColumn('permission', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('role_permission_pk', ['role_id', 'permission'])
    .execute();

  await db.schema
    .createTable('user_role')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('app_user.id').onDelete('cascade'))
    .addColumn('role_id', 'text', (c) => c.notNull().references('role.id'))
    .addColumn('admin_kind', 'text')
    .addColumn('scope_kind', 'text', (c) =>
      c.notNull().check(checkIn('scope_kind', ['own_org', 'org_subtree', 'region_subtree', 'all'])),
    )
    .addColumn('scope_org_id', 'text', (c) => c.references('org.id'))
    .addColumn('scope_region_code', 'text', (c) => c.references('region.code'))
    .addColumn('granted_by', 'text', (c) => c.notNull())
    .addColumn('granted_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('user_role_unique', ['user_id', 'role_id'])
    .execute();
  // The database itself refuses a second administrator role on one account (三员分立).
  await db.schema
    .createIndex('user_role_one_admin')
    .on('user_role')
    .column('user_id')
    .unique()
    .where(sql.ref('admin_kind'), 'is not', null)
    .execute();

  await db.schema
    .createTable('session')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('user_id', 'text', (c) => c.notNull().references('app_user.id').onDelete('cascade'))
    .addColumn('stage', 'text', (c) =>
      c.notNull().check(checkIn('stage', ['mfa', 'enrol', 'password', 'active'])),
    )
    .addColumn('csrf_token', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('last_seen_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('ip', 'text')
    .addColumn('user_agent', 'text')
    .addColumn('ended_at', 'text')
    .addColumn('end_reason', 'text')
    .execute();
  await db.schema.createIndex('session_user').on('session').columns(['user_id', 'ended_at']).execute();

  await db.schema
    .createTable('login_event')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.references('app_user.id').onDelete('set null'))
    .addColumn('username', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('ip', 'text')
    .addColumn('user_agent', 'text')
    .addColumn('result', 'text', (c) => c.notNull())
    .addColumn('reason', 'text')
    .execute();
  await db.schema.createIndex('login_event_user').on('login_event').columns(['user_id', 'at']).execute();

  await db.schema
    .createTable('security_policy')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('source_system')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('token_prefix', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('revoked_at', 'text')
    .addColumn('revoked_by', 'text')
    .addColumn('last_used_at', 'text')
    .addColumn('last_used_ip', 'text')
    .execute();
  await db.schema
    .createTable('source_system_org')
    .addColumn('source_id', 'text', (c) => c.notNull().references('source_system.id').onDelete('cascade'))
    .addColumn('org_id', 'text', (c) => c.notNull().references('org.id'))
    .addPrimaryKeyConstraint('source_system_org_pk', ['source_id', 'org_id'])
    .execute();
}

/** Drops the identity tables. */
export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'source_system_org',
    'source_system',
    'security_policy',
    'login_event',
    'session',
    'user_role',
    'role_permission',
    'role',
    'recovery_code',
    'password_history',
    'app_user',
    'org',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
