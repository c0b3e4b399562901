import type { Readable } from 'node:stream';
import { AttachmentSchema } from '@jiandu/contracts/matters';
import { ProblemSchema } from '@jiandu/contracts/problem';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { userOf } from '../../platform/http/guard.ts';
import type { ReferralService } from './referrals.service.ts';

const errors = {
  400: ProblemSchema,
  401: ProblemSchema,
  403: ProblemSchema,
  404: ProblemSchema,
  409: ProblemSchema,
  413: ProblemSchema,
};
const read = { access: { permission: 'referral.read' as const } };

/**
 * Files of a referral (under /api/referrals): its materials, the receipt and the feedback; uploaded as
 * a raw body of any type, then named in the draft, receipt or feedback; downloaded when named there.
 * Registered in its own scope so only these routes take bodies as streams.
 */
export function registerReferralAttachmentRoutes(app: FastifyInstance, referrals: ReferralService): void {
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', (_request, payload, done) => done(null, payload));
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['referrals'];
  r.post(
    '/:id/attachments',
    {
      schema: {
        tags,
        summary: '上传移送材料、回执或反馈文书 (请求体为文件内容, 最大 100 MB)',
        params: z.object({ id: z.string().min(1).max(40) }),
        querystring: z.object({ fileName: z.string().trim().min(1, { message: '请提供文件名' }).max(200) }),
        response: { 200: AttachmentSchema, ...errors },
      },
      config: read,
    },
    async (request) =>
      referrals.upload(userOf(request), request.params.id, request.body as Readable, {
        fileName: request.query.fileName,
        contentType: String(request.headers['content-type'] ?? 'application/octet-stream').slice(0, 100),
      }),
  );
  r.get(
    '/:id/attachments/:sha256',
    {
      schema: {
        tags,
        summary: '下载附件 (每次下载记入审计日志)',
        params: z.object({
          id: z.string().min(1).max(40),
          sha256: z.string().regex(/^[0-9a-fA-F]{64}$/, { message: 'SHA-256 须为 64 位十六进制' }),
        }),
      },
      config: read,
    },
    async (request, reply) => {
      const file = await referrals.download(userOf(request), request.params.id, request.params.sha256);
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
