import { currentLocale } from '../../lib/i18n.ts';

type Label = readonly [zh: string, en: string];

/** Names of the actions the system records; a code not listed here is shown as it is. */
const ACTIONS: Record<string, Label> = {
  'auth.login': ['登录成功', 'Signed in'],
  'auth.login.failure': ['登录失败', 'Sign-in failed'],
  'auth.lockout': ['账号锁定', 'Account locked'],
  'auth.otp.failure': ['动态验证码错误', 'Wrong one-time code'],
  'auth.password.ok': ['密码验证通过', 'Password accepted'],
  'auth.logout': ['退出登录', 'Signed out'],
  'auth.password.change': ['修改密码', 'Password changed'],
  'auth.totp.enrol': ['绑定动态验证码', 'Authenticator enrolled'],
  'auth.recovery_code.used': ['使用恢复码', 'Recovery code used'],
  'auth.session.end': ['结束会话', 'Session ended'],
  'org.create': ['新建单位', 'Org created'],
  'org.update': ['修改单位', 'Org updated'],
  'org.move': ['调整上级单位', 'Org moved'],
  'org.disable': ['停用单位', 'Org disabled'],
  'org.enable': ['启用单位', 'Org enabled'],
  'user.create': ['新建用户', 'User created'],
  'user.update': ['修改用户', 'User updated'],
  'user.disable': ['停用用户', 'User disabled'],
  'user.enable': ['启用用户', 'User enabled'],
  'user.unlock': ['解锁用户', 'User unlocked'],
  'user.password.reset': ['重置密码', 'Password reset'],
  'user.mfa.reset': ['重置动态验证码', 'Authenticator reset'],
  'user.roles.assign': ['分配角色', 'Roles assigned'],
  'role.create': ['新建角色', 'Role created'],
  'role.update': ['修改角色', 'Role updated'],
  'role.delete': ['删除角色', 'Role deleted'],
  'policy.update': ['修改安全策略', 'Security policy changed'],
  'source.create': ['登记数据来源系统', 'Source registered'],
  'source.revoke': ['吊销令牌', 'Source token revoked'],
  'calendar.year.load': ['导入节假日安排', 'Holiday schedule loaded'],
  'calendar.year.replace': ['替换节假日安排', 'Holiday schedule replaced'],
  'region.load': ['导入行政区划', 'Regions loaded'],
  'audit.export': ['导出审计日志', 'Audit trail exported'],
  'audit.archive': ['归档审计日志', 'Audit trail archived'],
};

/** The prefixes offered in the action filter, most used first. */
const ACTION_FILTERS: Record<string, Label> = {
  'auth.login': ['登录', 'Sign-in'],
  'auth.login.failure': ['登录失败', 'Failed sign-in'],
  'auth.lockout': ['账号锁定', 'Lockout'],
  'auth.': ['认证与会话 (全部)', 'Authentication (all)'],
  'org.': ['组织机构', 'Organisations'],
  'user.': ['用户账号', 'Users'],
  'role.': ['角色权限', 'Roles'],
  'policy.': ['安全策略', 'Security policy'],
  'source.': ['数据来源系统', 'Source systems'],
  'calendar.': ['工作日历', 'Calendar'],
  'audit.': ['审计日志', 'Audit trail'],
};

/** Names of the kinds of object an entry is about. */
const TARGET_TYPES: Record<string, Label> = {
  user: ['用户', 'User'],
  session: ['会话', 'Session'],
  org: ['单位', 'Organisation'],
  role: ['角色', 'Role'],
  security_policy: ['安全策略', 'Security policy'],
  source_system: ['数据来源系统', 'Source system'],
  calendar_year: ['节假日安排', 'Holiday schedule'],
  region: ['行政区划', 'Region'],
  audit_event: ['审计日志', 'Audit trail'],
  audit_archive: ['审计归档', 'Audit archive'],
};

const pick = (label: Label | undefined, fallback: string) =>
  label ? label[currentLocale() === 'en' ? 1 : 0] : fallback;

/** The readable name of an action code. */
export function actionLabel(code: string): string {
  return pick(ACTIONS[code], code);
}

/** The readable name of an object type. */
export function targetTypeLabel(code: string): string {
  return pick(TARGET_TYPES[code], code);
}

/** Options of the action filter: readable name and the prefix it searches. */
export const actionFilterOptions = () =>
  Object.entries(ACTION_FILTERS).map(([value, label]) => ({
    value,
    label: `${pick(label, value)} · ${value}`,
  }));

/** Options of the object type filter. */
export const targetTypeOptions = () =>
  Object.entries(TARGET_TYPES).map(([value, label]) => ({ value, label: pick(label, value) }));
