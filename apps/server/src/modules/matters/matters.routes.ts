import {
  EscalationCreateSchema,
  MatterAssignSchema,
  MatterCloseSchema,
  MatterCreateSchema,
  MatterDeskSchema,
  MatterDetailSchema,
  MatterListQuerySchema,
  MatterRecordCreateSchema,
  MatterSummarySchema,
  NoticeIssueSchema,
  NoticeSchema,
  SupervisorCandidateSchema,
} from '@jiandu/contracts/matters';
import { PageQuerySchema, pageOf } from '@jiandu/contracts/paging';
import { ProblemSchema } from '@jiandu/contracts/problem';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { sendXlsx } from '../../platform/files/download.ts';
import { userOf } from '../../platform/http/guard.ts';
import type { MatterService } from './matters.service.ts';
import { MATTER_EXPORT_COLUMNS } from './matters-export.ts';
import type { NoticeService } from './notices.service.ts';

const errors = {
  400: ProblemSchema,
  401: ProblemSchema,
  403: ProblemSchema,
  404: ProblemSchema,
  409: ProblemSchema,
};
const read = { access: { permission: 'matter.read' as const } };
const handle = { access: { permission: 'matter.handle' as const } };
const Params = z.object({ id: z.string().min(1).max(40) });

/** Supervision matters (/api/matters): list, desk, export, opening, investigation, notices, closing. */
export function registerMatterRoutes(
  app: FastifyInstance,
  matters: MatterService,
  notices: NoticeService,
): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['matters'];
  r.get(
    '/',
    {
      schema: {
        tags,
        summary: '监督事项 (数据范围内, 急办在前)',
        querystring: MatterListQuerySchema.extend(PageQuerySchema.shape),
        response: { 200: pageOf(MatterSummarySchema), ...errors },
      },
      config: read,
    },
    async (request) => {
      const { page, pageSize, sort, order, ...filter } = request.query;
      return matters.list(userOf(request), filter, { page, pageSize, sort, order });
    },
  );
  r.get(
    '/desk',
    {
      schema: {
        tags,
        summary: '监督工作台: 待办、临期、逾期、待核查与待复查',
        response: { 200: MatterDeskSchema, ...errors },
      },
      config: read,
    },
    async (request) => matters.desk(userOf(request)),
  );
  r.get(
    '/export',
    {
      schema: { tags, summary: '导出监督事项 (xlsx, 最多 20,000 条)', querystring: MatterListQuerySchema },
      config: read,
    },
    async (request, reply) =>
      sendXlsx(
        reply,
        '监督事项',
        MATTER_EXPORT_COLUMNS,
        await matters.listAll(userOf(request), request.query),
      ),
  );
  r.post(
    '/',
    {
      schema: {
        tags,
        summary: '立项 (由预警、投诉、计划任务、专项监督、案卷评查或直接立项)',
        body: MatterCreateSchema,
        response: { 201: MatterDetailSchema, ...errors },
      },
      config: handle,
    },
    async (request, reply) => reply.code(201).send(await matters.open(userOf(request), request.body)),
  );
  r.get(
    '/:id',
    {
      schema: {
        tags,
        summary: '监督事项详情',
        params: Params,
        response: { 200: MatterDetailSchema, ...errors },
      },
      config: read,
    },
    async (request) => matters.detail(userOf(request), request.params.id),
  );
  r.get(
    '/:id/supervisor-candidates',
    {
      schema: {
        tags,
        summary: '可指派的监督人员 (本监督机构持有效监督证者)',
        params: Params,
        response: { 200: z.array(SupervisorCandidateSchema), ...errors },
      },
      config: handle,
    },
    async (request) => matters.candidates(userOf(request), request.params.id),
  );
  r.post(
    '/:id/supervisors',
    {
      schema: {
        tags,
        summary: '指派监督人员 (两人以上, 持有效监督证)',
        params: Params,
        body: MatterAssignSchema,
        response: { 200: MatterDetailSchema, ...errors },
      },
      config: handle,
    },
    async (request) => matters.assign(userOf(request), request.params.id, request.body.officerIds),
  );
  r.post(
    '/:id/records',
    {
      schema: {
        tags,
        summary: '记录调查情况与证据',
        params: Params,
        body: MatterRecordCreateSchema,
        response: { 200: MatterDetailSchema, ...errors },
      },
      config: handle,
    },
    async (request) => matters.addRecord(userOf(request), request.params.id, request.body),
  );
  r.post(
    '/:id/notices',
    {
      schema: {
        tags,
        summary: '制发监督文书 (生成 PDF 与 DOCX, 送达执法机关)',
        params: Params,
        body: NoticeIssueSchema,
        response: { 201: NoticeSchema, ...errors },
      },
      config: handle,
    },
    async (request, reply) =>
      reply.code(201).send(await notices.issue(userOf(request), request.params.id, request.body)),
  );
  r.post(
    '/:id/escalations',
    {
      schema: {
        tags,
        summary: '记录约谈或通报 (升级督办)',
        params: Params,
        body: EscalationCreateSchema,
        response: { 200: MatterDetailSchema, ...errors },
      },
      config: handle,
    },
    async (request) => matters.escalate(userOf(request), request.params.id, request.body),
  );
  r.post(
    '/:id/close',
    {
      schema: {
        tags,
        summary: '办结 (须有调查记录, 文书均已核查)',
        params: Params,
        body: MatterCloseSchema,
        response: { 200: MatterDetailSchema, ...errors },
      },
      config: handle,
    },
    async (request) => matters.close(userOf(request), request.params.id, request.body),
  );
}
