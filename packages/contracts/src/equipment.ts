import { z } from 'zod';
import { CalendarDateSchema } from './people.ts';

/*
 * The equipment register (制式服装、标志标识、装备): what each org, and optionally each officer, was
 * issued and has returned, so "how many are in use" is issued minus returned.
 */

/** The three kinds of issued item. */
export const EQUIPMENT_CATEGORIES = ['uniform', 'insignia', 'equipment'] as const;
export type EquipmentCategory = (typeof EQUIPMENT_CATEGORIES)[number];
export const EQUIPMENT_CATEGORY_LABELS: Record<EquipmentCategory, string> = {
  uniform: '制式服装',
  insignia: '标志标识',
  equipment: '执法装备',
};

/** Common item names per category, offered by the form (any other name is accepted). */
export const EQUIPMENT_ITEM_SUGGESTIONS: Record<EquipmentCategory, readonly string[]> = {
  uniform: ['春秋执勤服', '夏季执勤服', '冬季执勤服', '执勤大衣', '多功能服', '执勤帽', '执勤鞋'],
  insignia: ['臂章', '胸徽', '帽徽', '领花', '执法标志牌', '车辆执法标识'],
  equipment: ['执法记录仪', '移动执法终端', '对讲机', '便携式打印机', '执法取证箱', '无人机'],
};

/** Where an issue stands: nothing returned, part returned, all returned. */
export const EQUIPMENT_STATES = ['in_use', 'partly_returned', 'returned'] as const;
export type EquipmentState = (typeof EQUIPMENT_STATES)[number];
export const EQUIPMENT_STATE_LABELS: Record<EquipmentState, string> = {
  in_use: '在用',
  partly_returned: '部分收回',
  returned: '已收回',
};

/** One return against an issue. */
export const EquipmentReturnSchema = z.object({
  id: z.string(),
  returnedOn: z.string(),
  quantity: z.number().int(),
  note: z.string().nullable(),
  createdAt: z.string(),
});

/** One issue (发放) in the register, with what has come back. */
export const EquipmentIssueSchema = z
  .object({
    id: z.string(),
    orgId: z.string(),
    orgName: z.string(),
    officerId: z.string().nullable(),
    officerName: z.string().nullable(),
    category: z.enum(EQUIPMENT_CATEGORIES),
    itemName: z.string(),
    specification: z.string().nullable(),
    serialNumber: z.string().nullable(),
    quantity: z.number().int(),
    issuedOn: z.string(),
    returnedQuantity: z.number().int(),
    returnedOn: z.string().nullable().describe('最近一次收回日期'),
    inUse: z.number().int(),
    state: z.enum(EQUIPMENT_STATES),
    note: z.string().nullable(),
    returns: z.array(EquipmentReturnSchema),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'EquipmentIssue' });

const Text = (max: number) => z.string().trim().max(max).nullable().optional();
const Quantity = z
  .number({ message: '请填写数量' })
  .int({ message: '数量应为整数' })
  .min(1, { message: '数量至少为1' })
  .max(10_000, { message: '数量不超过10000' });

const IssueFields = z.object({
  orgId: z.string().min(1, { message: '请选择单位' }),
  officerId: z.string().min(1).nullable().optional(),
  category: z.enum(EQUIPMENT_CATEGORIES, { message: '请选择类别' }),
  itemName: z
    .string()
    .trim()
    .min(2, { message: '请填写物品名称' })
    .max(60, { message: '物品名称最多60个字' }),
  specification: Text(60),
  serialNumber: z
    .string()
    .trim()
    .max(60)
    .regex(/^[A-Za-z0-9-]*$/, { message: '序列号只能由字母、数字和连字符组成' })
    .nullable()
    .optional(),
  quantity: Quantity,
  issuedOn: CalendarDateSchema,
  note: Text(300),
});

const serialIsOne = (v: { serialNumber?: string | null | undefined; quantity?: number | undefined }) =>
  !v.serialNumber || v.quantity === undefined || v.quantity === 1;

/** Issuing items to an org or to one of its officers. */
export const EquipmentIssueCreateSchema = IssueFields.refine(serialIsOne, {
  message: '登记序列号的物品数量应为1',
  path: ['quantity'],
});

/** Correcting an issue; the org stays (a move is a return and a new issue). */
export const EquipmentIssueUpdateSchema = IssueFields.omit({ orgId: true })
  .partial()
  .refine(serialIsOne, { message: '登记序列号的物品数量应为1', path: ['quantity'] });

/** Taking items back, all or part. */
export const EquipmentReturnCreateSchema = z.object({
  returnedOn: CalendarDateSchema,
  quantity: Quantity,
  note: Text(300),
});

/** Filters of the register. */
export const EquipmentListQuerySchema = z.object({
  q: z.string().trim().max(40).optional().describe('物品名称、规格或序列号'),
  orgId: z.string().optional().describe('单位 (含下级单位)'),
  officerId: z.string().optional(),
  category: z.enum(EQUIPMENT_CATEGORIES).optional(),
  state: z.enum(EQUIPMENT_STATES).optional(),
  issuedFrom: CalendarDateSchema.optional(),
  issuedTo: CalendarDateSchema.optional(),
});

/** Per org and item: issued, returned and in use. */
export const EquipmentSummaryRowSchema = z
  .object({
    orgId: z.string(),
    orgName: z.string(),
    category: z.enum(EQUIPMENT_CATEGORIES),
    itemName: z.string(),
    issued: z.number().int(),
    returned: z.number().int(),
    inUse: z.number().int(),
    officers: z.number().int().describe('领用人数 (发放到人的)'),
  })
  .meta({ id: 'EquipmentSummaryRow' });

export const EquipmentSummaryQuerySchema = z.object({
  orgId: z.string().optional(),
  category: z.enum(EQUIPMENT_CATEGORIES).optional(),
  q: z.string().trim().max(40).optional(),
});

/** An officer an item can be issued to. */
export const EquipmentOfficerOptionSchema = z.object({
  id: z.string(),
  name: z.string(),
  post: z.string(),
});

export type EquipmentIssue = z.infer<typeof EquipmentIssueSchema>;
export type EquipmentIssueCreate = z.infer<typeof EquipmentIssueCreateSchema>;
export type EquipmentIssueUpdate = z.infer<typeof EquipmentIssueUpdateSchema>;
export type EquipmentReturn = z.infer<typeof EquipmentReturnSchema>;
export type EquipmentReturnCreate = z.infer<typeof EquipmentReturnCreateSchema>;
export type EquipmentListQuery = z.infer<typeof EquipmentListQuerySchema>;
export type EquipmentSummaryRow = z.infer<typeof EquipmentSummaryRowSchema>;
export type EquipmentSummaryQuery = z.infer<typeof EquipmentSummaryQuerySchema>;
export type EquipmentOfficerOption = z.infer<typeof EquipmentOfficerOptionSchema>;
