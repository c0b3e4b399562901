// Complaint statistics: the period asked for and the figures by channel, category, agency,
// timeliness and satisfaction.
import { z } from 'zod';
import { COMPLAINT_CATEGORIES, COMPLAINT_CHANNELS, COMPLAINT_RATINGS } from './complaint-labels.ts';
import { Count, Id } from './complaints-base.ts';

/** The period (registration dates, inclusive) and the org whose complaints are counted. */
export const ComplaintStatisticsQuerySchema = z.object({
  from: z.iso.date({ message: '开始日期格式应为 YYYY-MM-DD' }).optional(),
  to: z.iso.date({ message: '结束日期格式应为 YYYY-MM-DD' }).optional(),
  orgId: Id.optional().describe('受理单位 (含下级)'),
});
export type ComplaintStatisticsQuery = z.infer<typeof ComplaintStatisticsQuerySchema>;

/** How one complained-about agency's complaints went; agencyId null gathers those naming no agency. */
export const ComplaintAgencyFiguresSchema = z.object({
  agencyId: z.string().nullable(),
  agencyName: z.string(),
  total: Count,
  accepted: Count,
  declined: Count,
  transferred: Count,
  answered: Count,
  closed: Count,
  answeredOnTime: Count,
  overdue: Count,
});
export type ComplaintAgencyFigures = z.infer<typeof ComplaintAgencyFiguresSchema>;

/** Complaint figures for a period: volume by channel, category and agency, timeliness, satisfaction. */
export const ComplaintStatisticsSchema = z.object({
  from: z.string().nullable(),
  to: z.string().nullable(),
  orgId: z.string().nullable(),
  total: Count,
  byChannel: z.array(z.object({ channel: z.enum(COMPLAINT_CHANNELS), total: Count })),
  byCategory: z.array(z.object({ category: z.enum(COMPLAINT_CATEGORIES), total: Count })),
  byAgency: z.array(ComplaintAgencyFiguresSchema),
  timeliness: z.object({
    acceptedOnTime: Count.describe('在受理期限内作出受理或不予受理决定 (转办的, 按接收单位的受理期限)'),
    acceptedLate: Count,
    answeredOnTime: Count.describe('在答复期限 (含批准的延期) 内答复'),
    answeredLate: Count,
    openOverdue: Count.describe('尚未办结且当前已超期'),
    extensionsGranted: Count,
  }),
  satisfaction: z.object({
    rated: Count,
    byRating: z.array(z.object({ rating: z.enum(COMPLAINT_RATINGS), total: Count })),
    satisfiedShare: z
      .number()
      .min(0)
      .max(1)
      .nullable()
      .describe('满意率: (满意 + 基本满意) / 已评价; 无评价时为 null'),
  }),
  reopened: Count.describe('投诉人申请重新办理过的投诉件数'),
  routedOut: z
    .object({ reconsideration: Count, litigation: Count })
    .describe('因属于行政复议、行政诉讼事项而不予受理并告知途径的件数'),
  reviews: z.object({ review: Count, recheck: Count }).describe('信访事项请求复查、复核的件数'),
});
export type ComplaintStatistics = z.infer<typeof ComplaintStatisticsSchema>;
