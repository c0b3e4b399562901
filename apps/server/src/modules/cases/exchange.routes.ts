import type { Readable } from 'node:stream';
import { BatchResultSchema, CaseReadBackSchema, CaseRecordSchema } from '@jiandu/contracts/exchange';
import { ProblemSchema } from '@jiandu/contracts/problem';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { sourceOf } from '../../platform/http/guard.ts';
import type { CaseService } from './cases.service.ts';
import { type BodyLimits, jsonArrayItems, ndjsonItems, SPEC_LIMITS, tooLarge } from './exchange-body.ts';

const errors = {
  400: ProblemSchema,
  401: ProblemSchema,
  404: ProblemSchema,
  413: ProblemSchema,
  415: ProblemSchema,
};
const NDJSON = 'application/x-ndjson';

/**
 * The exchange API's case endpoints (spec exchange-v1). The body is never parsed whole: the route
 * takes the raw stream and reads it record by record.
 */
export function registerExchangeCaseRoutes(
  app: FastifyInstance,
  cases: CaseService,
  limits: BodyLimits = SPEC_LIMITS,
): void {
  // Batches and evidence bytes are read as streams by the handlers, whatever their type.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', (_request, payload, done) => done(null, payload));
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['exchange'];
  r.post(
    '/cases',
    {
      schema: {
        tags,
        summary: '报送案件 (NDJSON 或 JSON 数组, 逐条返回结果)',
        description:
          'Content-Type: application/x-ndjson (每行一条) 或 application/json (记录数组)。' +
          '每次最多 10,000 条或 50 MB, 超出返回 413。按 (来源, externalId) 和 version 幂等: 重发同一批不会改变任何数据。',
        security: [{ bearer: [] }],
        body: z.array(CaseRecordSchema),
        response: { 200: BatchResultSchema, ...errors },
      },
      // The body is a stream read by the handler; the schema above documents it.
      validatorCompiler: () => (data) => ({ value: data }),
      config: { access: 'source' },
    },
    async (request, reply) => {
      const length = Number(request.headers['content-length'] ?? 0);
      if (length > limits.bytes) {
        reply.header('connection', 'close');
        throw tooLarge(limits, 0);
      }
      const stream = request.body as unknown as AsyncIterable<Buffer>;
      const ndjson = (request.headers['content-type'] ?? '').toLowerCase().startsWith(NDJSON);
      try {
        return await cases.ingest(
          sourceOf(request),
          ndjson ? ndjsonItems(stream, limits) : jsonArrayItems(stream, limits),
        );
      } catch (error) {
        // The client may still be sending: close the connection rather than read the rest.
        if ((error as { code?: string }).code === 'PAYLOAD_TOO_LARGE') reply.header('connection', 'close');
        throw error;
      }
    },
  );
  r.put(
    '/evidence/:sha256',
    {
      schema: {
        tags,
        summary: '上传证据文件 (地址为文件内容的 SHA-256; 重复上传不产生新文件)',
        security: [{ bearer: [] }],
        params: z.object({
          sha256: z.string().regex(/^[0-9a-fA-F]{64}$/, { message: 'SHA-256 须为 64 位十六进制' }),
        }),
        response: {
          200: z.object({ sha256: z.string(), sm3: z.string(), size: z.number(), created: z.boolean() }),
          ...errors,
        },
      },
      config: { access: 'source' },
    },
    async (request) =>
      cases.receiveEvidence(sourceOf(request), request.params.sha256, request.body as unknown as Readable),
  );
  r.get(
    '/cases/:externalId',
    {
      schema: {
        tags,
        summary: '读取已报送的案件及平台计算的期限和预警',
        security: [{ bearer: [] }],
        params: z.object({ externalId: z.string().min(1).max(64) }),
        response: { 200: CaseReadBackSchema, ...errors },
      },
      config: { access: 'source' },
    },
    async (request) => cases.readBack(sourceOf(request), request.params.externalId),
  );
}
