import { ComplaintStatisticsQuerySchema, ComplaintStatisticsSchema } from '@jiandu/contracts/complaints';
import { ProblemSchema } from '@jiandu/contracts/problem';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { sendXlsx } from '../../platform/files/download.ts';
import { userOf } from '../../platform/http/guard.ts';
import type { ComplaintService } from './complaints.service.ts';
import { statisticsWorkbook } from './complaints-statistics-export.ts';

const read = { access: { permission: 'complaint.read' as const } };

/** Complaint statistics (/api/complaints/statistics) within the user's scope, as JSON or a workbook. */
export function registerComplaintStatisticsRoutes(app: FastifyInstance, complaints: ComplaintService): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['complaints'];
  r.get(
    '/statistics',
    {
      schema: {
        tags,
        summary: '投诉举报统计 (按渠道、类别、被投诉单位; 办理时效; 满意度)',
        querystring: ComplaintStatisticsQuerySchema,
        response: {
          200: ComplaintStatisticsSchema,
          400: ProblemSchema,
          401: ProblemSchema,
          403: ProblemSchema,
        },
      },
      config: read,
    },
    async (request) => complaints.statistics(userOf(request), request.query),
  );
  r.get(
    '/statistics/export',
    {
      schema: {
        tags,
        summary: '导出投诉举报统计 (xlsx, 每种分类一个工作表)',
        querystring: ComplaintStatisticsQuerySchema,
      },
      config: read,
    },
    async (request, reply) =>
      sendXlsx(
        reply,
        '投诉举报统计',
        null,
        await statisticsWorkbook(await complaints.statistics(userOf(request), request.query)),
      ),
  );
}
