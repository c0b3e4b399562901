import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { registerAttachmentRoutes, sendStoredFile } from '../../platform/http/attachment-routes.ts';
import { userOf } from '../../platform/http/guard.ts';
import type { ReferralService } from './referrals.service.ts';

/**
 * Files of a referral (under /api/referrals): its materials, the receipt, the feedback and the
 * papers of a reconsideration or supervision request, uploaded as a raw body of any type, then named
 * in a step and downloaded when named there; and the 移送书 as sent. Registered in its own scope so
 * only these routes take bodies as streams.
 */
export function registerReferralAttachmentRoutes(app: FastifyInstance, referrals: ReferralService): void {
  registerAttachmentRoutes(app, {
    tag: 'referrals',
    permission: 'referral.read',
    uploadSummary: '上传移送材料、回执、反馈或复议与立案监督文书',
    upload: (actor, id, body, meta) => referrals.upload(actor, id, body, meta),
    download: (actor, id, sha256) => referrals.download(actor, id, sha256),
  });
  app.withTypeProvider<ZodTypeProvider>().get(
    '/:id/document.:format',
    {
      schema: {
        tags: ['referrals'],
        summary: '下载移送书 (PDF 或 DOCX, 与移送时一致)',
        params: z.object({
          id: z.string().min(1).max(40),
          format: z.enum(['pdf', 'docx'], { message: '格式应为 pdf 或 docx' }),
        }),
      },
      config: { access: { permission: 'referral.read' } },
    },
    async (request, reply) => {
      const { id, format } = request.params;
      return sendStoredFile(
        reply,
        await referrals.document(userOf(request), id, format),
        `referral.${format}`,
      );
    },
  );
}
