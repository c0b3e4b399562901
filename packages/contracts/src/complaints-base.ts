// The complaint contracts every channel shares: who complains, about whom, what; and small field
// rules.
import { z } from 'zod';
import { COMPLAINT_CATEGORIES } from './complaint-labels.ts';

export const Id = z.string().min(1).max(40);
export const Reason = (what: string) =>
  z
    .string()
    .trim()
    .min(5, { message: `请写明${what} (至少5个字)` })
    .max(2000, { message: `${what}不超过2000字` });

/** Who complains: a named person (name and phone, ID number optional) or nobody (anonymous). */
export const ComplainantSchema = z.object({
  name: z.string().trim().min(2, { message: '请填写姓名' }).max(40, { message: '姓名不超过40字' }),
  phone: z
    .string()
    .trim()
    .regex(/^(1\d{10}|0\d{2,3}-?\d{7,8})$/, { message: '请填写正确的手机号或固定电话' }),
  idNumber: z
    .string()
    .trim()
    .regex(/^\d{17}[\dXx]$/, { message: '身份证号应为18位' })
    .optional(),
});

/** What the complaint is about: an agency, an officer, a case; by id or in the complainant's words. */
export const ComplaintTargetSchema = z.object({
  agencyId: Id.optional(),
  /** The agency by its unified social credit code (the portal's published agencies carry it). */
  agencyCreditCode: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[0-9A-HJ-NPQRTUWXY]{18}$/, { message: '统一社会信用代码应为18位' })
    .optional(),
  agencyName: z.string().trim().max(100, { message: '被投诉单位名称不超过100字' }).optional(),
  officerName: z.string().trim().max(40, { message: '执法人员姓名不超过40字' }).optional(),
  /** The officer's enforcement certificate number, when the complainant knows it. */
  certificateNumber: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z0-9]{6,32}$/, { message: '执法证件编号应为6至32位字母或数字' })
    .optional(),
  caseId: Id.optional(),
  caseNumber: z.string().trim().max(80, { message: '案件编号不超过80字' }).optional(),
});
export type ComplaintTarget = z.infer<typeof ComplaintTargetSchema>;

export const ComplaintBase = z.object({
  anonymous: z.boolean().default(false),
  confidential: z.boolean().default(false).describe('要求对被投诉单位保密身份'),
  complainant: ComplainantSchema.optional(),
  regionCode: z.string().regex(/^\d{6}$/, { message: '请选择发生地 (行政区划)' }),
  target: ComplaintTargetSchema,
  category: z.enum(COMPLAINT_CATEGORIES, { message: '请选择投诉类别' }),
  title: z.string().trim().min(4, { message: '标题至少4个字' }).max(60, { message: '标题不超过60字' }),
  content: z
    .string()
    .trim()
    .min(20, { message: '请具体描述投诉事项 (至少20个字)' })
    .max(5000, { message: '投诉内容不超过5000字' }),
});

export const identityRule = <T extends z.infer<typeof ComplaintBase>>(v: T) => v.anonymous || !!v.complainant;
export const identityIssue = { message: '实名投诉请填写姓名和联系电话, 或选择匿名', path: ['complainant'] };
export const targetRule = <T extends z.infer<typeof ComplaintBase>>(v: T) =>
  Object.values(v.target).some((x) => x !== undefined && x !== '');
export const targetIssue = { message: '请填写被投诉的单位、执法人员或案件', path: ['target'] };

export const Count = z.number().int().nonnegative();
