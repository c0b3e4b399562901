import { WorkingDaysQuerySchema, WorkingDaysResponseSchema } from '@jiandu/contracts/calendar';
import { ProblemSchema } from '@jiandu/contracts/problem';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { CalendarService } from './calendar.service.ts';

/** Public calendar endpoints: the working-day calculator anyone may use. */
export function registerCalendarRoutes(app: FastifyInstance, calendar: CalendarService): void {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/calendar/working-days',
    {
      schema: {
        tags: ['calendar'],
        summary: '工作日计算: 起算日之后第 N 个工作日',
        description:
          '按已导入的国务院办公厅节假日安排计算 (含调休上班日), 起算日当日不计入。年度安排未导入时返回 422。',
        querystring: WorkingDaysQuerySchema,
        response: { 200: WorkingDaysResponseSchema, 400: ProblemSchema, 422: ProblemSchema },
      },
      config: { access: 'public' },
    },
    async (request) => {
      const { due, derivation } = await calendar.deadline({
        start: request.query.from,
        amount: request.query.add,
        unit: 'working',
      });
      return {
        date: due,
        derivation: {
          skippedDays: derivation.skippedDays,
          holidays: derivation.holidays,
          makeUpWorkdays: derivation.makeUpWorkdays,
          explanation: derivation.explanation,
        },
      };
    },
  );
}
