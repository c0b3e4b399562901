import {
  RoleAssignmentSchema,
  TemporaryPasswordSchema,
  UserCreateSchema,
  UserListQuerySchema,
  UserSchema,
  UserUpdateSchema,
} from '@jiandu/contracts/identity';
import { PageQuerySchema, pageOf } from '@jiandu/contracts/paging';
import { ProblemSchema } from '@jiandu/contracts/problem';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { sendXlsx } from '../../platform/files/download.ts';
import { userOf } from '../../platform/http/guard.ts';
import type { UserService } from './users.service.ts';

const IdParams = z.object({ id: z.string().min(1) });
const errors = {
  400: ProblemSchema,
  401: ProblemSchema,
  403: ProblemSchema,
  404: ProblemSchema,
  409: ProblemSchema,
};

/** Account management: list, create, edit, reset password, unlock, reset the second factor, assign roles. */
export function registerUserRoutes(app: FastifyInstance, users: UserService): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['users'];
  const read = { access: { permission: 'user.read' as const } };
  const write = { access: { permission: 'user.write' as const } };

  r.get(
    '/',
    {
      schema: {
        tags,
        summary: '用户列表 (数据范围内)',
        querystring: UserListQuerySchema.extend(PageQuerySchema.shape),
        response: { 200: pageOf(UserSchema), ...errors },
      },
      config: read,
    },
    async (request) => {
      const { page, pageSize, sort, order, ...filter } = request.query;
      return users.list(userOf(request), filter, { page, pageSize, sort, order });
    },
  );

  r.get(
    '/export',
    { schema: { tags, summary: '导出用户 (xlsx)', querystring: UserListQuerySchema }, config: read },
    async (request, reply) => {
      const actor = userOf(request);
      const all = [];
      for (let page = 1; ; page++) {
        const result = await users.list(actor, request.query, { page, pageSize: 100, order: 'asc' });
        all.push(...result.items);
        if (all.length >= result.total || result.items.length === 0) break;
      }
      return sendXlsx(
        reply,
        '用户列表',
        [
          { header: '用户名', value: (u) => u.username },
          { header: '姓名', value: (u) => u.displayName },
          { header: '所属单位', width: 32, value: (u) => u.orgName },
          { header: '手机号', value: (u) => u.phone },
          {
            header: '角色与数据范围',
            width: 40,
            value: (u) => u.roles.map((x) => `${x.roleName}(${x.scopeLabel})`).join('; '),
          },
          { header: '状态', value: (u) => (u.status === 'active' ? (u.locked ? '已锁定' : '正常') : '停用') },
          { header: '最近登录', width: 22, value: (u) => u.lastLoginAt },
        ],
        all,
      );
    },
  );

  r.get(
    '/:id',
    {
      schema: { tags, summary: '用户详情', params: IdParams, response: { 200: UserSchema, ...errors } },
      config: read,
    },
    async (request) => users.get(userOf(request), request.params.id),
  );

  r.post(
    '/',
    {
      schema: {
        tags,
        summary: '新建用户 (返回一次性临时密码)',
        body: UserCreateSchema,
        response: { 201: z.object({ user: UserSchema, temporaryPassword: z.string() }), ...errors },
      },
      config: write,
    },
    async (request, reply) => reply.code(201).send(await users.create(userOf(request), request.body)),
  );

  r.patch(
    '/:id',
    {
      schema: {
        tags,
        summary: '修改用户 (姓名、单位、手机号、启用/停用)',
        params: IdParams,
        body: UserUpdateSchema,
        response: { 200: UserSchema, ...errors },
      },
      config: write,
    },
    async (request) => users.update(userOf(request), request.params.id, request.body),
  );

  r.post(
    '/:id/reset-password',
    {
      schema: {
        tags,
        summary: '重置密码 (返回一次性临时密码)',
        params: IdParams,
        response: { 200: TemporaryPasswordSchema, ...errors },
      },
      config: write,
    },
    async (request) => ({ temporaryPassword: await users.resetPassword(userOf(request), request.params.id) }),
  );

  r.post(
    '/:id/unlock',
    {
      schema: { tags, summary: '解除锁定', params: IdParams, response: { 200: UserSchema, ...errors } },
      config: write,
    },
    async (request) => users.unlock(userOf(request), request.params.id),
  );

  r.post(
    '/:id/reset-mfa',
    {
      schema: {
        tags,
        summary: '重置动态验证码 (下次登录重新绑定)',
        params: IdParams,
        response: { 200: UserSchema, ...errors },
      },
      config: write,
    },
    async (request) => users.resetSecondFactor(userOf(request), request.params.id),
  );

  r.put(
    '/:id/roles',
    {
      schema: {
        tags,
        summary: '分配角色与数据范围 (整体替换)',
        params: IdParams,
        body: z.object({ assignments: z.array(RoleAssignmentSchema).max(20) }),
        response: { 200: UserSchema, ...errors },
      },
      config: { access: { permission: 'role.assign' } },
    },
    async (request) => users.assignRoles(userOf(request), request.params.id, request.body.assignments),
  );
}
