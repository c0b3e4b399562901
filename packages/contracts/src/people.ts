import { z } from 'zod';
import { ResidentIdSchema } from './codes.ts';
import { ENFORCEMENT_FIELD_CODES } from './fields.ts';

/*
 * Supervision people (监督人员库): invited supervisors (特邀行政执法监督员) with their terms, age limits
 * and participation log; the expert pool (专家库) with expertise, availability and conflicts of
 * interest; and the talent pool (人才库) of trained staff.
 */

/** Where an invited supervisor comes from (来源类别). */
export const SUPERVISOR_CATEGORIES = [
  'npc_deputy',
  'cppcc_member',
  'journalist',
  'lawyer',
  'expert',
  'public_representative',
] as const;
export type SupervisorCategory = (typeof SUPERVISOR_CATEGORIES)[number];
export const SUPERVISOR_CATEGORY_LABELS: Record<SupervisorCategory, string> = {
  npc_deputy: '人大代表',
  cppcc_member: '政协委员',
  journalist: '新闻工作者',
  lawyer: '律师',
  expert: '专家',
  public_representative: '群众代表',
};

/** An appointment's status: serving, term ended (届满/提前终止), or dismissed (解聘). */
export const SUPERVISOR_STATUSES = ['active', 'ended', 'dismissed'] as const;
export type SupervisorStatus = (typeof SUPERVISOR_STATUSES)[number];
export const SUPERVISOR_STATUS_LABELS: Record<SupervisorStatus, string> = {
  active: '在聘',
  ended: '任期结束',
  dismissed: '已解聘',
};

/** What an invited supervisor took part in. */
export const PARTICIPATION_KINDS = [
  'case_review',
  'campaign',
  'research',
  'meeting',
  'complaint_review',
  'other',
] as const;
export type ParticipationKind = (typeof PARTICIPATION_KINDS)[number];
export const PARTICIPATION_KIND_LABELS: Record<ParticipationKind, string> = {
  case_review: '案卷评查',
  campaign: '专项监督',
  research: '调研',
  meeting: '座谈会',
  complaint_review: '投诉督办',
  other: '其他',
};

/** An expert's availability for review work. */
export const EXPERT_AVAILABILITIES = ['available', 'busy', 'unavailable'] as const;
export type ExpertAvailability = (typeof EXPERT_AVAILABILITIES)[number];
export const EXPERT_AVAILABILITY_LABELS: Record<ExpertAvailability, string> = {
  available: '可参加',
  busy: '暂不可参加',
  unavailable: '不再参加',
};

/** How someone entered the talent pool. */
export const TALENT_SOURCES = ['training', 'exam', 'competition', 'recommendation'] as const;
export type TalentSource = (typeof TALENT_SOURCES)[number];
export const TALENT_SOURCE_LABELS: Record<TalentSource, string> = {
  training: '培训选拔',
  exam: '考试选拔',
  competition: '业务竞赛',
  recommendation: '单位推荐',
};

/** The level of the pool a talent entry belongs to. */
export const TALENT_LEVELS = ['provincial', 'city', 'county'] as const;
export type TalentLevel = (typeof TALENT_LEVELS)[number];
export const TALENT_LEVEL_LABELS: Record<TalentLevel, string> = {
  provincial: '省级',
  city: '市级',
  county: '县级',
};

export const TALENT_STATUSES = ['active', 'withdrawn'] as const;
export const TALENT_STATUS_LABELS: Record<(typeof TALENT_STATUSES)[number], string> = {
  active: '在库',
  withdrawn: '已退出',
};

/** Age limits when no region has set its own (domain-cn §10: 18–60 in most places). */
export const DEFAULT_AGE_LIMITS = { minAge: 18, maxAge: 60 } as const;

/** A real calendar date as YYYY-MM-DD. */
export const CalendarDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: '日期格式应为 YYYY-MM-DD' })
  .refine(
    (v) => {
      const [y, m, d] = v.split('-').map(Number) as [number, number, number];
      const t = new Date(Date.UTC(y, m - 1, d));
      return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
    },
    { message: '日期无效' },
  );

const Name = z.string().trim().min(2, { message: '姓名至少2个字' }).max(30, { message: '姓名最多30个字' });
const Phone = z
  .string()
  .trim()
  .regex(/^(1\d{10}|0\d{2,3}-?\d{7,8})$/, { message: '电话应为11位手机号或带区号的固定电话' });
const Fields = z
  .array(z.enum(ENFORCEMENT_FIELD_CODES, { message: '执法领域不正确' }))
  .min(1, { message: '请至少选择一个领域' })
  .max(10, { message: '最多选择10个领域' });
const Reason = z.string().trim().min(2, { message: '请填写原因' }).max(500);
const OptionalText = (max: number) => z.string().trim().max(max).nullable().optional();

// ---------------------------------------------------------------- invited supervisors

/** An invited supervisor as presented; ID number and phone masked without `pii.read`. */
export const InvitedSupervisorSchema = z
  .object({
    id: z.string(),
    orgId: z.string().describe('聘任单位 (司法行政机关)'),
    orgName: z.string(),
    name: z.string(),
    gender: z.enum(['male', 'female']),
    idNumber: z.string().describe('身份证号; 无"查看未脱敏的个人信息"权限时脱敏'),
    age: z.number().int().describe('今日年龄 (由身份证号计算)'),
    ageAtTermStart: z.number().int(),
    phone: z.string().nullable(),
    category: z.enum(SUPERVISOR_CATEGORIES),
    employer: z.string(),
    title: z.string().nullable().describe('职务或职称'),
    termNumber: z.number().int().describe('第N届'),
    termStart: z.string(),
    termEnd: z.string(),
    appointmentNumber: z.string().nullable().describe('聘书编号'),
    status: z.enum(SUPERVISOR_STATUSES),
    statusDate: z.string().nullable(),
    statusReason: z.string().nullable(),
    participationsThisYear: z.number().int(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'InvitedSupervisor' });

const SupervisorFields = z.object({
  orgId: z.string().min(1, { message: '请选择聘任单位' }),
  name: Name,
  idNumber: ResidentIdSchema,
  phone: Phone.nullable().optional(),
  category: z.enum(SUPERVISOR_CATEGORIES, { message: '请选择来源类别' }),
  employer: z.string().trim().min(2, { message: '请填写工作单位' }).max(100),
  title: OptionalText(60),
  termNumber: z
    .number({ message: '请填写届次' })
    .int()
    .min(1, { message: '届次应为正整数' })
    .max(99, { message: '届次不超过99' }),
  termStart: CalendarDateSchema,
  termEnd: CalendarDateSchema,
  appointmentNumber: z.string().trim().max(40, { message: '聘书编号最多40个字符' }).nullable().optional(),
});

/** Appointing an invited supervisor; gender and age come from the ID number. */
export const InvitedSupervisorCreateSchema = SupervisorFields.refine((v) => v.termEnd > v.termStart, {
  message: '任期结束日期应晚于开始日期',
  path: ['termEnd'],
});

/** Editing an appointment (the appointing org stays; a new org means a new appointment). */
export const InvitedSupervisorUpdateSchema = SupervisorFields.omit({ orgId: true }).partial();

/** Ending a term early, dismissing (解聘), or reinstating a supervisor. */
export const InvitedSupervisorStatusSchema = z.object({
  status: z.enum(SUPERVISOR_STATUSES),
  effectiveDate: CalendarDateSchema,
  reason: Reason,
});

/** Filters of the invited supervisor list. */
export const InvitedSupervisorListQuerySchema = z.object({
  q: z.string().trim().max(40).optional().describe('姓名、工作单位或聘书编号'),
  orgId: z.string().optional().describe('聘任单位 (含下级单位)'),
  category: z.enum(SUPERVISOR_CATEGORIES).optional(),
  status: z.enum(SUPERVISOR_STATUSES).optional(),
  termNumber: z.coerce.number().int().min(1).max(99).optional(),
  idNumber: z.string().trim().max(18).optional().describe('按身份证号精确查找'),
});

/** One entry of a supervisor's participation log (履职记录). */
export const ParticipationSchema = z
  .object({
    id: z.string(),
    supervisorId: z.string(),
    date: z.string(),
    kind: z.enum(PARTICIPATION_KINDS),
    description: z.string(),
    hours: z.number().nullable(),
    createdAt: z.string(),
  })
  .meta({ id: 'SupervisorParticipation' });

export const ParticipationCreateSchema = z.object({
  date: CalendarDateSchema,
  kind: z.enum(PARTICIPATION_KINDS, { message: '请选择活动类型' }),
  description: z.string().trim().min(2, { message: '请填写活动内容' }).max(500),
  hours: z
    .number()
    .positive({ message: '时长应大于0' })
    .max(200, { message: '单次时长不超过200小时' })
    .nullable()
    .optional(),
});

export const ParticipationListQuerySchema = z.object({
  year: z.coerce.number().int().min(2000).max(2100).optional(),
});

/** How often a supervisor took part in one year, by kind. */
export const ParticipationYearSchema = z.object({
  year: z.number().int(),
  total: z.number().int(),
  hours: z.number(),
  byKind: z.record(z.enum(PARTICIPATION_KINDS), z.number().int()),
});

/** Age limits in force for a region: its own row, else the nearest ancestor's, else the default. */
export const AgeLimitSchema = z
  .object({
    regionCode: z.string(),
    regionName: z.string().nullable(),
    minAge: z.number().int(),
    maxAge: z.number().int(),
    source: z.string().nullable().describe('取值来源的行政区划代码; null 为系统默认值'),
    sourceName: z.string().nullable(),
    inherited: z.boolean().describe('未单独设置, 沿用上级或默认值'),
  })
  .meta({ id: 'SupervisorAgeLimit' });

export const AgeLimitUpdateSchema = z
  .object({
    minAge: z.number().int().min(16, { message: '最低年龄不小于16岁' }).max(80),
    maxAge: z.number().int().min(16).max(80, { message: '最高年龄不超过80岁' }),
  })
  .refine((v) => v.maxAge >= v.minAge, { message: '最高年龄不能小于最低年龄', path: ['maxAge'] });

// ---------------------------------------------------------------- expert pool

/** An org an expert must not review (回避), with why and since when. */
export const ExpertConflictSchema = z.object({
  id: z.string(),
  orgId: z.string(),
  orgName: z.string(),
  reason: z.string(),
  since: z.string(),
});

export const ExpertConflictCreateSchema = z.object({
  orgId: z.string().min(1, { message: '请选择需回避的单位' }),
  reason: Reason,
  since: CalendarDateSchema,
});

/** An expert as presented; ID number and phone masked without `pii.read`. */
export const ExpertSchema = z
  .object({
    id: z.string(),
    orgId: z.string().describe('管理专家库的单位'),
    orgName: z.string(),
    name: z.string(),
    idNumber: z.string().nullable(),
    phone: z.string().nullable(),
    employer: z.string(),
    title: z.string().nullable().describe('职称'),
    fields: z.array(z.enum(ENFORCEMENT_FIELD_CODES)),
    specialty: z.string().nullable(),
    availability: z.enum(EXPERT_AVAILABILITIES),
    busyUntil: z.string().nullable(),
    conflicts: z.array(ExpertConflictSchema),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Expert' });

const ExpertFields = z.object({
  orgId: z.string().min(1, { message: '请选择管理单位' }),
  name: Name,
  idNumber: ResidentIdSchema.nullable().optional(),
  phone: Phone.nullable().optional(),
  employer: z.string().trim().min(2, { message: '请填写工作单位' }).max(100),
  title: OptionalText(40),
  fields: Fields,
  specialty: OptionalText(300),
  availability: z.enum(EXPERT_AVAILABILITIES),
  busyUntil: CalendarDateSchema.nullable().optional(),
});

const busyNeedsDate = (v: { availability?: string | undefined; busyUntil?: string | null | undefined }) =>
  v.availability !== 'busy' || !!v.busyUntil;

export const ExpertCreateSchema = ExpertFields.extend({
  availability: z.enum(EXPERT_AVAILABILITIES).default('available'),
}).refine(busyNeedsDate, {
  message: '暂不可参加时请填写截止日期',
  path: ['busyUntil'],
});

export const ExpertUpdateSchema = ExpertFields.omit({ orgId: true })
  .partial()
  .refine(busyNeedsDate, { message: '暂不可参加时请填写截止日期', path: ['busyUntil'] });

export const ExpertListQuerySchema = z.object({
  q: z.string().trim().max(40).optional().describe('姓名、工作单位或专长'),
  orgId: z.string().optional(),
  field: z.enum(ENFORCEMENT_FIELD_CODES).optional(),
  availability: z.enum(EXPERT_AVAILABILITIES).optional(),
});

/** The question a case-file review draw asks: who may review this org's files in this field on this date. */
export const EligibleExpertsQuerySchema = z.object({
  field: z.enum(ENFORCEMENT_FIELD_CODES, { message: '执法领域不正确' }),
  orgId: z.string().min(1, { message: '请指定被评查单位' }),
  date: CalendarDateSchema.optional().describe('默认今天'),
});

// ---------------------------------------------------------------- talent pool

/** A talent pool entry (人才库). */
export const TalentSchema = z
  .object({
    id: z.string(),
    orgId: z.string(),
    orgName: z.string(),
    name: z.string(),
    fields: z.array(z.enum(ENFORCEMENT_FIELD_CODES)),
    skills: z.string(),
    source: z.enum(TALENT_SOURCES),
    level: z.enum(TALENT_LEVELS),
    entryDate: z.string(),
    status: z.enum(TALENT_STATUSES),
    note: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Talent' });

const TalentFields = z.object({
  orgId: z.string().min(1, { message: '请选择所在单位' }),
  name: Name,
  fields: Fields,
  skills: z.string().trim().min(2, { message: '请填写特长或业务专长' }).max(500),
  source: z.enum(TALENT_SOURCES, { message: '请选择入库方式' }),
  level: z.enum(TALENT_LEVELS, { message: '请选择人才库层级' }),
  entryDate: CalendarDateSchema,
  status: z.enum(TALENT_STATUSES),
  note: OptionalText(300),
});

export const TalentCreateSchema = TalentFields.extend({ status: z.enum(TALENT_STATUSES).default('active') });

/** Editing a talent entry; absent fields stay as they are. */
export const TalentUpdateSchema = TalentFields.partial();

export const TalentListQuerySchema = z.object({
  q: z.string().trim().max(40).optional().describe('姓名或特长'),
  orgId: z.string().optional(),
  field: z.enum(ENFORCEMENT_FIELD_CODES).optional(),
  source: z.enum(TALENT_SOURCES).optional(),
  level: z.enum(TALENT_LEVELS).optional(),
  status: z.enum(TALENT_STATUSES).optional(),
});

export type InvitedSupervisor = z.infer<typeof InvitedSupervisorSchema>;
export type InvitedSupervisorCreate = z.infer<typeof InvitedSupervisorCreateSchema>;
export type InvitedSupervisorUpdate = z.infer<typeof InvitedSupervisorUpdateSchema>;
export type InvitedSupervisorStatusChange = z.infer<typeof InvitedSupervisorStatusSchema>;
export type InvitedSupervisorListQuery = z.infer<typeof InvitedSupervisorListQuerySchema>;
export type Participation = z.infer<typeof ParticipationSchema>;
export type ParticipationCreate = z.infer<typeof ParticipationCreateSchema>;
export type ParticipationYear = z.infer<typeof ParticipationYearSchema>;
export type AgeLimit = z.infer<typeof AgeLimitSchema>;
export type AgeLimitUpdate = z.infer<typeof AgeLimitUpdateSchema>;
export type Expert = z.infer<typeof ExpertSchema>;
export type ExpertConflict = z.infer<typeof ExpertConflictSchema>;
export type ExpertConflictCreate = z.infer<typeof ExpertConflictCreateSchema>;
export type ExpertCreate = z.infer<typeof ExpertCreateSchema>;
export type ExpertUpdate = z.infer<typeof ExpertUpdateSchema>;
export type ExpertListQuery = z.infer<typeof ExpertListQuerySchema>;
export type Talent = z.infer<typeof TalentSchema>;
export type TalentCreate = z.infer<typeof TalentCreateSchema>;
export type TalentUpdate = z.infer<typeof TalentUpdateSchema>;
export type TalentListQuery = z.infer<typeof TalentListQuerySchema>;
