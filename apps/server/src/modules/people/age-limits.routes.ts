import { AgeLimitSchema, AgeLimitUpdateSchema } from '@jiandu/contracts/people';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { userOf } from '../../platform/http/guard.ts';
import type { SupervisorAgeLimitService } from './age-limits.service.ts';
import { peopleErrors } from './supervisors.routes.ts';

const RegionParams = z.object({
  regionCode: z.string().regex(/^\d{6}(\d{3})?$/, { message: '行政区划代码应为6位或9位数字' }),
});
const tags = ['people'];

/** Age limits for invited supervisors per region: list, effective value, set, clear. */
export function registerAgeLimitRoutes(app: FastifyInstance, limits: SupervisorAgeLimitService): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/age-limits',
    {
      schema: {
        tags,
        summary: '已单独设置年龄条件的行政区划',
        response: { 200: z.array(AgeLimitSchema), ...peopleErrors },
      },
      config: { access: { permission: 'pool.read' } },
    },
    async () => limits.list(),
  );

  r.get(
    '/age-limits/:regionCode',
    {
      schema: {
        tags,
        summary: '某行政区划适用的年龄条件 (本级、上级或默认)',
        params: RegionParams,
        response: { 200: AgeLimitSchema, ...peopleErrors },
      },
      config: { access: { permission: 'pool.read' } },
    },
    async (request) => limits.effective(request.params.regionCode),
  );

  r.put(
    '/age-limits/:regionCode',
    {
      schema: {
        tags,
        summary: '设置本行政区划的年龄条件',
        params: RegionParams,
        body: AgeLimitUpdateSchema,
        response: { 200: AgeLimitSchema, ...peopleErrors },
      },
      config: { access: { permission: 'pool.write' } },
    },
    async (request) => limits.set(userOf(request), request.params.regionCode, request.body),
  );

  r.delete(
    '/age-limits/:regionCode',
    {
      schema: {
        tags,
        summary: '取消本级设置, 恢复沿用上级或默认',
        params: RegionParams,
        response: { 200: AgeLimitSchema, ...peopleErrors },
      },
      config: { access: { permission: 'pool.write' } },
    },
    async (request) => limits.clear(userOf(request), request.params.regionCode),
  );
}
