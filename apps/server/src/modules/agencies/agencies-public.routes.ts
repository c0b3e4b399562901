import {
  PublicAgencyDetailSchema,
  PublicAgencyQuerySchema,
  PublicAgencySchema,
} from '@jiandu/contracts/agencies';
import { ProblemSchema } from '@jiandu/contracts/problem';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AgencyService } from './agencies.service.ts';

/**
 * Public checks of enforcement agencies (no sign-in; the platform rate-limits /api/public/): only
 * agencies whose qualification is published, and nothing about persons.
 */
export function registerPublicAgencyRoutes(app: FastifyInstance, agencies: AgencyService): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const open = { access: 'public' as const };

  r.get(
    '/',
    {
      schema: {
        tags: ['public'],
        summary: '查询已公告的执法主体 (名称或统一社会信用代码, 行政区划含下级; 最多200条)',
        querystring: PublicAgencyQuerySchema,
        response: { 200: z.array(PublicAgencySchema), 400: ProblemSchema },
      },
      config: open,
    },
    async (request) => agencies.publicList(request.query),
  );

  r.get(
    '/:creditCode',
    {
      schema: {
        tags: ['public'],
        summary: '已公告的执法主体详情: 执法依据, 委托执法的委托机关与期限',
        params: z.object({ creditCode: z.string().min(1).max(18) }),
        response: { 200: PublicAgencyDetailSchema, 404: ProblemSchema },
      },
      config: open,
    },
    async (request) => agencies.publicOne(request.params.creditCode),
  );
}
