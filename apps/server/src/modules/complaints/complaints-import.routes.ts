import { ComplaintImportResultSchema } from '@jiandu/contracts/complaints';
import { ProblemSchema } from '@jiandu/contracts/problem';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { sendXlsx } from '../../platform/files/download.ts';
import { userOf } from '../../platform/http/guard.ts';
import type { ComplaintService } from './complaints.service.ts';
import { hotlineTemplate, readHotlineUpload } from './complaints-import.ts';

const handle = { access: { permission: 'complaint.handle' as const } };

/**
 * The 12345 hotline import (/api/complaints/import): the template, and the upload as the raw
 * request body (xlsx, CSV) or a JSON body of work orders; good orders are registered, bad ones
 * come back by row, orders imported before are skipped and said so.
 */
export function registerComplaintImportRoutes(app: FastifyInstance, complaints: ComplaintService): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['complaints'];
  r.get(
    '/import/template',
    { schema: { tags, summary: '下载12345工单导入模板 (xlsx, 含填写说明)' }, config: handle },
    async (_request, reply) => sendXlsx(reply, '12345工单导入模板', null, await hotlineTemplate()),
  );
  r.post(
    '/import',
    {
      schema: {
        tags,
        summary:
          '导入12345热线工单 (xlsx、CSV 作为请求体, 或 JSON 工单数组); 正确的工单登记, 错误的逐行说明, 已导入的跳过',
        response: {
          200: ComplaintImportResultSchema,
          400: ProblemSchema,
          401: ProblemSchema,
          403: ProblemSchema,
          413: ProblemSchema,
        },
      },
      config: handle,
      bodyLimit: 10 * 1024 * 1024,
    },
    async (request) => {
      const rows = await readHotlineUpload(request.body, String(request.headers['content-type'] ?? ''));
      return complaints.importHotline(userOf(request), rows);
    },
  );
}
