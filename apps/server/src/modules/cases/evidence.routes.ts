import type { Readable } from 'node:stream';
import { CaseDetailSchema, EvidenceUploadQuerySchema } from '@jiandu/contracts/cases';
import { ProblemSchema } from '@jiandu/contracts/problem';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { userOf } from '../../platform/http/guard.ts';
import type { CaseService } from './cases.service.ts';

const errors = {
  400: ProblemSchema,
  401: ProblemSchema,
  403: ProblemSchema,
  404: ProblemSchema,
  409: ProblemSchema,
  413: ProblemSchema,
};
const EvidenceParams = z.object({
  id: z.string().min(1),
  sha256: z.string().regex(/^[0-9a-fA-F]{64}$/, { message: 'SHA-256 须为 64 位十六进制' }),
});

/**
 * Evidence files of a case (under /api/cases): upload as a raw streamed body of any type, download,
 * re-verify. Registered in its own scope so only these routes take bodies as streams.
 */
export function registerEvidenceRoutes(app: FastifyInstance, cases: CaseService): void {
  // Files come as whatever type they are (text, JSON, spreadsheets …): no parser may read them first.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', (_request, payload, done) => done(null, payload));
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['cases'];
  r.post(
    '/:id/evidence',
    {
      schema: {
        tags,
        summary: '上传证据文件 (请求体为文件内容, 边接收边计算 SHA-256 和 SM3)',
        params: z.object({ id: z.string().min(1) }),
        querystring: EvidenceUploadQuerySchema,
        response: { 200: CaseDetailSchema, ...errors },
      },
      config: { access: { permission: 'case.write' } },
    },
    async (request) =>
      cases.uploadEvidence(userOf(request), request.params.id, request.body as Readable, {
        ...request.query,
        contentType: String(request.headers['content-type'] ?? 'application/octet-stream').slice(0, 100),
      }),
  );
  r.get(
    '/:id/evidence/:sha256',
    {
      schema: { tags, summary: '下载证据文件 (每次下载记入审计日志)', params: EvidenceParams },
      config: { access: { permission: 'case.read' } },
    },
    async (request, reply) => {
      const file = await cases.downloadEvidence(userOf(request), request.params.id, request.params.sha256);
      return reply
        .header(
          'content-disposition',
          `attachment; filename="evidence"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
        )
        .type(file.contentType)
        .send(file.stream);
    },
  );
  r.post(
    '/:id/evidence/:sha256/verify',
    {
      schema: {
        tags,
        summary: '重新校验证据文件的哈希值',
        params: EvidenceParams,
        response: {
          200: z.object({
            sha256: z.string(),
            status: z.enum(['ok', 'mismatch', 'missing']),
            detail: z.string().nullable(),
            verifiedAt: z.string(),
          }),
          ...errors,
        },
      },
      config: { access: { permission: 'case.read' } },
    },
    async (request) => cases.verifyEvidence(userOf(request), request.params.id, request.params.sha256),
  );
}
