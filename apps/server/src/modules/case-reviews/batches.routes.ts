import {
  BatchCreateSchema,
  BatchDetailSchema,
  BatchListQuerySchema,
  BatchResultsSchema,
  BatchSummarySchema,
  SampleCheckSchema,
  SamplePreviewSchema,
  SampleSchema,
} from '@jiandu/contracts/case-reviews';
import { PageQuerySchema, pageOf } from '@jiandu/contracts/paging';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { sendXlsx } from '../../platform/files/download.ts';
import { userOf } from '../../platform/http/guard.ts';
import type { BatchService } from './batches.service.ts';
import { FILE_EXPORT_COLUMNS } from './case-reviews-export.ts';
import type { ResultService } from './results.service.ts';
import { IdParams, manageAccess, readAccess, reviewErrors, tags } from './route-common.ts';

/** Batches (评查批次): list, sampling preview, create, one batch, re-run the draw, publish, results. */
export function registerBatchRoutes(
  app: FastifyInstance,
  batches: BatchService,
  results: ResultService,
): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/batches',
    {
      schema: {
        tags,
        summary: '评查批次 (组织单位在数据范围内)',
        querystring: BatchListQuerySchema.extend(PageQuerySchema.shape),
        response: { 200: pageOf(BatchSummarySchema), ...reviewErrors },
      },
      config: readAccess,
    },
    async (request) => {
      const { page, pageSize, sort, order, ...filter } = request.query;
      return batches.list(userOf(request), filter, { page, pageSize, sort, order });
    },
  );
  r.post(
    '/batches/preview',
    {
      schema: {
        tags,
        summary: '抽取预览 (不保存): 按随机种子分层抽取已结案案件',
        body: SamplePreviewSchema,
        response: { 200: SampleSchema, ...reviewErrors },
      },
      config: manageAccess,
    },
    async (request) => batches.preview(userOf(request), request.body),
  );
  r.post(
    '/batches',
    {
      schema: {
        tags,
        summary: '建立评查批次并抽取案卷 (记录随机种子)',
        body: BatchCreateSchema,
        response: { 201: BatchDetailSchema, ...reviewErrors },
      },
      config: manageAccess,
    },
    async (request, reply) => reply.code(201).send(await batches.create(userOf(request), request.body)),
  );
  r.get(
    '/batches/:id',
    {
      schema: {
        tags,
        summary: '评查批次详情: 抽取结果、评查人员、进度',
        params: IdParams,
        response: { 200: BatchDetailSchema, ...reviewErrors },
      },
      config: readAccess,
    },
    async (request) => batches.detail(userOf(request), request.params.id),
  );
  r.post(
    '/batches/:id/verify-sample',
    {
      schema: {
        tags,
        summary: '复核抽样: 以原随机种子和规则重新抽取并比对',
        params: IdParams,
        response: { 200: SampleCheckSchema, ...reviewErrors },
      },
      config: manageAccess,
    },
    async (request) => batches.verify(userOf(request), request.params.id),
  );
  r.post(
    '/batches/:id/publish',
    {
      schema: {
        tags,
        summary: '发布评查结果 (被评查单位可查看并反馈)',
        params: IdParams,
        response: { 200: BatchDetailSchema, ...reviewErrors },
      },
      config: manageAccess,
    },
    async (request) => batches.publish(userOf(request), request.params.id),
  );
  r.get(
    '/batches/:id/results',
    {
      schema: {
        tags,
        summary: '评查结果: 每件案卷及按单位统计 (平均分、等次、合格率)',
        params: IdParams,
        response: { 200: BatchResultsSchema, ...reviewErrors },
      },
      config: readAccess,
    },
    async (request) => results.results(userOf(request), request.params.id),
  );
  r.get(
    '/batches/:id/results/export',
    { schema: { tags, summary: '导出评查结果 (xlsx)', params: IdParams }, config: readAccess },
    async (request, reply) => {
      const found = await results.results(userOf(request), request.params.id);
      return sendXlsx(reply, `案卷评查结果-${found.batch.name}`, FILE_EXPORT_COLUMNS, found.files);
    },
  );
}
