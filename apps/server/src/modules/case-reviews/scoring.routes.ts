import {
  AgencyFileSchema,
  AgencyFilesQuerySchema,
  AgencyResultSchema,
  AgencyResultsQuerySchema,
  AssignmentDetailSchema,
  MyAssignmentSchema,
  MyAssignmentsQuerySchema,
  ResponseSchema,
  ScoreSheetSchema,
} from '@jiandu/contracts/case-review-scoring';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { sendXlsx } from '../../platform/files/download.ts';
import { userOf } from '../../platform/http/guard.ts';
import type { AgencyResultService } from './agency-results.service.ts';
import { AGENCY_EXPORT_COLUMNS } from './case-reviews-export.ts';
import { IdParams, readAccess, respondAccess, reviewErrors, scoreAccess, tags } from './route-common.ts';
import type { ScoringService } from './scoring.service.ts';

/** 我的评查 (the reviewer's sheets), the agency's results and response, and the yearly figures. */
export function registerScoringRoutes(
  app: FastifyInstance,
  scoring: ScoringService,
  agency: AgencyResultService,
): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/my-assignments',
    {
      schema: {
        tags,
        summary: '我的评查: 分配给本人的案卷',
        querystring: MyAssignmentsQuerySchema,
        response: { 200: z.array(MyAssignmentSchema), ...reviewErrors },
      },
      config: scoreAccess,
    },
    async (request) => scoring.mine(userOf(request), request.query.status),
  );
  r.get(
    '/assignments/:id',
    {
      schema: {
        tags,
        summary: '评查任务: 评查标准、评分表与案卷 (个人信息脱敏)',
        params: IdParams,
        response: { 200: AssignmentDetailSchema, ...reviewErrors },
      },
      config: scoreAccess,
    },
    async (request) => scoring.get(userOf(request), request.params.id),
  );
  r.put(
    '/assignments/:id',
    {
      schema: {
        tags,
        summary: '暂存评分',
        params: IdParams,
        body: ScoreSheetSchema,
        response: { 200: AssignmentDetailSchema, ...reviewErrors },
      },
      config: scoreAccess,
    },
    async (request) => scoring.save(userOf(request), request.params.id, request.body),
  );
  r.post(
    '/assignments/:id/submit',
    {
      schema: {
        tags,
        summary: '提交评分 (提交后不能修改)',
        params: IdParams,
        body: ScoreSheetSchema,
        response: { 200: AssignmentDetailSchema, ...reviewErrors },
      },
      config: scoreAccess,
    },
    async (request) => scoring.submit(userOf(request), request.params.id, request.body),
  );
  r.get(
    '/agency-files',
    {
      schema: {
        tags,
        summary: '本机关已发布的评查结果',
        querystring: AgencyFilesQuerySchema,
        response: { 200: z.array(AgencyFileSchema), ...reviewErrors },
      },
      config: respondAccess,
    },
    async (request) => agency.files(userOf(request), request.query.year),
  );
  r.post(
    '/agency-files/:id/response',
    {
      schema: {
        tags,
        summary: '对评查结果反馈意见 (期限内一次)',
        params: IdParams,
        body: ResponseSchema,
        response: { 200: AgencyFileSchema, ...reviewErrors },
      },
      config: respondAccess,
    },
    async (request) => agency.respond(userOf(request), request.params.id, request.body.text),
  );
  r.get(
    '/agency-results',
    {
      schema: {
        tags,
        summary: '年度评查结果 (按执法主体: 评查案卷数、平均分、等次、合格率), 供评议考核使用',
        querystring: AgencyResultsQuerySchema,
        response: { 200: z.array(AgencyResultSchema), ...reviewErrors },
      },
      config: readAccess,
    },
    async (request) => agency.agencyResults(userOf(request), request.query.year, request.query.organizerId),
  );
  r.get(
    '/agency-results/export',
    {
      schema: { tags, summary: '导出年度评查结果 (xlsx)', querystring: AgencyResultsQuerySchema },
      config: readAccess,
    },
    async (request, reply) =>
      sendXlsx(
        reply,
        `案卷评查年度结果-${request.query.year}`,
        AGENCY_EXPORT_COLUMNS,
        await agency.agencyResults(userOf(request), request.query.year, request.query.organizerId),
      ),
  );
}
