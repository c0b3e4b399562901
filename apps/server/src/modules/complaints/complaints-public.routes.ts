import {
  ComplaintChallengeSchema,
  ComplaintLimitsSchema,
  ComplaintRateSchema,
  ComplaintReceiptSchema,
  ComplaintReopenSchema,
  ComplaintTrackingSchema,
  PublicComplaintSchema,
} from '@jiandu/contracts/complaints';
import { ProblemSchema } from '@jiandu/contracts/problem';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../../platform/errors.ts';
import type { PublicComplaintService } from './complaints-public.service.ts';

const errors = {
  400: ProblemSchema,
  404: ProblemSchema,
  409: ProblemSchema,
  413: ProblemSchema,
  429: ProblemSchema,
};
const open = { access: 'public' as const };
const Code = z.object({ trackingCode: z.string().trim().min(4).max(40) });

/**
 * The portal's complaint routes (/api/public/complaints), no sign-in: the limits, the challenge,
 * submission (attachments in the JSON body, hence a body limit sized from the configured limits),
 * and tracking by code and password (in the `x-tracking-password` header or the `password` query),
 * rating and reopening.
 */
export function registerPublicComplaintRoutes(
  app: FastifyInstance,
  complaints: PublicComplaintService,
): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['public'];
  r.get(
    '/challenge',
    {
      schema: { tags, summary: '获取投诉验证题', response: { 200: ComplaintChallengeSchema } },
      config: open,
    },
    async (_request, reply) => reply.header('cache-control', 'no-store').send(complaints.challenge()),
  );
  r.get(
    '/limits',
    {
      schema: {
        tags,
        summary: '网上投诉的附件数量、大小和申请重新办理期限',
        response: { 200: ComplaintLimitsSchema },
      },
      config: open,
    },
    async () => complaints.limits(),
  );
  r.post(
    '/',
    {
      bodyLimit: complaints.bodyLimit(),
      schema: {
        tags,
        summary: '提交投诉举报 (实名或匿名; 返回查询码与查询密码)',
        body: PublicComplaintSchema,
        response: { 201: ComplaintReceiptSchema, ...errors },
      },
      config: open,
    },
    async (request, reply) => reply.code(201).send(await complaints.submit(request.body, request.ip)),
  );
  r.get(
    '/:trackingCode',
    {
      schema: {
        tags,
        summary: '凭查询码和查询密码查询办理情况',
        params: Code,
        querystring: z.object({ password: z.string().max(64).optional() }),
        response: { 200: ComplaintTrackingSchema, ...errors },
      },
      config: open,
    },
    async (request, reply) => {
      const header = request.headers['x-tracking-password'];
      const password = (typeof header === 'string' ? header : undefined) ?? request.query.password;
      if (!password)
        throw new AppError('VALIDATION_FAILED', '请输入查询密码', {
          errors: [{ path: 'password', message: '请输入查询密码' }],
        });
      return reply
        .header('cache-control', 'no-store')
        .send(await complaints.track(request.params.trackingCode, password, request.ip));
    },
  );
  r.post(
    '/:trackingCode/rating',
    {
      schema: {
        tags,
        summary: '评价答复',
        params: Code,
        body: ComplaintRateSchema,
        response: { 200: ComplaintTrackingSchema, ...errors },
      },
      config: open,
    },
    async (request) => complaints.rate(request.params.trackingCode, request.body, request.ip),
  );
  r.post(
    '/:trackingCode/reopen',
    {
      schema: {
        tags,
        summary: '对答复不满意, 申请重新办理',
        params: Code,
        body: ComplaintReopenSchema,
        response: { 200: ComplaintTrackingSchema, ...errors },
      },
      config: open,
    },
    async (request) => complaints.reopen(request.params.trackingCode, request.body, request.ip),
  );
}
