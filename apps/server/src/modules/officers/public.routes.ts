import { PublicOfficerSchema, PublicOfficersQuerySchema } from '@jiandu/contracts/officers';
import { ProblemSchema } from '@jiandu/contracts/problem';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { PublicOfficerService } from './public-officers.service.ts';

const NumberParams = z.object({ number: z.string().min(1).max(40) });
const errors = { 400: ProblemSchema, 404: ProblemSchema, 429: ProblemSchema };
const open = { access: 'public' as const };
/** Short, so a suspension or revocation shows on the next scan. */
const CACHE = 'public, max-age=60';

/** The public certificate check (亮证): no sign-in, rate-limited by the platform. */
export function registerPublicOfficerRoutes(
  app: FastifyInstance,
  service: PublicOfficerService,
  publicBaseUrl: string,
): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/officers',
    {
      schema: {
        tags: ['public'],
        summary: '查询执法主体的执法人员及证件状态',
        querystring: PublicOfficersQuerySchema,
        response: { 200: z.array(PublicOfficerSchema), ...errors },
      },
      config: open,
    },
    async (request) => service.byAgency(request.query.agencyCreditCode),
  );

  r.get(
    '/certificates/:number',
    {
      schema: {
        tags: ['public'],
        summary: '按证件编号查询 (亮证)',
        params: NumberParams,
        response: { 200: PublicOfficerSchema, ...errors },
      },
      config: open,
    },
    async (request, reply) => {
      reply.header('cache-control', CACHE);
      return service.byNumber(request.params.number);
    },
  );

  r.get(
    '/certificates/:number/qr.png',
    { schema: { tags: ['public'], summary: '证件二维码 (PNG)', params: NumberParams }, config: open },
    async (request, reply) =>
      reply
        .header('cache-control', CACHE)
        .type('image/png')
        .send(await service.qr(request.params.number, 'png', publicBaseUrl)),
  );

  r.get(
    '/certificates/:number/qr.svg',
    { schema: { tags: ['public'], summary: '证件二维码 (SVG)', params: NumberParams }, config: open },
    async (request, reply) =>
      reply
        .header('cache-control', CACHE)
        .type('image/svg+xml; charset=utf-8')
        .send(await service.qr(request.params.number, 'svg', publicBaseUrl)),
  );

  r.get(
    '/certificates/:number/photo',
    {
      schema: { tags: ['public'], summary: '持证人照片 (仅本人同意公开时)', params: NumberParams },
      config: open,
    },
    async (request, reply) => {
      const photo = await service.photo(request.params.number);
      return reply.header('cache-control', CACHE).type(photo.type).send(photo.body);
    },
  );
}
