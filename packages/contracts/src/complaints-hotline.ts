// 12345 hotline work orders: the import (JSON orders, results per row) and the results sent back to
// the hotline.
import { z } from 'zod';
import { COMPLAINT_STATUSES } from './complaint-labels.ts';
import { Count, Id } from './complaints-base.ts';
import { ImportResultSchema } from './orgs.ts';

const Cell = z.union([z.string(), z.number(), z.boolean()]).nullable().optional();

/**
 * One 12345 work order sent as JSON. Keys as below, or the template's Chinese column names;
 * every value is checked the way a spreadsheet cell is, and a bad one rejects only its order.
 */
export const HotlineOrderSchema = z
  .object({
    orderNumber: Cell.describe('工单编号'),
    calledAt: Cell.describe('来电时间'),
    callerName: Cell.describe('来电人'),
    callerPhone: Cell.describe('联系电话'),
    anonymous: Cell.describe('是否匿名'),
    confidential: Cell.describe('是否保密'),
    category: Cell.describe('诉求类别'),
    title: Cell.describe('诉求标题'),
    content: Cell.describe('诉求内容'),
    agencyName: Cell.describe('涉及单位'),
    officerName: Cell.describe('涉及人员'),
    dueOn: Cell.describe('承办时限'),
    orderType: Cell.describe('工单类型 (投诉 / 举报)'),
  })
  .catchall(Cell);
export type HotlineOrder = z.infer<typeof HotlineOrderSchema>;

/** Most work orders one import may hold. */
export const HOTLINE_IMPORT_MAX_ORDERS = 1000;

/** A 12345 import sent as JSON: an array of work orders, or `{ orders: [...] }`. */
export const HotlineImportSchema = z.union([
  z.array(HotlineOrderSchema).max(HOTLINE_IMPORT_MAX_ORDERS, { message: '一次最多导入1000件工单' }),
  z.object({
    orders: z.array(HotlineOrderSchema).max(HOTLINE_IMPORT_MAX_ORDERS, { message: '一次最多导入1000件工单' }),
  }),
]);

/**
 * What a 12345 import did: the usual import counts and per-row messages (work orders imported
 * before are listed there too, counted as `skipped`, not `rejected`), and each order's complaint.
 */
export const ComplaintImportResultSchema = ImportResultSchema.extend({
  skipped: Count.describe('已导入过的工单 (按工单编号), 本次未重复登记'),
  orders: z.array(
    z.object({
      row: z.number().int(),
      orderNumber: z.string(),
      complaintId: z.string(),
      trackingCode: z.string(),
      created: z.boolean().describe('本次新登记为 true, 以前已导入为 false'),
    }),
  ),
});
export type ComplaintImportResult = z.infer<typeof ComplaintImportResultSchema>;

/** Which 12345 results to export: answered in a period (答复日期), optionally only those not yet reported. */
export const HotlineResultsQuerySchema = z.object({
  from: z.iso.date({ message: '开始日期格式应为 YYYY-MM-DD' }).optional(),
  to: z.iso.date({ message: '结束日期格式应为 YYYY-MM-DD' }).optional(),
  unreported: z
    .enum(['true', 'false'])
    .optional()
    .transform((v) => v === 'true')
    .describe('只导出尚未回传 (或回传后有新进展) 的工单'),
  format: z.enum(['xlsx', 'csv', 'json']).default('xlsx'),
});
export type HotlineResultsQuery = z.input<typeof HotlineResultsQuerySchema>;

/** One work order's result as the 12345 platform re-imports it (no personal data). */
export const HotlineResultSchema = z.object({
  complaintId: z.string(),
  orderNumber: z.string().describe('工单编号'),
  handlingOrg: z.string().describe('承办单位'),
  status: z.enum(COMPLAINT_STATUSES).describe('办理状态'),
  acceptedOn: z.string().nullable().describe('受理日期'),
  answeredOn: z.string().describe('答复日期'),
  answer: z.string().describe('办理结果/答复内容'),
  onTime: z.boolean().describe('是否按期'),
  callbackOn: z.string().nullable().describe('回访日期'),
  satisfaction: z.string().nullable().describe('满意度 (满意 / 基本满意 / 不满意 / 无法联系)'),
  reportedAt: z.string().nullable().describe('上次回传时间'),
});
export type HotlineResult = z.infer<typeof HotlineResultSchema>;

/** Marks exported work orders as reported back, each in the status it was exported in. */
export const HotlineReportedSchema = z.object({
  orders: z
    .array(z.object({ complaintId: Id, status: z.enum(COMPLAINT_STATUSES) }))
    .min(1, { message: '请选择要标记的工单' })
    .max(5000, { message: '一次最多标记5000件工单' }),
});

/** How many work orders were marked reported (those whose status changed since the export are left). */
export const HotlineReportedResultSchema = z.object({ marked: Count, skipped: Count });
