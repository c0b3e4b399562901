import { ProblemSchema } from '@jiandu/contracts/problem';
import { SourceCreateSchema, SourceSystemSchema } from '@jiandu/contracts/sources';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { sourceOf, userOf } from '../../platform/http/guard.ts';
import type { OrgService } from '../orgs/orgs.service.ts';
import type { SourceService } from './sources.service.ts';

const errors = { 400: ProblemSchema, 401: ProblemSchema, 403: ProblemSchema, 404: ProblemSchema };

/** Source systems and their tokens (system administrator). */
export function registerSourceRoutes(app: FastifyInstance, sources: SourceService): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['sources'];
  r.get(
    '/',
    {
      schema: {
        tags,
        summary: '数据来源系统列表',
        response: { 200: z.array(SourceSystemSchema), ...errors },
      },
      config: { access: { permission: 'source.read' } },
    },
    async () => sources.list(),
  );
  r.post(
    '/',
    {
      schema: {
        tags,
        summary: '登记数据来源系统并生成令牌 (令牌只显示一次)',
        body: SourceCreateSchema,
        response: { 201: z.object({ source: SourceSystemSchema, token: z.string() }), ...errors },
      },
      config: { access: { permission: 'source.write' } },
    },
    async (request, reply) =>
      reply.code(201).send(await sources.create(userOf(request), request.body.name, request.body.orgIds)),
  );
  r.post(
    '/:id/revoke',
    {
      schema: {
        tags,
        summary: '吊销令牌',
        params: z.object({ id: z.string() }),
        response: { 200: SourceSystemSchema, ...errors },
      },
      config: { access: { permission: 'source.write' } },
    },
    async (request) => sources.revoke(userOf(request), request.params.id),
  );
}

/** `GET /api/exchange/v1/whoami`: which source a token belongs to and which agencies it may report for. */
export function registerWhoAmI(app: FastifyInstance, orgs: OrgService): void {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/whoami',
    {
      schema: {
        tags: ['exchange'],
        summary: '令牌自检: 所属数据来源系统及其授权单位',
        security: [{ bearer: [] }],
        response: {
          200: z.object({
            source: z.string(),
            orgs: z.array(z.object({ name: z.string(), creditCode: z.string().nullable() })),
          }),
          401: ProblemSchema,
        },
      },
      config: { access: 'source' },
    },
    async (request) => {
      const source = sourceOf(request);
      const rows = await orgs.findByIds([...source.orgIds]);
      return {
        source: source.name,
        orgs: rows
          .map((o) => ({ name: o.name, creditCode: o.credit_code }))
          .sort((a, b) => a.name.localeCompare(b.name, 'zh-CN')),
      };
    },
  );
}
