import { z } from 'zod';

/** A calendar date, `YYYY-MM-DD`, in Asia/Shanghai. */
export const DateStringSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: '日期格式应为 YYYY-MM-DD' })
  .refine(
    (v) => {
      const [y, m, d] = v.split('-').map(Number) as [number, number, number];
      const t = new Date(Date.UTC(y, m - 1, d));
      return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
    },
    { message: '不是有效的日期' },
  )
  .meta({ example: '2026-09-28' });

/** Query of the public working-day calculator. */
export const WorkingDaysQuerySchema = z.object({
  from: DateStringSchema.describe('起算日期 (当日不计入)'),
  add: z.coerce
    .number({ message: '须为整数' })
    .int({ message: '须为整数' })
    .min(1, { message: '须在 1 至 365 之间' })
    .max(365, { message: '须在 1 至 365 之间' })
    .describe('工作日天数, 1 至 365'),
});

/** Answer of the public working-day calculator. */
export const WorkingDaysResponseSchema = z
  .object({
    date: DateStringSchema.describe('第 N 个工作日的日期'),
    derivation: z
      .object({
        skippedDays: z.number().int(),
        holidays: z.array(z.string()),
        makeUpWorkdays: z.array(z.string()),
        explanation: z.string(),
      })
      .describe('计算过程'),
  })
  .meta({ id: 'WorkingDays' });

export type WorkingDaysQuery = z.infer<typeof WorkingDaysQuerySchema>;
export type WorkingDaysResponse = z.infer<typeof WorkingDaysResponseSchema>;

/** A year whose official holiday schedule is loaded, and where it came from. */
export const CalendarYearSchema = z
  .object({
    year: z.number().int(),
    source: z.string().describe('来源, 如国务院办公厅通知文号'),
    loadedAt: z.string().describe('导入时间 (ISO 8601)'),
    loadedBy: z.string().describe('导入人'),
    dayCount: z.number().int().describe('放假与调休上班日合计天数'),
  })
  .meta({ id: 'CalendarYear' });

/** One dated exception to the Monday–Friday week. */
export const CalendarDaySchema = z
  .object({
    date: DateStringSchema,
    kind: z.enum(['holiday', 'workday']).describe('holiday 放假, workday 调休上班'),
    name: z.string().describe('节日名称'),
  })
  .meta({ id: 'CalendarDay' });

const YearSchema = z.coerce
  .number({ message: '须为年份' })
  .int({ message: '须为年份' })
  .min(2000, { message: '年份须在 2000 至 2100 之间' })
  .max(2100, { message: '年份须在 2000 至 2100 之间' });

/** Query of the days of one year. */
export const CalendarDaysQuerySchema = z.object({ year: YearSchema.describe('年份') });

/** The holidays and make-up working days of one year; `loaded` is false for a year without a schedule. */
export const CalendarDaysResponseSchema = z
  .object({
    year: z.number().int(),
    loaded: z.boolean().describe('该年度的节假日安排是否已导入'),
    days: z.array(CalendarDaySchema),
  })
  .meta({ id: 'CalendarDays' });

/** Query of a schedule upload; the file itself is the request body. */
export const CalendarLoadQuerySchema = z.object({
  format: z.enum(['json', 'csv']).optional().describe('文件格式; 省略时按内容类型判断'),
  source: z.string().trim().min(1).max(200).optional().describe('来源 (通知文号); 省略时取 JSON 中的 source'),
});

/** What a schedule upload changed, year by year. */
export const CalendarLoadResultSchema = z
  .object({
    years: z.array(
      z.object({
        year: z.number().int(),
        holidays: z.number().int().describe('放假天数'),
        workdays: z.number().int().describe('调休上班天数'),
        replaced: z.boolean().describe('是否替换了已导入的安排'),
      }),
    ),
  })
  .meta({ id: 'CalendarLoadResult' });

export type CalendarYear = z.infer<typeof CalendarYearSchema>;
export type CalendarDay = z.infer<typeof CalendarDaySchema>;
export type CalendarDaysResponse = z.infer<typeof CalendarDaysResponseSchema>;
export type CalendarLoadResult = z.infer<typeof CalendarLoadResultSchema>;
