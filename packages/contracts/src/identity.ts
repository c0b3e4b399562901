import { z } from 'zod';
import { ResidentIdSchema } from './codes.ts';
import { ADMIN_KINDS, PERMISSION_CODES, SCOPE_KINDS } from './permissions.ts';

const Username = z
  .string()
  .trim()
  .min(3, { message: '用户名至少3个字符' })
  .max(32, { message: '用户名最多32个字符' })
  .regex(/^[a-zA-Z][a-zA-Z0-9_.-]*$/, { message: '用户名须以字母开头, 只含字母、数字、下划线、点和连字符' });

/** Sign-in with username and password. */
export const LoginRequestSchema = z.object({
  username: z.string().trim().min(1, { message: '请输入用户名' }).max(64),
  password: z.string().min(1, { message: '请输入密码' }).max(256),
});

/** Where a session stands after each sign-in step. */
export const SessionStageSchema = z.enum(['mfa', 'enrol', 'password', 'active']);

/** The signed-in user as the console sees them. */
export const SessionInfoSchema = z
  .object({
    stage: SessionStageSchema,
    csrfToken: z.string(),
    idleTimeoutSeconds: z.number().int(),
    user: z.object({
      id: z.string(),
      username: z.string(),
      displayName: z.string(),
      orgId: z.string(),
      orgName: z.string(),
      adminKind: z.enum(ADMIN_KINDS).nullable(),
    }),
    permissions: z.array(z.string()),
    scopes: z.array(z.object({ permission: z.string(), label: z.string() })),
  })
  .meta({ id: 'SessionInfo' });

/** A 6-digit authenticator code, or a recovery code. */
export const OtpRequestSchema = z.union([
  z.object({ code: z.string().regex(/^\d{6}$/, { message: '动态验证码应为6位数字' }) }),
  z.object({
    recoveryCode: z
      .string()
      .trim()
      .regex(/^[a-z0-9]{4}-[a-z0-9]{4}$/, { message: '恢复码格式应为 xxxx-xxxx' }),
  }),
]);

/** What the console shows to enrol an authenticator app. */
export const TotpEnrolmentSchema = z.object({
  secret: z.string(),
  otpauthUri: z.string(),
  qrSvg: z.string(),
});

/** The recovery codes, shown once. */
export const RecoveryCodesSchema = z.object({ recoveryCodes: z.array(z.string()) });

/** A password change by the user. */
export const PasswordChangeSchema = z.object({
  currentPassword: z.string().min(1, { message: '请输入当前密码' }).max(256),
  newPassword: z.string().min(1, { message: '请输入新密码' }).max(256),
});

/** One of the user's sessions. */
export const SessionSummarySchema = z.object({
  id: z.string(),
  current: z.boolean(),
  createdAt: z.string(),
  lastSeenAt: z.string(),
  ip: z.string().nullable(),
  userAgent: z.string().nullable(),
});

/** One line of the user's login history. */
export const LoginEventSchema = z.object({
  at: z.string(),
  result: z.string(),
  ip: z.string().nullable(),
  userAgent: z.string().nullable(),
  reason: z.string().nullable(),
});

/** A role assignment with its data scope. */
export const RoleAssignmentSchema = z.object({
  roleId: z.string().min(1),
  scopeKind: z.enum(SCOPE_KINDS),
  scopeOrgId: z.string().nullable().optional(),
  scopeRegionCode: z
    .string()
    .regex(/^\d{6}(\d{3})?$/, { message: '行政区划代码应为6位或9位数字' })
    .nullable()
    .optional(),
});

/** A console account as presented (personal data masked unless the viewer may see it). */
export const UserSchema = z
  .object({
    id: z.string(),
    username: z.string(),
    displayName: z.string(),
    orgId: z.string(),
    orgName: z.string(),
    idNumber: z.string().nullable().describe('身份证号; 无"查看未脱敏的个人信息"权限时脱敏'),
    phone: z.string().nullable().describe('手机号; 无"查看未脱敏的个人信息"权限时脱敏'),
    status: z.enum(['active', 'disabled']),
    locked: z.boolean(),
    mfaEnrolled: z.boolean(),
    mustChangePassword: z.boolean(),
    lastLoginAt: z.string().nullable(),
    createdAt: z.string(),
    roles: z.array(
      z.object({
        roleId: z.string(),
        roleName: z.string(),
        adminKind: z.enum(ADMIN_KINDS).nullable(),
        scopeKind: z.enum(SCOPE_KINDS),
        scopeOrgId: z.string().nullable(),
        scopeRegionCode: z.string().nullable(),
        scopeLabel: z.string(),
      }),
    ),
  })
  .meta({ id: 'User' });

/** Creating an account (system administrator). */
export const UserCreateSchema = z.object({
  username: Username,
  displayName: z.string().trim().min(1, { message: '请输入姓名' }).max(50),
  orgId: z.string().min(1, { message: '请选择所属单位' }),
  idNumber: ResidentIdSchema.nullable().optional(),
  phone: z
    .string()
    .trim()
    .regex(/^1\d{10}$/, { message: '手机号应为11位数字' })
    .nullable()
    .optional(),
});

/** Editing an account. */
export const UserUpdateSchema = z.object({
  displayName: z.string().trim().min(1).max(50).optional(),
  orgId: z.string().min(1).optional(),
  idNumber: ResidentIdSchema.nullable().optional(),
  phone: z
    .string()
    .trim()
    .regex(/^1\d{10}$/, { message: '手机号应为11位数字' })
    .nullable()
    .optional(),
  status: z.enum(['active', 'disabled']).optional(),
});

/** List filters for users. */
export const UserListQuerySchema = z.object({
  q: z.string().trim().max(50).optional(),
  idNumber: z.string().trim().max(18).optional().describe('按身份证号精确查找 (通过盲索引, 不解密)'),
  orgId: z.string().optional(),
  status: z.enum(['active', 'disabled']).optional(),
});

/** A one-time password handed to an administrator to pass on. */
export const TemporaryPasswordSchema = z.object({ temporaryPassword: z.string() });

/** A role with its permissions. */
export const RoleSchema = z
  .object({
    id: z.string(),
    code: z.string(),
    name: z.string(),
    description: z.string(),
    adminKind: z.enum(ADMIN_KINDS).nullable(),
    builtin: z.boolean(),
    permissions: z.array(z.string()),
  })
  .meta({ id: 'Role' });

/** Creating or editing a business role. */
export const RoleInputSchema = z.object({
  code: z
    .string()
    .trim()
    .regex(/^[a-z][a-z0-9_]{1,39}$/, { message: '角色代码须为小写字母开头的字母、数字或下划线' }),
  name: z.string().trim().min(1, { message: '请输入角色名称' }).max(50),
  description: z.string().trim().max(200).default(''),
  permissions: z.array(z.enum(PERMISSION_CODES as [string, ...string[]])).max(200),
});

/** The security policy the security administrator maintains. */
export const SecurityPolicySchema = z
  .object({
    passwordProfile: z.enum(['dengbao', 'asvs']),
    lockoutThreshold: z.number().int().min(3).max(10),
    lockoutMinutes: z.number().int().min(5).max(1440),
    idleTimeoutMinutes: z.number().int().min(5).max(60),
    absoluteTimeoutHours: z.number().int().min(1).max(24),
    mfaRequired: z.boolean(),
  })
  .meta({ id: 'SecurityPolicy' });

export type SecurityPolicy = z.infer<typeof SecurityPolicySchema>;
export type User = z.infer<typeof UserSchema>;
export type Role = z.infer<typeof RoleSchema>;
export type SessionInfo = z.infer<typeof SessionInfoSchema>;
export type RoleAssignment = z.infer<typeof RoleAssignmentSchema>;
