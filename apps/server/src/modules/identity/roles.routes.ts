import { RoleInputSchema, RoleSchema, SecurityPolicySchema } from '@jiandu/contracts/identity';
import { PERMISSIONS } from '@jiandu/contracts/permissions';
import { ProblemSchema } from '@jiandu/contracts/problem';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { userOf } from '../../platform/http/guard.ts';
import type { PolicyService } from './policy.service.ts';
import type { RoleService } from './roles.service.ts';

const IdParams = z.object({ id: z.string().min(1) });
const errors = {
  400: ProblemSchema,
  401: ProblemSchema,
  403: ProblemSchema,
  404: ProblemSchema,
  409: ProblemSchema,
};

/** Roles, the permission catalogue, and the security policy (security administrator). */
export function registerRoleRoutes(app: FastifyInstance, roles: RoleService, policy: PolicyService): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['roles'];

  r.get(
    '/roles',
    {
      schema: { tags, summary: '角色列表', response: { 200: z.array(RoleSchema), ...errors } },
      config: { access: { permission: 'role.read' } },
    },
    async () => roles.list(),
  );

  r.get(
    '/permissions',
    {
      schema: {
        tags,
        summary: '权限目录',
        response: { 200: z.array(z.object({ code: z.string(), label: z.string() })), ...errors },
      },
      config: { access: { permission: 'role.read' } },
    },
    async () => Object.entries(PERMISSIONS).map(([code, label]) => ({ code, label })),
  );

  r.post(
    '/roles',
    {
      schema: {
        tags,
        summary: '新建业务角色',
        body: RoleInputSchema,
        response: { 201: RoleSchema, ...errors },
      },
      config: { access: { permission: 'role.write' } },
    },
    async (request, reply) => reply.code(201).send(await roles.create(userOf(request), request.body)),
  );

  r.put(
    '/roles/:id',
    {
      schema: {
        tags,
        summary: '修改业务角色',
        params: IdParams,
        body: RoleInputSchema.omit({ code: true }),
        response: { 200: RoleSchema, ...errors },
      },
      config: { access: { permission: 'role.write' } },
    },
    async (request) => roles.update(userOf(request), request.params.id, request.body),
  );

  r.delete(
    '/roles/:id',
    {
      schema: {
        tags,
        summary: '删除业务角色',
        params: IdParams,
        response: { 204: z.undefined(), ...errors },
      },
      config: { access: { permission: 'role.write' } },
    },
    async (request, reply) => {
      await roles.remove(userOf(request), request.params.id);
      return reply.code(204).send();
    },
  );

  r.get(
    '/security-policy',
    {
      schema: { tags: ['security'], summary: '安全策略', response: { 200: SecurityPolicySchema, ...errors } },
      config: { access: { permission: 'policy.read' } },
    },
    async () => policy.current(),
  );

  r.put(
    '/security-policy',
    {
      schema: {
        tags: ['security'],
        summary: '修改安全策略 (口令策略、锁定、超时、双因素)',
        body: SecurityPolicySchema,
        response: { 200: SecurityPolicySchema, ...errors },
      },
      config: { access: { permission: 'policy.write' } },
    },
    async (request) => policy.update(userOf(request), request.body),
  );
}
