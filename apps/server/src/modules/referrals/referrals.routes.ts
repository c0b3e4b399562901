import { PageQuerySchema, pageOf } from '@jiandu/contracts/paging';
import { ProblemSchema } from '@jiandu/contracts/problem';
import type { ReferralDetail } from '@jiandu/contracts/referrals';
import {
  ReferralApprovalSchema,
  ReferralCloseSchema,
  ReferralDetailSchema,
  ReferralDraftSchema,
  ReferralFeedbackSchema,
  ReferralHandoverSchema,
  ReferralListQuerySchema,
  ReferralReceiptSchema,
  ReferralReviewDecisionSchema,
  ReferralReviewRequestSchema,
  ReferralSendSchema,
  ReferralSummarySchema,
} from '@jiandu/contracts/referrals';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { sendXlsx } from '../../platform/files/download.ts';
import { userOf } from '../../platform/http/guard.ts';
import type { ReferralService } from './referrals.service.ts';
import { REFERRAL_EXPORT_COLUMNS } from './referrals-export.ts';

const errors = {
  400: ProblemSchema,
  401: ProblemSchema,
  403: ProblemSchema,
  404: ProblemSchema,
  409: ProblemSchema,
};
type Access = { access: { permission: 'referral.read' | 'referral.manage' | 'referral.approve' } };
const read: Access = { access: { permission: 'referral.read' } };
const manage: Access = { access: { permission: 'referral.manage' } };
const approve: Access = { access: { permission: 'referral.approve' } };
const Params = z.object({ id: z.string().min(1).max(40) });

/**
 * Referrals (/api/referrals): list, export, drafting, approval, sending, receipt, feedback,
 * reconsideration and filing supervision after a refusal to file, handover, closing.
 */
export function registerReferralRoutes(app: FastifyInstance, referrals: ReferralService): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['referrals'];
  const step = <S extends z.ZodType>(
    path: string,
    summary: string,
    body: S | null,
    config: Access,
    run: (id: string, body: z.output<S>, request: Parameters<typeof userOf>[0]) => Promise<ReferralDetail>,
  ) =>
    r.post(
      path,
      {
        schema: {
          tags,
          summary,
          params: Params,
          ...(body ? { body } : {}),
          response: { 200: ReferralDetailSchema, ...errors },
        },
        config,
      },
      async (request) => run(request.params.id, request.body as z.output<S>, request),
    );
  r.get(
    '/',
    {
      schema: {
        tags,
        summary: '线索移送 (数据范围内, 期限临近的在前)',
        querystring: ReferralListQuerySchema.extend(PageQuerySchema.shape),
        response: { 200: pageOf(ReferralSummarySchema), ...errors },
      },
      config: read,
    },
    async (request) => {
      const { page, pageSize, sort, order, ...filter } = request.query;
      return referrals.list(userOf(request), filter, { page, pageSize, sort, order });
    },
  );
  r.get(
    '/export',
    {
      schema: { tags, summary: '导出线索移送 (xlsx, 最多 20,000 条)', querystring: ReferralListQuerySchema },
      config: read,
    },
    async (request, reply) =>
      sendXlsx(
        reply,
        '线索移送',
        REFERRAL_EXPORT_COLUMNS,
        await referrals.listAll(userOf(request), request.query),
      ),
  );
  r.post(
    '/',
    {
      schema: {
        tags,
        summary: '起草线索移送',
        body: ReferralDraftSchema,
        response: { 201: ReferralDetailSchema, ...errors },
      },
      config: manage,
    },
    async (request, reply) => reply.code(201).send(await referrals.create(userOf(request), request.body)),
  );
  r.get(
    '/:id',
    {
      schema: {
        tags,
        summary: '线索移送详情',
        params: Params,
        response: { 200: ReferralDetailSchema, ...errors },
      },
      config: read,
    },
    async (request) => referrals.detail(userOf(request), request.params.id),
  );
  r.put(
    '/:id',
    {
      schema: {
        tags,
        summary: '修改起草中的移送',
        params: Params,
        body: ReferralDraftSchema,
        response: { 200: ReferralDetailSchema, ...errors },
      },
      config: manage,
    },
    async (request) => referrals.update(userOf(request), request.params.id, request.body),
  );
  step('/:id/submit', '提交机关负责人审批', null, manage, (id, _b, req) => referrals.submit(userOf(req), id));
  step(
    '/:id/approval',
    '负责人审批: 批准或不予批准 (写明理由)',
    ReferralApprovalSchema,
    approve,
    (id, body, req) => referrals.decide(userOf(req), id, body),
  );
  step('/:id/send', '移送 (编号并生成移送书)', ReferralSendSchema, manage, (id, body, req) =>
    referrals.send(userOf(req), id, body),
  );
  step('/:id/receipt', '登记接收回执', ReferralReceiptSchema, manage, (id, body, req) =>
    referrals.receive(userOf(req), id, body),
  );
  step('/:id/feedback', '登记接收机关的处理结果', ReferralFeedbackSchema, manage, (id, body, req) =>
    referrals.feedback(userOf(req), id, body),
  );
  step(
    '/:id/reconsideration',
    '提请公安机关复议不予立案决定 (接到通知书之日起3日内, 规定第九条)',
    ReferralReviewRequestSchema,
    manage,
    (id, body, req) => referrals.requestReview(userOf(req), id, 'reconsideration', body),
  );
  step(
    '/:id/reconsideration/decision',
    '登记公安机关的复议决定 (立案或维持不予立案)',
    ReferralReviewDecisionSchema,
    manage,
    (id, body, req) => referrals.decideReview(userOf(req), id, 'reconsideration', body),
  );
  step(
    '/:id/supervision',
    '建议人民检察院立案监督 (不予立案或复议决定通知书收到之日起3日内, 规定第九条)',
    ReferralReviewRequestSchema,
    manage,
    (id, body, req) => referrals.requestReview(userOf(req), id, 'supervision', body),
  );
  step(
    '/:id/supervision/result',
    '登记立案监督结果 (公安机关立案或检察院认为不立案理由成立)',
    ReferralReviewDecisionSchema,
    manage,
    (id, body, req) => referrals.decideReview(userOf(req), id, 'supervision', body),
  );
  step(
    '/:id/handover',
    '登记移交涉案物品与材料 (公安机关立案后3日内)',
    ReferralHandoverSchema,
    manage,
    (id, body, req) => referrals.handover(userOf(req), id, body),
  );
  step('/:id/close', '办结', ReferralCloseSchema, manage, (id, body, req) =>
    referrals.close(userOf(req), id, body),
  );
}
