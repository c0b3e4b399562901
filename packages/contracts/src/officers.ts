import { z } from 'zod';
import { CERTIFICATE_STATUSES, CERTIFICATE_TYPES } from './certificate-labels.ts';
import { ResidentIdSchema } from './codes.ts';
import { ENFORCEMENT_FIELD_CODES } from './fields.ts';

/** Genders, as recorded on the ID card. */
export const GENDER_LABELS = { male: '男', female: '女' } as const;

/** How the officer is employed; only regular staff may enforce (合同工、劳务派遣、临时人员不得执法). */
export const STAFF_KINDS = ['civil_servant', 'public_institution', 'other'] as const;
export const STAFF_KIND_LABELS: Record<(typeof STAFF_KINDS)[number], string> = {
  civil_servant: '公务员(含参公管理人员)',
  public_institution: '事业编制人员',
  other: '其他人员',
};

export {
  CERTIFICATE_STATUS_LABELS,
  CERTIFICATE_STATUSES,
  CERTIFICATE_TYPE_LABELS,
  CERTIFICATE_TYPES,
  type CertificateStatus,
  type CertificateType,
} from './certificate-labels.ts';

/** Law exams before a certificate is issued. */
export const EXAM_SUBJECTS = ['public_law', 'professional_law', 'other'] as const;
export const EXAM_SUBJECT_LABELS: Record<(typeof EXAM_SUBJECTS)[number], string> = {
  public_law: '公共法律知识',
  professional_law: '专业法律知识',
  other: '其他考试',
};

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: '日期格式应为 YYYY-MM-DD' });
const Fields = z.array(z.enum(ENFORCEMENT_FIELD_CODES)).min(1, { message: '请至少选择一个执法领域' });
const Reason = z.string().trim().min(2, { message: '请填写原因' }).max(500);
const Phone = z
  .string()
  .trim()
  .regex(/^1\d{10}$/, { message: '手机号应为11位数字' });
/** A certificate number: capital letters and digits, 6 to 32 characters. */
export const CertificateNumberSchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z0-9]{6,32}$/, { message: '证件编号应为6至32位大写字母或数字' });
/** A photo as a data URL (JPEG or PNG), at most about 200 KB. */
const Photo = z
  .string()
  .regex(/^data:image\/(jpeg|png);base64,/, { message: '照片应为 JPEG 或 PNG 图片' })
  .max(280_000, { message: '照片不能超过 200 KB' });

/** A certificate as listed in the console. */
export const CertificateSchema = z
  .object({
    id: z.string(),
    officerId: z.string(),
    officerName: z.string(),
    orgId: z.string(),
    orgName: z.string(),
    number: z.string(),
    type: z.enum(CERTIFICATE_TYPES),
    issuingAuthority: z.string(),
    issueDate: z.string(),
    expiryDate: z.string(),
    fields: z.array(z.string()),
    status: z.enum(CERTIFICATE_STATUSES),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Certificate' });

/** An officer as presented; ID number and phone masked without `pii.read`. */
export const OfficerSchema = z
  .object({
    id: z.string(),
    orgId: z.string(),
    orgName: z.string(),
    regionCode: z.string(),
    name: z.string(),
    gender: z.enum(['male', 'female']),
    idNumber: z.string().describe('身份证号; 无"查看未脱敏的个人信息"权限时脱敏'),
    birthDate: z.string(),
    phone: z.string().nullable(),
    hasPhoto: z.boolean(),
    photoPublic: z.boolean(),
    post: z.string(),
    staffKind: z.enum(STAFF_KINDS),
    fields: z.array(z.string()),
    legalQualification: z.boolean().describe('具有法律职业资格'),
    legalReviewer: z.boolean().describe('法制审核人员'),
    status: z.enum(['active', 'left']),
    certificates: z.array(
      z.object({
        id: z.string(),
        number: z.string(),
        type: z.enum(CERTIFICATE_TYPES),
        status: z.enum(CERTIFICATE_STATUSES),
        expiryDate: z.string(),
      }),
    ),
    trainingHoursThisYear: z.number(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Officer' });

/** Registering an officer. Gender and birth date come from the ID number. */
export const OfficerCreateSchema = z.object({
  orgId: z.string().min(1, { message: '请选择所在单位' }),
  name: z.string().trim().min(2, { message: '姓名至少2个字' }).max(30),
  idNumber: ResidentIdSchema,
  phone: Phone.nullable().optional(),
  post: z.string().trim().min(2, { message: '请填写执法岗位' }).max(60),
  staffKind: z.enum(STAFF_KINDS),
  fields: Fields,
  legalQualification: z.boolean().default(false),
  legalReviewer: z.boolean().default(false),
  photo: Photo.nullable().optional(),
  photoPublic: z.boolean().default(false).describe('本人同意在亮证页面公开照片'),
  startDate: IsoDate.optional().describe('到岗日期 (首个岗位的起始日期), 默认为登记当天'),
});

/** Editing an officer (moving to another org is a transfer, not an edit). */
export const OfficerUpdateSchema = OfficerCreateSchema.omit({
  orgId: true,
  idNumber: true,
  startDate: true,
}).partial();

/** Filters of the officer list. */
export const OfficerListQuerySchema = z.object({
  orgId: z.string().optional().describe('单位 (含下级单位)'),
  q: z.string().trim().max(40).optional().describe('姓名或证件编号'),
  field: z.enum(ENFORCEMENT_FIELD_CODES).optional(),
  status: z.enum(['active', 'left']).optional(),
  legalReviewer: z.enum(['true', 'false']).optional(),
  certificateStatus: z.enum(CERTIFICATE_STATUSES).optional(),
});

/** Moving an officer to another org (调动); history keeps the earlier post. */
export const OfficerTransferSchema = z.object({
  orgId: z.string().min(1, { message: '请选择调入单位' }),
  post: z.string().trim().min(2, { message: '请填写新岗位' }).max(60),
  effectiveDate: IsoDate,
  reason: Reason,
});

/** An officer leaving enforcement work (离岗/调离); valid certificates are cancelled (注销). */
export const OfficerLeaveSchema = z.object({ effectiveDate: IsoDate, reason: Reason });

/** A post an officer held. */
export const OfficerPostSchema = z.object({
  id: z.string(),
  orgId: z.string(),
  orgName: z.string(),
  post: z.string(),
  fromDate: z.string(),
  toDate: z.string().nullable(),
  reason: z.string(),
});

/** Issuing a certificate to an officer. */
export const CertificateIssueSchema = z
  .object({
    officerId: z.string().min(1),
    number: CertificateNumberSchema,
    type: z.enum(CERTIFICATE_TYPES),
    issuingAuthority: z.string().trim().min(4, { message: '请填写发证机关' }).max(60),
    issueDate: IsoDate,
    expiryDate: IsoDate,
    fields: Fields,
  })
  .refine((c) => c.expiryDate > c.issueDate, {
    message: '有效期截止日期应晚于发证日期',
    path: ['expiryDate'],
  });

/** Changing a certificate's status: suspend, revoke, cancel, or reinstate a suspended one. */
export const CertificateStatusChangeSchema = z.object({
  status: z.enum(['valid', 'suspended', 'revoked', 'cancelled']),
  effectiveDate: IsoDate,
  reason: Reason,
});

/** One status change in a certificate's history. */
export const CertificateEventSchema = z.object({
  id: z.string(),
  status: z.enum(CERTIFICATE_STATUSES),
  effectiveDate: z.string(),
  reason: z.string(),
  actor: z.string(),
  recordedAt: z.string(),
});

/** Whether a certificate was valid on a date, and why not. */
export const CertificateValiditySchema = z.object({
  number: z.string(),
  date: z.string(),
  valid: z.boolean(),
  status: z.enum(CERTIFICATE_STATUSES).nullable().describe('当日状态; 发证前为 null'),
  reason: z.string().describe('中文说明'),
});

/** Filters of the certificate list. */
export const CertificateListQuerySchema = z.object({
  orgId: z.string().optional(),
  q: z.string().trim().max(40).optional().describe('证件编号或持证人姓名'),
  type: z.enum(CERTIFICATE_TYPES).optional(),
  status: z.enum(CERTIFICATE_STATUSES).optional(),
  expiringWithinDays: z.coerce.number().int().min(1).max(366).optional(),
});

/** A training course completed. */
export const TrainingRecordSchema = z.object({
  id: z.string(),
  course: z.string(),
  provider: z.string().nullable(),
  year: z.number().int(),
  completedOn: z.string(),
  hours: z.number(),
});
export const TrainingRecordCreateSchema = z.object({
  course: z.string().trim().min(2, { message: '请填写课程名称' }).max(100),
  provider: z.string().trim().max(60).nullable().optional(),
  completedOn: IsoDate,
  hours: z.number().positive({ message: '学时应大于0' }).max(200, { message: '单次学时不超过200' }),
});

/** A law exam result. */
export const ExamResultSchema = z.object({
  id: z.string(),
  subject: z.enum(EXAM_SUBJECTS),
  title: z.string(),
  takenOn: z.string(),
  score: z.number(),
  passed: z.boolean(),
});
export const ExamResultCreateSchema = z.object({
  subject: z.enum(EXAM_SUBJECTS),
  title: z.string().trim().min(2).max(100),
  takenOn: IsoDate,
  score: z.number().min(0).max(150),
  passed: z.boolean(),
});

/** Staffing figures of one agency (人员配备情况), also read by warning rules later. */
export const StaffingSchema = z
  .object({
    orgId: z.string(),
    orgName: z.string(),
    year: z.number().int(),
    officers: z.number().int().describe('在岗执法人员数'),
    legalReviewers: z.number().int(),
    legalReviewerShare: z.number().describe('法制审核人员占比 (0–1)'),
    legalReviewerTarget: z.number(),
    legalReviewerShortfall: z.boolean(),
    trainingHoursTarget: z.number(),
    officersBelowTraining: z.number().int().describe('当年培训学时未达标人数'),
    certificatesExpiring: z.object({
      within7: z.number().int(),
      within30: z.number().int(),
      within60: z.number().int(),
    }),
    certificatesExpired: z.number().int(),
  })
  .meta({ id: 'Staffing' });

/** Staffing targets for a region; defaults 5% and 60 hours. */
export const StaffingTargetSchema = z.object({
  regionCode: z.string(),
  legalReviewerShare: z.number().min(0).max(1),
  trainingHours: z.number().min(0).max(500),
  inherited: z.boolean().describe('未单独设置, 沿用上级或默认值'),
});
export const StaffingTargetUpdateSchema = z.object({
  legalReviewerShare: z.number().min(0, { message: '比例不能为负' }).max(1, { message: '比例不超过100%' }),
  trainingHours: z.number().min(0).max(500, { message: '学时不超过500' }),
});

/** An officer as the public sees it (亮证): nothing personal beyond the name. */
export const PublicOfficerSchema = z
  .object({
    name: z.string(),
    certificateNumber: z.string(),
    certificateType: z.enum(CERTIFICATE_TYPES),
    agencyName: z.string(),
    agencyCreditCode: z.string().nullable(),
    fields: z.array(z.string()),
    status: z.enum(CERTIFICATE_STATUSES),
    validUntil: z.string(),
    legalReviewer: z.boolean(),
    photoUrl: z.string().nullable().describe('仅在本人同意公开时提供'),
  })
  .meta({ id: 'PublicOfficer' });

/** An in-app notice to the user's org. */
export const NotificationSchema = z.object({
  id: z.string(),
  kind: z.string(),
  title: z.string(),
  body: z.string(),
  link: z.string().nullable(),
  createdAt: z.string(),
  readAt: z.string().nullable(),
});

/** Filters of the staffing list. */
export const StaffingListQuerySchema = z.object({
  orgId: z.string().optional().describe('单位 (含下级单位)'),
  shortfall: z
    .enum(['true', 'false'])
    .optional()
    .describe('true: 只列出法制审核人员占比或培训学时未达标的单位'),
});

/** The date a certificate's validity is asked for; today when left out. */
export const CertificateValidityQuerySchema = z.object({ date: IsoDate.optional() });

/** How many notices of the user's org are unread. */
export const UnreadCountSchema = z.object({ count: z.number().int() });

/** The public officer search (亮证查询) by agency. */
export const PublicOfficersQuerySchema = z.object({
  agencyCreditCode: z.string().optional().describe('执法主体的统一社会信用代码 (必填)'),
});

export type Officer = z.infer<typeof OfficerSchema>;
export type OfficerCreate = z.infer<typeof OfficerCreateSchema>;
export type Certificate = z.infer<typeof CertificateSchema>;
export type CertificateEvent = z.infer<typeof CertificateEventSchema>;
export type Staffing = z.infer<typeof StaffingSchema>;
export type PublicOfficer = z.infer<typeof PublicOfficerSchema>;
export type Notification = z.infer<typeof NotificationSchema>;
export type CertificateValidity = z.infer<typeof CertificateValiditySchema>;
export type StaffingTarget = z.infer<typeof StaffingTargetSchema>;
export type TrainingRecord = z.infer<typeof TrainingRecordSchema>;
export type ExamResult = z.infer<typeof ExamResultSchema>;
export type OfficerPost = z.infer<typeof OfficerPostSchema>;
