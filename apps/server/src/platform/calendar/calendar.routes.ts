import {
  CalendarDaysQuerySchema,
  CalendarDaysResponseSchema,
  CalendarLoadQuerySchema,
  CalendarLoadResultSchema,
  CalendarYearSchema,
  WorkingDaysQuerySchema,
  WorkingDaysResponseSchema,
} from '@jiandu/contracts/calendar';
import { ProblemSchema } from '@jiandu/contracts/problem';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { auditActor } from '../authz/actor.ts';
import { AppError } from '../errors.ts';
import { userOf } from '../http/guard.ts';
import type { CalendarService } from './calendar.service.ts';
import { parseCalendarFile } from './calendar-file.ts';

const tags = ['calendar'];
const errors = { 400: ProblemSchema, 401: ProblemSchema, 403: ProblemSchema };
const MAX_FILE_BYTES = 1_048_576;

/** Calendar endpoints: the public working-day calculator, and the schedule administration of the console. */
export function registerCalendarRoutes(app: FastifyInstance, calendar: CalendarService): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/calendar/working-days',
    {
      schema: {
        tags,
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

  r.get(
    '/api/calendar/years',
    {
      schema: {
        tags,
        summary: '已导入节假日安排的年度',
        response: { 200: z.array(CalendarYearSchema), ...errors },
      },
      config: { access: 'signed-in' },
    },
    async () =>
      (await calendar.years()).map((y) => ({
        year: y.year,
        source: y.source,
        loadedAt: y.loaded_at,
        loadedBy: y.loaded_by,
        dayCount: y.day_count,
      })),
  );

  r.get(
    '/api/calendar/days',
    {
      schema: {
        tags,
        summary: '某年度的放假日与调休上班日',
        querystring: CalendarDaysQuerySchema,
        response: { 200: CalendarDaysResponseSchema, ...errors },
      },
      config: { access: 'signed-in' },
    },
    async (request) => {
      const { year } = request.query;
      const { loaded, days } = await calendar.yearSchedule(year);
      return { year, loaded, days: days.map(({ date, kind, name }) => ({ date, kind, name })) };
    },
  );

  // The upload keeps JSON as the text the user sent, so errors name the lines of their file.
  app.register(async (scope) => {
    scope.removeContentTypeParser('application/json');
    scope.addContentTypeParser(
      'application/json',
      { parseAs: 'string', bodyLimit: MAX_FILE_BYTES },
      (_request, body, done) => done(null, body),
    );
    registerLoadRoute(scope, calendar);
  });
}

function registerLoadRoute(app: FastifyInstance, calendar: CalendarService): void {
  app.withTypeProvider<ZodTypeProvider>().post(
    '/api/calendar/load',
    {
      schema: {
        tags,
        summary: '导入节假日安排 (JSON 或 CSV, 文件即请求体)',
        description: [
          '请求体为文件内容, 内容类型 application/json、text/csv 或 application/octet-stream。',
          'JSON: {"year":2027,"source":"国办发明电〔2026〕X号","days":[{"date":"2027-01-01","kind":"holiday","name":"元旦"}]}',
          'CSV: 首行 date,kind,name (或 日期,类型,名称), kind 为 holiday/休 或 workday/班。',
          '文件中出现的每个年度整体替换; 任何一行有误则全部不导入, errors 逐行列出 (path 为 "line N")。',
        ].join('\n'),
        querystring: CalendarLoadQuerySchema,
        response: { 200: CalendarLoadResultSchema, ...errors },
      },
      config: { access: { permission: 'calendar.write' } },
    },
    async (request) => {
      const format = request.query.format ?? formatOf(request);
      const parsed = parseCalendarFile(fileText(request.body), format);
      if (!parsed.ok) {
        throw new AppError('VALIDATION_FAILED', `文件有 ${parsed.errors.length} 处错误, 未导入任何数据`, {
          errors: parsed.errors.map((e) => ({ path: `line ${e.line}`, message: e.message })),
        });
      }
      const source = request.query.source ?? parsed.source;
      if (!source) {
        throw new AppError('VALIDATION_FAILED', '请填写来源 (国务院办公厅通知文号)', {
          errors: [{ path: 'querystring.source', message: '请填写来源' }],
        });
      }
      const years = await calendar.loadYears(parsed.years, source, auditActor(userOf(request)));
      return { years };
    },
  );
}

function formatOf(request: FastifyRequest): 'json' | 'csv' {
  const type = String(request.headers['content-type'] ?? '').toLowerCase();
  if (type.startsWith('text/csv')) return 'csv';
  if (
    type.startsWith('application/json') ||
    (request.body !== null && typeof request.body === 'object' && !Buffer.isBuffer(request.body))
  )
    return 'json';
  throw new AppError('VALIDATION_FAILED', '无法判断文件格式, 请用 format=json 或 format=csv 指明', {
    errors: [{ path: 'querystring.format', message: '请指明文件格式' }],
  });
}

/** The uploaded file as text: raw bytes (UTF-8 required), a string, or JSON another parser already read. */
function fileText(body: unknown): string {
  let text: string;
  if (Buffer.isBuffer(body)) {
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(body);
    } catch {
      throw new AppError('VALIDATION_FAILED', '文件须为 UTF-8 编码 (Excel 另存为 "CSV UTF-8")', {
        errors: [{ path: 'line 1', message: '文件不是 UTF-8 编码' }],
      });
    }
  } else if (typeof body === 'string') text = body;
  else if (body !== null && body !== undefined) text = JSON.stringify(body, null, 2);
  else text = '';
  if (!text.trim()) {
    throw new AppError('VALIDATION_FAILED', '请上传节假日安排文件', {
      errors: [{ path: 'line 1', message: '文件为空' }],
    });
  }
  return text;
}
