import { ADMIN_KINDS, type AdminKind } from '@jiandu/contracts/permissions';
import { cliActor } from '../../platform/audit/audit.ts';
import type { UserActor } from '../../platform/authz/actor.ts';
import { AppError } from '../../platform/errors.ts';
import { type Command, EXIT, say, UsageError } from '../command.ts';
import { withContext } from '../environment.ts';

const ROLE_OF: Record<AdminKind, string> = {
  system: 'system_admin',
  security: 'security_admin',
  audit: 'audit_admin',
};

/** The command line acting with full reach, recorded in the audit trail under the OS account. */
function operator(): UserActor {
  const actor = cliActor();
  return {
    kind: 'user',
    userId: actor.name,
    username: actor.name,
    displayName: '命令行',
    orgId: '',
    orgName: '',
    sessionId: '',
    stage: 'active',
    csrfToken: '',
    adminKind: null,
    grants: new Map([
      ['org.read', [{ kind: 'all' }]],
      ['org.write', [{ kind: 'all' }]],
      ['user.read', [{ kind: 'all' }]],
      ['user.write', [{ kind: 'all' }]],
      ['role.assign', [{ kind: 'all' }]],
      ['source.write', [{ kind: 'all' }]],
    ]),
    ip: null,
    userAgent: null,
  };
}

/**
 * `jiandu user create-admin`: the first administrators of a fresh install. On an empty org tree it
 * also creates the root org (the justice department) from --org-name and --region.
 */
export const createAdminCommand: Command = {
  path: ['user', 'create-admin'],
  summary: '创建管理员账号 (系统/安全/审计管理员) / create an administrator',
  usage: [
    'jiandu user create-admin --username NAME --name 姓名 [--kind system|security|audit]',
    '                         [--org 统一社会信用代码] [--org-name 单位名称 --region 行政区划代码]',
    '  --kind      system (默认) 系统管理员, security 安全管理员, audit 审计管理员; 三者不能由同一账号兼任',
    '  --org       所属单位; 省略时为组织机构树的根单位',
    '  --org-name  组织机构为空时, 以此名称创建根单位 (司法行政机关), 须同时给出 --region',
    '打印一次性临时密码; 首次登录须修改密码并绑定动态验证码。',
  ].join('\n'),
  options: {
    username: { type: 'string' },
    name: { type: 'string' },
    kind: { type: 'string', default: 'system' },
    org: { type: 'string' },
    'org-name': { type: 'string' },
    region: { type: 'string' },
  },
  run: async ({ values }) => {
    const username = values.username as string | undefined;
    const name = values.name as string | undefined;
    const kind = values.kind as AdminKind;
    if (!username || !name) throw new UsageError('须给出 --username 与 --name');
    if (!ADMIN_KINDS.includes(kind)) throw new UsageError(`--kind 须为 ${ADMIN_KINDS.join(' | ')}`);
    return withContext(async (context) => {
      const { orgs, users, roles, regions } = context.services;
      const actor = operator();
      await roles.ensureBuiltins(cliActor());
      let orgId: string;
      if (values.org) {
        const org = await orgs.findByCreditCode(String(values.org).toUpperCase());
        if (!org) throw new AppError('NOT_FOUND', `单位不存在: ${values.org}`);
        orgId = org.id;
      } else {
        const root = await orgs.root();
        if (root) orgId = root.id;
        else {
          if (!values['org-name'] || !values.region)
            throw new UsageError('组织机构为空: 须同时给出 --org-name 与 --region 以创建根单位');
          if (!(await regions.find(String(values.region))))
            await regions.loadProvince(String(values.region).slice(0, 2), cliActor());
          const created = await orgs.create(actor, {
            parentId: null,
            name: String(values['org-name']),
            kind: 'supervisor',
            regionCode: String(values.region),
            sortOrder: 0,
          });
          say(`已创建根单位: ${created.name}`);
          orgId = created.id;
        }
      }
      const { user, temporaryPassword } = await users.create(actor, { username, displayName: name, orgId });
      await users.assignRoles(actor, user.id, [
        { roleId: await roles.idOf(ROLE_OF[kind]), scopeKind: 'all' },
      ]);
      say(
        `已创建${kind === 'system' ? '系统' : kind === 'security' ? '安全' : '审计'}管理员 ${username} (${name}), 所属单位: ${user.orgName}`,
      );
      say(`临时密码: ${temporaryPassword}`);
      say('请妥善转交; 首次登录须修改密码并绑定动态验证码。');
      return EXIT.ok;
    });
  },
};

/** `jiandu source create`: registers an enforcement platform and prints its token once. */
export const sourceCreateCommand: Command = {
  path: ['source', 'create'],
  summary: '登记数据来源系统并生成令牌 / register a source system',
  usage:
    'jiandu source create --name 名称 --org 统一社会信用代码 [--org …]\n令牌只打印这一次, 数据库中只保存其摘要。',
  options: { name: { type: 'string' }, org: { type: 'string', multiple: true } },
  run: async ({ values }) => {
    const name = values.name as string | undefined;
    const codes = (values.org as string[] | undefined) ?? [];
    if (!name || name.trim().length < 2) throw new UsageError('须给出 --name (至少2个字)');
    if (codes.length === 0) throw new UsageError('至少给出一个 --org 统一社会信用代码');
    return withContext(async (context) => {
      const { orgs, sources } = context.services;
      const ids: string[] = [];
      for (const code of codes) {
        const org = await orgs.findByCreditCode(code.toUpperCase());
        if (!org) throw new AppError('NOT_FOUND', `单位不存在: ${code}`);
        ids.push(org.id);
      }
      const { source, token } = await sources.create(cliActor(), name.trim(), ids);
      say(
        `已登记数据来源系统: ${source.name} (授权单位 ${source.orgs.length} 个: ${source.orgs.map((o) => o.name).join('、')})`,
      );
      say(`令牌 (只显示这一次): ${token}`);
      return EXIT.ok;
    });
  },
};
