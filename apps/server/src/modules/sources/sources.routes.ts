import { ProblemSchema } from '@jiandu/contracts/problem';
import { SourceCreateSchema, SourceSystemSchema } from '@jiandu/contracts/sources';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { userOf } from '../../platform/http/guard.ts';
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
