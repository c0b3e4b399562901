import {
  HotlineReportedResultSchema,
  HotlineReportedSchema,
  HotlineResultSchema,
  HotlineResultsQuerySchema,
} from '@jiandu/contracts/complaints';
import { ProblemSchema } from '@jiandu/contracts/problem';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { todayInShanghai } from '../../platform/calendar/dates.ts';
import { buildCsv, CSV_TYPE } from '../../platform/files/csv.ts';
import { sendFile, sendXlsx } from '../../platform/files/download.ts';
import { userOf } from '../../platform/http/guard.ts';
import type { ComplaintService } from './complaints.service.ts';
import { HOTLINE_RESULT_COLUMNS } from './use-cases/hotline-results.ts';

const NAME = '12345工单办理结果';

/**
 * Results back to 12345 (/api/complaints/hotline/results): the answered, rated and closed work
 * orders of a period as xlsx, CSV or JSON in the columns the hotline platform re-imports, and the
 * step that marks an export as reported so the next one holds only what is new.
 */
export function registerComplaintHotlineRoutes(app: FastifyInstance, complaints: ComplaintService): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['complaints'];
  r.get(
    '/hotline/results',
    {
      schema: {
        tags,
        summary: '导出12345工单办理结果 (xlsx、CSV 或 JSON; 按答复日期, 可只导出尚未回传的)',
        querystring: HotlineResultsQuerySchema,
      },
      config: { access: { permission: 'complaint.read' } },
    },
    async (request, reply) => {
      const { format, ...query } = request.query;
      const items = await complaints.hotlineResults(userOf(request), query);
      const file = `${NAME}-${todayInShanghai()}`;
      if (format === 'json') {
        const body = z.object({ items: z.array(HotlineResultSchema) }).parse({ items });
        return sendFile(
          reply,
          `${file}.json`,
          'application/json; charset=utf-8',
          Buffer.from(JSON.stringify(body)),
        );
      }
      if (format === 'csv')
        return sendFile(reply, `${file}.csv`, CSV_TYPE, buildCsv(HOTLINE_RESULT_COLUMNS, items));
      return sendXlsx(reply, NAME, HOTLINE_RESULT_COLUMNS, items);
    },
  );
  r.post(
    '/hotline/results/reported',
    {
      schema: {
        tags,
        summary: '标记12345工单办理结果已回传 (按导出时的办理状态; 之后有新进展的再次导出)',
        body: HotlineReportedSchema,
        response: {
          200: HotlineReportedResultSchema,
          400: ProblemSchema,
          401: ProblemSchema,
          403: ProblemSchema,
        },
      },
      config: { access: { permission: 'complaint.handle' } },
    },
    async (request) => complaints.markHotlineReported(userOf(request), request.body),
  );
}
