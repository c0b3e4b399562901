import {
  PublicItemDetailSchema,
  PublicItemQuerySchema,
  PublicItemSchema,
} from '@jiandu/contracts/catalogue-public';
import { ProblemSchema } from '@jiandu/contracts/problem';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { CatalogueService } from './catalogue.service.ts';

/** The published catalogue and benchmarks for the public (no sign-in; /api/public/ is rate limited). */
export function registerPublicItemRoutes(app: FastifyInstance, catalogue: CatalogueService): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const open = { access: 'public' as const };

  r.get(
    '/',
    {
      schema: {
        tags: ['public'],
        summary: '查询现行的执法事项 (名称或编码, 可按执法主体和类别筛选; 最多200条)',
        querystring: PublicItemQuerySchema,
        response: { 200: z.array(PublicItemSchema), 400: ProblemSchema },
      },
      config: open,
    },
    async (request) => catalogue.publicList(request.query),
  );

  r.get(
    '/:agencyCreditCode/:code',
    {
      schema: {
        tags: ['public'],
        summary: '现行的执法事项详情及其现行裁量基准',
        params: z.object({ agencyCreditCode: z.string().min(1).max(18), code: z.string().min(1).max(40) }),
        response: { 200: PublicItemDetailSchema, 404: ProblemSchema },
      },
      config: open,
    },
    async (request) => catalogue.publicOne(request.params.agencyCreditCode, request.params.code),
  );
}
