import { CaseOpenSchema, CaseRefusedProblemSchema, CaseStageSchema } from '@jiandu/contracts/case-handling';
import {
  CASE_SORTS,
  CaseDetailSchema,
  CaseListQuerySchema,
  CaseSummarySchema,
} from '@jiandu/contracts/cases';
import { PageQuerySchema, pageOf } from '@jiandu/contracts/paging';
import { ProblemSchema } from '@jiandu/contracts/problem';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { DOCX_TYPE } from '../../platform/files/docx.ts';
import { sendFile, sendXlsx } from '../../platform/files/download.ts';
import { userOf } from '../../platform/http/guard.ts';
import type { CaseService } from './cases.service.ts';
import { CASE_EXPORT_COLUMNS } from './cases-export.ts';

const errors = {
  400: ProblemSchema,
  401: ProblemSchema,
  403: ProblemSchema,
  404: ProblemSchema,
  409: ProblemSchema,
  422: CaseRefusedProblemSchema,
};
const read = { access: { permission: 'case.read' as const } };
const write = { access: { permission: 'case.write' as const } };
const CaseParams = z.object({ id: z.string().min(1) });

/** Console routes of enforcement cases: list, export and one case. */
export function registerCaseRoutes(app: FastifyInstance, cases: CaseService): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['cases'];
  r.get(
    '/',
    {
      schema: {
        tags,
        summary: '执法案件 (数据范围内)',
        querystring: CaseListQuerySchema.extend(PageQuerySchema.shape).extend({
          sort: z.enum(CASE_SORTS).optional(),
        }),
        response: { 200: pageOf(CaseSummarySchema), ...errors },
      },
      config: read,
    },
    async (request) => {
      const { page, pageSize, sort, order, ...filter } = request.query;
      return cases.list(userOf(request), filter, { page, pageSize, sort, order });
    },
  );
  r.get(
    '/export',
    {
      schema: { tags, summary: '导出执法案件 (xlsx, 最多 20,000 件)', querystring: CaseListQuerySchema },
      config: read,
    },
    async (request, reply) =>
      sendXlsx(reply, '执法案件', CASE_EXPORT_COLUMNS, await cases.listAll(userOf(request), request.query)),
  );
  r.post(
    '/',
    {
      schema: {
        tags,
        summary: '立案 (在平台办理的案件); 不符合法定条件时拒绝并说明依据',
        body: CaseOpenSchema,
        response: { 201: CaseDetailSchema, ...errors },
      },
      config: write,
    },
    async (request, reply) => reply.code(201).send(await cases.open(userOf(request), request.body)),
  );
  r.post(
    '/:id/stages',
    {
      schema: {
        tags,
        summary: '记录办案环节; 违反法定程序时拒绝 (422) 并列出依据',
        params: CaseParams,
        body: CaseStageSchema,
        response: { 200: CaseDetailSchema, ...errors },
      },
      config: write,
    },
    async (request) => cases.recordStage(userOf(request), request.params.id, request.body),
  );
  r.get(
    '/:id/decision-document',
    {
      schema: {
        tags,
        summary: '下载行政处罚决定书 (docx, 载明行政处罚法第五十九条规定的事项)',
        params: CaseParams,
        response: { 404: ProblemSchema, 422: CaseRefusedProblemSchema },
      },
      config: read,
    },
    async (request, reply) => {
      const { fileName, body } = await cases.decisionDocument(userOf(request), request.params.id);
      return sendFile(reply, fileName, DOCX_TYPE, body);
    },
  );
  r.get(
    '/:id',
    {
      schema: {
        tags,
        summary: '案件详情: 办案环节、期限与版本',
        params: CaseParams,
        response: { 200: CaseDetailSchema, ...errors },
      },
      config: read,
    },
    async (request) => cases.detail(userOf(request), request.params.id),
  );
}
