/**
 * Supervision warnings (监督预警) in the console: the warning centre's list, counts and export, one
 * warning with its facts and history, the lifecycle actions, and the rules' parameters and quality.
 * Codes, names and labels come from the zod-free warning-rules.ts.
 */
import { z } from 'zod';
import { ENFORCEMENT_FIELD_CODES } from './fields.ts';
import { DISMISS_REASONS, RULE_CODES, SEVERITIES, WARNING_STATUSES } from './warning-rules.ts';

const DateOnly = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: '日期格式应为 YYYY-MM-DD' });
const RegionCode = z.string().regex(/^\d{6}(\d{3})?$/, { message: '行政区划代码应为6位或9位数字' });

/** What happened to a warning, one line of its history. */
export const WARNING_EVENT_KINDS = [
  'found',
  'updated',
  'resolved',
  'acknowledged',
  'dismissed',
  'contested',
  'matter',
] as const;
export type WarningEventKind = (typeof WARNING_EVENT_KINDS)[number];
export const WARNING_EVENT_KIND_LABELS: Record<WarningEventKind, string> = {
  found: '发现',
  updated: '重新评估后内容变化',
  resolved: '不再符合, 自动解除',
  acknowledged: '确认',
  dismissed: '排除',
  contested: '执法机关提出异议',
  matter: '转为监督事项',
};

/** Filters of the warning centre (also of its counts and export). */
export const WarningListQuerySchema = z.object({
  ruleCode: z.enum(RULE_CODES).optional(),
  severity: z.enum(SEVERITIES).optional(),
  status: z.enum(WARNING_STATUSES).optional(),
  regionCode: RegionCode.optional().describe('含下级行政区划'),
  agencyOrgId: z.string().max(40).optional(),
  caseId: z.string().max(40).optional(),
  from: DateOnly.optional().describe('发现日期起'),
  to: DateOnly.optional().describe('发现日期止'),
});
export type WarningListQuery = z.infer<typeof WarningListQuerySchema>;

/** Sort keys of the warning list. */
export const WARNING_SORTS = ['found', 'evaluated', 'changed'] as const;

/** One row of the warning centre. */
export const WarningSummarySchema = z
  .object({
    id: z.string(),
    ruleCode: z.enum(RULE_CODES),
    ruleName: z.string(),
    ruleVersion: z.number().int(),
    severity: z.enum(SEVERITIES),
    status: z.enum(WARNING_STATUSES),
    key: z.string().describe('同一规则在同一对象上的多条预警的区分键'),
    message: z.string(),
    case: z
      .object({ id: z.string(), externalId: z.string(), title: z.string().nullable() })
      .nullable()
      .describe('类案预警无对应案件'),
    agency: z.object({ id: z.string(), name: z.string() }),
    regionCode: z.string(),
    field: z.enum(ENFORCEMENT_FIELD_CODES).nullable(),
    foundOn: z.string(),
    firstFoundAt: z.string(),
    lastEvaluatedAt: z.string(),
    statusChangedAt: z.string(),
    statusChangedBy: z.string(),
    dismissReason: z.enum(DISMISS_REASONS).nullable(),
    contested: z.boolean(),
  })
  .meta({ id: 'WarningSummary' });
export type WarningSummary = z.infer<typeof WarningSummarySchema>;

/** One line of a warning's history. */
export const WarningEventSchema = z
  .object({
    kind: z.enum(WARNING_EVENT_KINDS),
    fromStatus: z.enum(WARNING_STATUSES).nullable(),
    toStatus: z.enum(WARNING_STATUSES).nullable(),
    actor: z.string(),
    at: z.string(),
    note: z.string().nullable(),
    caseVersion: z.number().int().nullable(),
  })
  .meta({ id: 'WarningEvent' });
export type WarningEvent = z.infer<typeof WarningEventSchema>;

/** One warning: why it was raised (facts, parameters, basis), how it was handled, and its history. */
export const WarningDetailSchema = z
  .object({
    summary: WarningSummarySchema,
    facts: z.record(z.string(), z.unknown()),
    parameters: z.record(z.string(), z.number()),
    basis: z.string(),
    caseVersion: z.number().int().nullable().describe('最近一次发现此预警时的案件版本'),
    resolvedAt: z.string().nullable(),
    handlingNote: z.string().nullable(),
    contest: z.object({ text: z.string(), at: z.string(), by: z.string() }).nullable(),
    history: z.array(WarningEventSchema),
  })
  .meta({ id: 'WarningDetail' });
export type WarningDetail = z.infer<typeof WarningDetailSchema>;

const Note = z.string().trim().max(2000, { message: '说明最多2000字' });

/** Acknowledging one warning, with an optional note. */
export const WarningAcknowledgeSchema = z.object({ note: Note.optional() });
export type WarningAcknowledge = z.infer<typeof WarningAcknowledgeSchema>;

/** Acknowledging many warnings at once from the warning centre. */
export const WarningAcknowledgeManySchema = z.object({
  ids: z
    .array(z.string().max(40))
    .min(1, { message: '请选择要确认的预警' })
    .max(500, { message: '一次最多确认500条预警' }),
  note: Note.optional(),
});
export type WarningAcknowledgeMany = z.infer<typeof WarningAcknowledgeManySchema>;

/** What a bulk acknowledgement did: warnings not open, or out of reach, are skipped with a reason. */
export const WarningBulkResultSchema = z.object({
  acknowledged: z.number().int(),
  skipped: z.array(z.object({ id: z.string(), reason: z.string() })),
});
export type WarningBulkResult = z.infer<typeof WarningBulkResultSchema>;

/** Dismissing a warning: a false positive, or the act was justified; always explained. */
export const WarningDismissSchema = z.object({
  reason: z.enum(DISMISS_REASONS),
  note: Note.min(2, { message: '请说明排除的理由' }),
});
export type WarningDismiss = z.infer<typeof WarningDismissSchema>;

/** The agency's objection to a warning, with its explanation. */
export const WarningContestSchema = z.object({
  text: z.string().trim().min(5, { message: '请说明异议的事实和理由 (至少5个字)' }).max(4000),
});
export type WarningContest = z.infer<typeof WarningContestSchema>;

const Counts = z.array(z.object({ value: z.string(), label: z.string(), count: z.number().int() }));

/** How many warnings match the filters, by rule, severity and status. */
export const WarningCountsSchema = z
  .object({ total: z.number().int(), byRule: Counts, bySeverity: Counts, byStatus: Counts })
  .meta({ id: 'WarningCounts' });
export type WarningCounts = z.infer<typeof WarningCountsSchema>;

/** One stored parameter value of a rule for a region and field, from a day on. */
export const RuleParameterOverrideSchema = z
  .object({
    id: z.string(),
    ruleCode: z.enum(RULE_CODES),
    key: z.string(),
    regionCode: z.string().nullable().describe('null: 所有地区'),
    field: z.enum(ENFORCEMENT_FIELD_CODES).nullable().describe('null: 所有执法领域'),
    value: z.number().nullable().describe('null: 撤销此处的设置, 沿用上级或默认值'),
    effectiveFrom: z.string(),
    reason: z.string(),
    createdBy: z.string(),
    createdAt: z.string(),
  })
  .meta({ id: 'RuleParameterOverride' });
export type RuleParameterOverride = z.infer<typeof RuleParameterOverrideSchema>;

/** A new parameter value an administrator sets. */
export const RuleParameterInputSchema = z.object({
  key: z.string().trim().min(1).max(40),
  regionCode: RegionCode.nullable().default(null),
  field: z.enum(ENFORCEMENT_FIELD_CODES).nullable().default(null),
  value: z.number().nullable(),
  effectiveFrom: DateOnly,
  reason: z.string().trim().min(2, { message: '请说明调整参数的理由' }).max(500),
});
export type RuleParameterInput = z.infer<typeof RuleParameterInputSchema>;

/** A rule as the console lists it: its definition, parameters with defaults, and the stored values. */
export const WarningRuleSchema = z
  .object({
    code: z.enum(RULE_CODES),
    name: z.string(),
    scope: z.enum(['case', 'class']),
    severity: z.enum(SEVERITIES),
    basis: z.string(),
    active: z.boolean(),
    parameters: z.array(
      z.object({
        key: z.string(),
        label: z.string(),
        unit: z.string(),
        unitLabel: z.string(),
        default: z.number(),
        min: z.number(),
        max: z.number(),
      }),
    ),
    overrides: z.array(RuleParameterOverrideSchema).describe('今日有效的地区、领域设置'),
    upcoming: z.array(RuleParameterOverrideSchema).describe('尚未生效的设置'),
  })
  .meta({ id: 'WarningRule' });
export type WarningRule = z.infer<typeof WarningRuleSchema>;

/** Which parameters apply to a region and field on a day. */
export const ResolvedParametersQuerySchema = z.object({
  regionCode: RegionCode,
  field: z.enum(ENFORCEMENT_FIELD_CODES).optional(),
  day: DateOnly.optional(),
});
export type ResolvedParametersQuery = z.infer<typeof ResolvedParametersQuerySchema>;

/** Per rule: how many warnings fired and what share were dismissed as false positives. */
export const RuleQualitySchema = z
  .object({
    ruleCode: z.enum(RULE_CODES),
    ruleName: z.string(),
    fired: z.number().int(),
    open: z.number().int(),
    acknowledged: z.number().int(),
    matter: z.number().int(),
    dismissed: z.number().int(),
    resolved: z.number().int(),
    falsePositive: z.number().int(),
    justified: z.number().int(),
    falsePositiveShare: z.number().nullable().describe('误报排除数 / 触发数; 无触发时为 null'),
  })
  .meta({ id: 'RuleQuality' });
export type RuleQuality = z.infer<typeof RuleQualitySchema>;

/** The period rule quality covers (by the day warnings were found). */
export const RuleQualityQuerySchema = z.object({
  from: DateOnly.optional(),
  to: DateOnly.optional(),
});
export type RuleQualityQuery = z.infer<typeof RuleQualityQuerySchema>;

/** A proposed set of a rule's parameter values, to be tried over the stored cases before it is set. */
export const RuleBacktestInputSchema = z
  .object({
    parameters: z.record(z.string(), z.number()).describe('拟调整的参数值, 未列出的沿用现行值'),
    regionCode: RegionCode.optional().describe('只回测该行政区划 (含下级) 的案件'),
  })
  .meta({ id: 'RuleBacktestInput' });
export type RuleBacktestInput = z.infer<typeof RuleBacktestInputSchema>;

/** A warning that would appear or disappear under the proposed values. */
export const BacktestExampleSchema = z.object({
  caseId: z.string().nullable(),
  externalId: z.string().nullable(),
  agencyName: z.string().nullable(),
  message: z.string(),
});

/** What a backtest found: findings now and under the proposal, and what would change. */
export const RuleBacktestResultSchema = z
  .object({
    ruleCode: z.enum(RULE_CODES),
    judgedOn: z.string(),
    regionCode: z.string().nullable(),
    cases: z.number().int().describe('回测的案件数 (类案规则为执法主体或事项数)'),
    current: z.number().int().describe('按现行参数会产生的预警数'),
    proposed: z.number().int().describe('按拟调整参数会产生的预警数'),
    appear: z.number().int().describe('将新增的预警数'),
    disappear: z.number().int().describe('将消失的预警数'),
    examples: z.object({ appear: z.array(BacktestExampleSchema), disappear: z.array(BacktestExampleSchema) }),
  })
  .meta({ id: 'RuleBacktestResult' });
export type RuleBacktestResult = z.infer<typeof RuleBacktestResultSchema>;
