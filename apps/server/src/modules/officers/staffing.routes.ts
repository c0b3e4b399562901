import {
  StaffingListQuerySchema,
  StaffingSchema,
  StaffingTargetSchema,
  StaffingTargetUpdateSchema,
} from '@jiandu/contracts/officers';
import { PageQuerySchema, pageOf } from '@jiandu/contracts/paging';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { userOf } from '../../platform/http/guard.ts';
import { errors } from './officers.routes.ts';
import type { StaffingService } from './staffing.service.ts';

const RegionParams = z.object({
  regionCode: z.string().regex(/^\d{6}(\d{3})?$/, { message: '行政区划代码应为6位或9位数字' }),
});

/** Staffing figures per agency and the targets they are measured against. */
export function registerStaffingRoutes(app: FastifyInstance, staffing: StaffingService): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const read = { access: { permission: 'officer.read' as const } };

  r.get(
    '/',
    {
      schema: {
        tags: ['staffing'],
        summary: '执法主体人员配备情况 (数据范围内)',
        querystring: StaffingListQuerySchema.extend({
          page: PageQuerySchema.shape.page,
          pageSize: PageQuerySchema.shape.pageSize,
        }),
        response: { 200: pageOf(StaffingSchema), ...errors },
      },
      config: read,
    },
    async (request) => {
      const { page, pageSize, ...filter } = request.query;
      return staffing.list(userOf(request), filter, { page, pageSize });
    },
  );

  r.get(
    '/targets/:regionCode',
    {
      schema: {
        tags: ['staffing'],
        summary: '行政区划适用的人员配备标准 (未单独设置时沿用上级或默认值)',
        params: RegionParams,
        response: { 200: StaffingTargetSchema, ...errors },
      },
      config: read,
    },
    async (request) => staffing.target(request.params.regionCode),
  );

  r.put(
    '/targets/:regionCode',
    {
      schema: {
        tags: ['staffing'],
        summary: '设置行政区划的人员配备标准 (下级沿用)',
        params: RegionParams,
        body: StaffingTargetUpdateSchema,
        response: { 200: StaffingTargetSchema, ...errors },
      },
      config: { access: { permission: 'certificate.manage' as const } },
    },
    async (request) => staffing.setTarget(userOf(request), request.params.regionCode, request.body),
  );

  r.get(
    '/:orgId',
    {
      schema: {
        tags: ['staffing'],
        summary: '一个执法主体的人员配备情况',
        params: z.object({ orgId: z.string().min(1) }),
        response: { 200: StaffingSchema, ...errors },
      },
      config: read,
    },
    async (request) => staffing.get(userOf(request), request.params.orgId),
  );
}
