import { PageQuerySchema, pageOf } from '@jiandu/contracts/paging';
import { ProblemSchema } from '@jiandu/contracts/problem';
import {
  WARNING_SORTS,
  WarningAcknowledgeManySchema,
  WarningAcknowledgeSchema,
  WarningBulkResultSchema,
  WarningContestSchema,
  WarningCountsSchema,
  WarningDetailSchema,
  WarningDismissSchema,
  WarningListQuerySchema,
  WarningSummarySchema,
} from '@jiandu/contracts/warnings';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { sendXlsx } from '../../platform/files/download.ts';
import { userOf } from '../../platform/http/guard.ts';
import type { WarningService } from './warnings.service.ts';
import { WARNING_EXPORT_COLUMNS } from './warnings-export.ts';

const errors = {
  400: ProblemSchema,
  401: ProblemSchema,
  403: ProblemSchema,
  404: ProblemSchema,
  409: ProblemSchema,
};
const read = { access: { permission: 'warning.read' as const } };
const handle = { access: { permission: 'warning.handle' as const } };
const WarningParams = z.object({ id: z.string().min(1).max(40) });

/** The warning centre (/api/warnings): list, counts, export, one warning and its lifecycle actions. */
export function registerWarningRoutes(app: FastifyInstance, warnings: WarningService): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['warnings'];
  r.get(
    '/',
    {
      schema: {
        tags,
        summary: '监督预警 (数据范围内)',
        querystring: WarningListQuerySchema.extend(PageQuerySchema.shape).extend({
          sort: z.enum(WARNING_SORTS).optional(),
        }),
        response: { 200: pageOf(WarningSummarySchema), ...errors },
      },
      config: read,
    },
    async (request) => {
      const { page, pageSize, sort, order, ...filter } = request.query;
      return warnings.list(userOf(request), filter, { page, pageSize, sort, order });
    },
  );
  r.get(
    '/counts',
    {
      schema: {
        tags,
        summary: '按规则、严重程度、状态统计符合筛选条件的预警',
        querystring: WarningListQuerySchema,
        response: { 200: WarningCountsSchema, ...errors },
      },
      config: read,
    },
    async (request) => warnings.counts(userOf(request), request.query),
  );
  r.get(
    '/export',
    {
      schema: { tags, summary: '导出监督预警 (xlsx, 最多 20,000 条)', querystring: WarningListQuerySchema },
      config: read,
    },
    async (request, reply) =>
      sendXlsx(
        reply,
        '监督预警',
        WARNING_EXPORT_COLUMNS,
        await warnings.listAll(userOf(request), request.query),
      ),
  );
  r.post(
    '/acknowledge',
    {
      schema: {
        tags,
        summary: '批量确认预警 (只确认待处理且在处理范围内的, 其余列出原因)',
        body: WarningAcknowledgeManySchema,
        response: { 200: WarningBulkResultSchema, ...errors },
      },
      config: handle,
    },
    async (request) => warnings.acknowledgeMany(userOf(request), request.body),
  );
  r.get(
    '/:id',
    {
      schema: {
        tags,
        summary: '预警详情: 事实、参数、依据与处理记录',
        params: WarningParams,
        response: { 200: WarningDetailSchema, ...errors },
      },
      config: read,
    },
    async (request) => warnings.detail(userOf(request), request.params.id),
  );
  r.post(
    '/:id/acknowledge',
    {
      schema: {
        tags,
        summary: '确认预警',
        params: WarningParams,
        body: WarningAcknowledgeSchema,
        response: { 200: WarningDetailSchema, ...errors },
      },
      config: handle,
    },
    async (request) => warnings.acknowledge(userOf(request), request.params.id, request.body.note),
  );
  r.post(
    '/:id/dismiss',
    {
      schema: {
        tags,
        summary: '排除预警 (误报, 或情况属实但有正当理由), 须说明理由',
        params: WarningParams,
        body: WarningDismissSchema,
        response: { 200: WarningDetailSchema, ...errors },
      },
      config: handle,
    },
    async (request) => warnings.dismiss(userOf(request), request.params.id, request.body),
  );
  r.post(
    '/:id/contest',
    {
      schema: {
        tags,
        summary: '执法机关对本机关的预警提出异议',
        params: WarningParams,
        body: WarningContestSchema,
        response: { 200: WarningDetailSchema, ...errors },
      },
      config: { access: { permission: 'warning.contest' } },
    },
    async (request) => warnings.contest(userOf(request), request.params.id, request.body),
  );
}
