import {
  NoticeListQuerySchema,
  NoticeResponseCreateSchema,
  NoticeSchema,
  NoticeVerdictSchema,
  ObjectionCreateSchema,
  ObjectionDecisionSchema,
} from '@jiandu/contracts/matters';
import { PageQuerySchema, pageOf } from '@jiandu/contracts/paging';
import { ProblemSchema } from '@jiandu/contracts/problem';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { userOf } from '../../platform/http/guard.ts';
import type { NoticeService } from './notices.service.ts';

const errors = {
  400: ProblemSchema,
  401: ProblemSchema,
  403: ProblemSchema,
  404: ProblemSchema,
  409: ProblemSchema,
};
const read = { access: { permission: 'matter.read' as const } };
const respond = { access: { permission: 'matter.respond' as const } };
const handle = { access: { permission: 'matter.handle' as const } };
const Params = z.object({ id: z.string().min(1).max(40) });

/**
 * Supervision notices (/api/notices): the agency's inbox, receipt, answers and objections; the
 * supervisor's verification and objection decisions; the issued PDF and DOCX.
 */
export function registerNoticeRoutes(app: FastifyInstance, notices: NoticeService): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['matters'];
  r.get(
    '/',
    {
      schema: {
        tags,
        summary: '监督文书 (执法机关的收文; 监督机构的发文), 新的在前',
        querystring: NoticeListQuerySchema.extend(PageQuerySchema.shape),
        response: { 200: pageOf(NoticeSchema), ...errors },
      },
      config: read,
    },
    async (request) => {
      const { page, pageSize, sort, order, ...filter } = request.query;
      return notices.inbox(userOf(request), filter, { page, pageSize, sort, order });
    },
  );
  r.get(
    '/:id',
    {
      schema: { tags, summary: '监督文书详情', params: Params, response: { 200: NoticeSchema, ...errors } },
      config: read,
    },
    async (request) => notices.get(userOf(request), request.params.id),
  );
  r.get(
    '/:id/document.:format',
    {
      schema: {
        tags,
        summary: '下载制发的监督文书 (PDF 或 DOCX, 与制发时一致)',
        params: Params.extend({ format: z.enum(['pdf', 'docx'], { message: '格式应为 pdf 或 docx' }) }),
      },
      config: read,
    },
    async (request, reply) => {
      const file = await notices.document(userOf(request), request.params.id, request.params.format);
      return reply
        .header(
          'content-disposition',
          `attachment; filename="notice.${request.params.format}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
        )
        .type(file.contentType)
        .send(file.stream);
    },
  );
  r.post(
    '/:id/receive',
    {
      schema: { tags, summary: '签收 (回执)', params: Params, response: { 200: NoticeSchema, ...errors } },
      config: respond,
    },
    async (request) => notices.receive(userOf(request), request.params.id),
  );
  r.post(
    '/:id/responses',
    {
      schema: {
        tags,
        summary: '报送整改方案、进展或整改完成报告',
        params: Params,
        body: NoticeResponseCreateSchema,
        response: { 200: NoticeSchema, ...errors },
      },
      config: respond,
    },
    async (request) => notices.respond(userOf(request), request.params.id, request.body),
  );
  r.post(
    '/:id/verdict',
    {
      schema: {
        tags,
        summary: '核查整改报告: 通过或退回',
        params: Params,
        body: NoticeVerdictSchema,
        response: { 200: NoticeSchema, ...errors },
      },
      config: handle,
    },
    async (request) => notices.judge(userOf(request), request.params.id, request.body),
  );
  r.post(
    '/:id/objections',
    {
      schema: {
        tags,
        summary: '申请复查 (异议)',
        params: Params,
        body: ObjectionCreateSchema,
        response: { 200: NoticeSchema, ...errors },
      },
      config: respond,
    },
    async (request) => notices.object(userOf(request), request.params.id, request.body),
  );
  r.post(
    '/:id/objection-decision',
    {
      schema: {
        tags,
        summary: '作出复查决定',
        params: Params,
        body: ObjectionDecisionSchema,
        response: { 200: NoticeSchema, ...errors },
      },
      config: handle,
    },
    async (request) => notices.decide(userOf(request), request.params.id, request.body),
  );
}
