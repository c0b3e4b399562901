import type { AdminKind, ScopeKind } from '@jiandu/contracts/permissions';
import type { SessionStage } from '../../platform/authz/actor.ts';

/** A console account. Personal data (phone) is stored encrypted, with a blind index for lookup. */
export interface AppUserTable {
  id: string;
  org_id: string;
  username: string;
  display_name: string;
  /** 居民身份证号 for real-name accounts, SM4-encrypted; looked up by its blind index. */
  id_number_enc: string | null;
  id_number_index: string | null;
  phone_enc: string | null;
  phone_index: string | null;
  password_hash: string;
  password_changed_at: string;
  must_change_password: number;
  failed_attempts: number;
  locked_until: string | null;
  totp_secret_enc: string | null;
  totp_enrolled_at: string | null;
  totp_last_step: number | null;
  status: 'active' | 'disabled';
  last_login_at: string | null;
  created_at: string;
  updated_at: string;
}

/** Earlier password hashes, so the last few cannot be reused. */
export interface PasswordHistoryTable {
  id: string;
  user_id: string;
  hash: string;
  created_at: string;
}

/** One-time codes that stand in for the second factor when the phone is lost. */
export interface RecoveryCodeTable {
  id: string;
  user_id: string;
  code_hash: string;
  used_at: string | null;
  created_at: string;
}

/** A named bundle of permissions. Built-in administrator roles carry their admin kind. */
export interface RoleTable {
  id: string;
  code: string;
  name: string;
  description: string;
  admin_kind: AdminKind | null;
  builtin: number;
  created_at: string;
  updated_at: string;
}

/** A permission a role grants. */
export interface RolePermissionTable {
  role_id: string;
  permission: string;
}

/** A role given to a user, with how far it reaches (data scope). */
export interface UserRoleTable {
  id: string;
  user_id: string;
  role_id: string;
  admin_kind: AdminKind | null;
  scope_kind: ScopeKind;
  scope_org_id: string | null;
  scope_region_code: string | null;
  granted_by: string;
  granted_at: string;
}

/** A console session, kept in the database so any node can serve it. Only the token's hash is stored. */
export interface SessionTable {
  id: string;
  token_hash: string;
  user_id: string;
  stage: SessionStage;
  csrf_token: string;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
  ip: string | null;
  user_agent: string | null;
  ended_at: string | null;
  end_reason: string | null;
}

/** One sign-in attempt or sign-out, for the user's own login history. */
export interface LoginEventTable {
  id: string;
  user_id: string | null;
  username: string;
  at: string;
  ip: string | null;
  user_agent: string | null;
  result: 'success' | 'failure' | 'locked' | 'otp_failure' | 'logout' | 'timeout';
  reason: string | null;
}

/** A security setting changed by the security administrator, stored as JSON. */
export interface SecurityPolicyTable {
  key: string;
  value: string;
  updated_at: string;
  updated_by: string;
}

declare module '../../platform/db/tables.ts' {
  interface Database {
    app_user: AppUserTable;
    password_history: PasswordHistoryTable;
    recovery_code: RecoveryCodeTable;
    role: RoleTable;
    role_permission: RolePermissionTable;
    user_role: UserRoleTable;
    session: SessionTable;
    login_event: LoginEventTable;
    security_policy: SecurityPolicyTable;
  }
}
