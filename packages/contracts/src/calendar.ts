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
