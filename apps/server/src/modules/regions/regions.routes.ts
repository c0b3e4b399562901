import { ProblemSchema } from '@jiandu/contracts/problem';
import {
  RegionDetailSchema,
  RegionListSchema,
  RegionParamsSchema,
  RegionSearchQuerySchema,
} from '@jiandu/contracts/regions';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { RegionService } from './regions.service.ts';

/** Results a search returns at most; a picker narrows with more text rather than paging. */
const SEARCH_LIMIT = 50;

/**
 * Public read endpoints of the region tree: forms and the portal pick regions before anyone signs
 * in, and the codes are public data. Paths are relative to the module prefix `/api/regions`.
 */
export function registerRegionRoutes(app: FastifyInstance, regions: RegionService): void {
  const routes = app.withTypeProvider<ZodTypeProvider>();

  routes.get(
    '',
    {
      schema: {
        tags: ['regions'],
        summary: '检索行政区划',
        description:
          '按名称、全称或代码开头检索, 可限定层级或上级区划; 最多返回 50 条, 名称完全相同的排在前面。',
        querystring: RegionSearchQuerySchema,
        response: { 200: RegionListSchema, 400: ProblemSchema },
      },
      config: { access: 'public' },
    },
    async (request) => {
      const { q, level, parent } = request.query;
      return { items: await regions.search(q ?? '', SEARCH_LIMIT, { level, parent }) };
    },
  );

  routes.get(
    '/:code',
    {
      schema: {
        tags: ['regions'],
        summary: '查看行政区划及其上级',
        params: RegionParamsSchema,
        response: { 200: RegionDetailSchema, 400: ProblemSchema, 404: ProblemSchema },
      },
      config: { access: 'public' },
    },
    async (request) => {
      const region = await regions.get(request.params.code);
      const ancestors = await regions.ancestors(region.code);
      const childCount = await regions.childCount(region.code);
      return { ...region, ancestors, childCount };
    },
  );

  routes.get(
    '/:code/children',
    {
      schema: {
        tags: ['regions'],
        summary: '列出直接下级行政区划',
        params: RegionParamsSchema,
        response: { 200: RegionListSchema, 400: ProblemSchema, 404: ProblemSchema },
      },
      config: { access: 'public' },
    },
    async (request) => ({ items: await regions.children(request.params.code) }),
  );
}
