import {
  COMPLAINT_SORTS,
  ComplaintAcceptSchema,
  ComplaintAnswerSchema,
  ComplaintCallbackReopenSchema,
  ComplaintCallbackSchema,
  ComplaintCloseSchema,
  ComplaintDeclineSchema,
  type ComplaintDetail,
  ComplaintDetailSchema,
  ComplaintEntrySchema,
  ComplaintExtensionDecisionSchema,
  ComplaintExtensionRequestSchema,
  ComplaintListQuerySchema,
  ComplaintMatterSchema,
  ComplaintRegisteredSchema,
  ComplaintReviewAnswerSchema,
  ComplaintReviewRequestSchema,
  ComplaintSummarySchema,
  ComplaintTransferSchema,
} from '@jiandu/contracts/complaints';
import { MatterDetailSchema } from '@jiandu/contracts/matters';
import { PageQuerySchema, pageOf } from '@jiandu/contracts/paging';
import { ProblemSchema } from '@jiandu/contracts/problem';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { sendXlsx } from '../../platform/files/download.ts';
import { userOf } from '../../platform/http/guard.ts';
import type { ComplaintService } from './complaints.service.ts';
import { COMPLAINT_EXPORT_COLUMNS } from './complaints-export.ts';

const errors = {
  400: ProblemSchema,
  401: ProblemSchema,
  403: ProblemSchema,
  404: ProblemSchema,
  409: ProblemSchema,
};
type Access = { access: { permission: 'complaint.read' | 'complaint.handle' | 'complaint.approve' } };
const read: Access = { access: { permission: 'complaint.read' } };
const handle: Access = { access: { permission: 'complaint.handle' } };
const approve: Access = { access: { permission: 'complaint.approve' } };
const Params = z.object({ id: z.string().min(1).max(40) });

/** Complaints in the console (/api/complaints): entry, list, export, detail and every loop step. */
export function registerComplaintRoutes(app: FastifyInstance, complaints: ComplaintService): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['complaints'];
  const step = <S extends z.ZodType>(
    path: string,
    summary: string,
    body: S,
    config: Access,
    run: (id: string, body: z.output<S>, request: Parameters<typeof userOf>[0]) => Promise<ComplaintDetail>,
  ) =>
    r.post(
      path,
      {
        schema: { tags, summary, params: Params, body, response: { 200: ComplaintDetailSchema, ...errors } },
        config,
      },
      async (request) => run(request.params.id, request.body as z.output<S>, request),
    );
  r.get(
    '/',
    {
      schema: {
        tags,
        summary: '投诉举报 (数据范围内, 期限临近的在前)',
        querystring: ComplaintListQuerySchema.extend(PageQuerySchema.shape).extend({
          sort: z.enum(COMPLAINT_SORTS).optional(),
        }),
        response: { 200: pageOf(ComplaintSummarySchema), ...errors },
      },
      config: read,
    },
    async (request) => {
      const { page, pageSize, sort, order, ...filter } = request.query;
      return complaints.list(userOf(request), filter, { page, pageSize, sort, order });
    },
  );
  r.get(
    '/export',
    {
      schema: { tags, summary: '导出投诉举报 (xlsx, 不含个人信息)', querystring: ComplaintListQuerySchema },
      config: read,
    },
    async (request, reply) =>
      sendXlsx(
        reply,
        '投诉举报',
        COMPLAINT_EXPORT_COLUMNS,
        await complaints.listAll(userOf(request), request.query),
      ),
  );
  r.post(
    '/',
    {
      schema: {
        tags,
        summary: '登记电话、来信、来访或信访转办的投诉举报',
        body: ComplaintEntrySchema,
        response: { 201: ComplaintRegisteredSchema, ...errors },
      },
      config: handle,
    },
    async (request, reply) => reply.code(201).send(await complaints.register(userOf(request), request.body)),
  );
  r.get(
    '/:id',
    {
      schema: {
        tags,
        summary: '投诉举报详情',
        params: Params,
        response: { 200: ComplaintDetailSchema, ...errors },
      },
      config: read,
    },
    async (request) => complaints.detail(userOf(request), request.params.id),
  );
  step('/:id/accept', '受理', ComplaintAcceptSchema, handle, (id, body, req) =>
    complaints.accept(userOf(req), id, body.note),
  );
  step(
    '/:id/decline',
    '不予受理 (写明理由; 属于行政复议、行政诉讼事项的告知途径和期限)',
    ComplaintDeclineSchema,
    handle,
    (id, body, req) => complaints.decline(userOf(req), id, body),
  );
  step('/:id/transfer', '转有权处理的单位办理', ComplaintTransferSchema, handle, (id, body, req) =>
    complaints.transfer(userOf(req), id, body),
  );
  step('/:id/extension', '申请延期答复', ComplaintExtensionRequestSchema, handle, (id, body, req) =>
    complaints.requestExtension(userOf(req), id, body),
  );
  step(
    '/:id/extension/decision',
    '审批延期 (批准或不予批准)',
    ComplaintExtensionDecisionSchema,
    approve,
    (id, body, req) => complaints.decideExtension(userOf(req), id, body),
  );
  for (const [level, label] of [
    ['review', '复查'],
    ['recheck', '复核'],
  ] as const) {
    step(
      `/:id/${level}`,
      `登记信访人的${label}请求 (信访工作条例第${level === 'review' ? '三十五' : '三十六'}条)`,
      ComplaintReviewRequestSchema,
      handle,
      (id, body, req) => complaints.requestReview(userOf(req), id, level, body),
    );
    step(
      `/:id/${level}/answer`,
      `作出${label}意见 (${label}机关)`,
      ComplaintReviewAnswerSchema,
      handle,
      (id, body, req) => complaints.answerReview(userOf(req), id, level, body),
    );
  }
  step('/:id/answer', '答复投诉人', ComplaintAnswerSchema, handle, (id, body, req) =>
    complaints.answer(userOf(req), id, body),
  );
  step('/:id/close', '办结', ComplaintCloseSchema, handle, (id, body, req) =>
    complaints.close(userOf(req), id, body.note),
  );
  step(
    '/:id/callback',
    '回访 (无门户的渠道: 记录评价或无法联系)',
    ComplaintCallbackSchema,
    handle,
    (id, body, req) => complaints.callback(userOf(req), id, body),
  );
  step(
    '/:id/callback/reopen',
    '回访不满意, 代投诉人申请重新办理',
    ComplaintCallbackReopenSchema,
    handle,
    (id, body, req) => complaints.reopenAtCallback(userOf(req), id, body),
  );
  r.post(
    '/:id/matter',
    {
      schema: {
        tags,
        summary: '转立监督事项',
        params: Params,
        body: ComplaintMatterSchema,
        response: { 201: MatterDetailSchema, ...errors },
      },
      config: handle,
    },
    async (request, reply) =>
      reply.code(201).send(await complaints.openMatter(userOf(request), request.params.id, request.body)),
  );
  r.get(
    '/:id/attachments/:sha256',
    {
      schema: {
        tags,
        summary: '下载投诉附件 (每次下载记入审计日志)',
        params: Params.extend({
          sha256: z.string().regex(/^[0-9a-fA-F]{64}$/, { message: 'SHA-256 须为 64 位十六进制' }),
        }),
      },
      config: read,
    },
    async (request, reply) => {
      const file = await complaints.download(userOf(request), request.params.id, request.params.sha256);
      return reply
        .header(
          'content-disposition',
          `attachment; filename="attachment"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
        )
        .type(file.contentType)
        .send(file.stream);
    },
  );
}
