/**
 * The warning rules of exchange v1 (../shared/spec/exchange-v1.md "Warning rule codes"): codes, Chinese
 * names, severities, legal bases and each rule's parameters with the spec's defaults. One list shared
 * by the rule functions, the parameter store, the console and the docs. Kept free of zod.
 */

/** Every rule code of the spec, in the spec's order. */
export const RULE_CODES = [
  'DECISION_OVERDUE',
  'TOO_FEW_OFFICERS',
  'OFFICER_NOT_CERTIFIED',
  'MAJOR_WITHOUT_LEGAL_REVIEW',
  'REVIEWER_NOT_QUALIFIED',
  'NO_PRIOR_NOTICE',
  'HEARING_PERIOD_CUT_SHORT',
  'SIMPLE_PROCEDURE_MISUSED',
  'FINE_OUTSIDE_BENCHMARK',
  'PUBLICITY_OVERDUE',
  'WITHDRAWAL_OVERDUE',
  'LIMITATION_EXPIRED',
  'ITEM_NOT_IN_CATALOGUE',
  'AGENCY_NOT_QUALIFIED',
  'AV_RECORD_MISSING',
  'INSPECTION_FREQUENCY_EXCEEDED',
  'INSPECTION_NOT_IN_PLAN',
  'ZERO_ENFORCEMENT',
  'FINE_OUTLIER',
] as const;
export type RuleCode = (typeof RULE_CODES)[number];

/** How serious a finding is; the console sorts and colours by it. */
export const SEVERITIES = ['high', 'medium', 'low'] as const;
export type Severity = (typeof SEVERITIES)[number];
export const SEVERITY_LABELS: Record<Severity, string> = { high: '高', medium: '中', low: '低' };

/** A rule looks at one case, or at an agency's cases together (类案, on a schedule). */
export type RuleScope = 'case' | 'class';

/** What a parameter counts, for the console's input and the message. */
export type ParameterUnit =
  | 'calendar_days'
  | 'working_days'
  | 'years'
  | 'months'
  | 'yuan'
  | 'count'
  | 'score';
export const PARAMETER_UNIT_LABELS: Record<ParameterUnit, string> = {
  calendar_days: '日',
  working_days: '个工作日',
  years: '年',
  months: '个月',
  yuan: '元',
  count: '次',
  score: '',
};

/** One adjustable figure of a rule, with the spec's default. */
export interface ParameterDefinition {
  key: string;
  label: string;
  unit: ParameterUnit;
  default: number;
  min: number;
  max: number;
}

/** A rule as the console and the parameter store know it. */
export interface RuleDefinition {
  code: RuleCode;
  name: string;
  scope: RuleScope;
  severity: Severity;
  basis: string;
  /** False for rules that wait for a later issue (INSPECTION_NOT_IN_PLAN waits for inspection plans). */
  active: boolean;
  parameters: ParameterDefinition[];
}

const days = (
  key: string,
  label: string,
  value: number,
  unit: ParameterUnit,
  max = 3650,
): ParameterDefinition => ({
  key,
  label,
  unit,
  default: value,
  min: 1,
  max,
});

/** The rules, in the spec's order. */
export const RULE_DEFINITIONS: readonly RuleDefinition[] = [
  {
    code: 'DECISION_OVERDUE',
    name: '超期未作出处罚决定',
    scope: 'case',
    severity: 'high',
    basis: '《行政处罚法》第六十条',
    active: true,
    parameters: [days('days', '立案后作出决定的期限', 90, 'calendar_days')],
  },
  {
    code: 'TOO_FEW_OFFICERS',
    name: '执法人员不足两人',
    scope: 'case',
    severity: 'high',
    basis: '《行政处罚法》第四十二条、《行政强制法》第十八条',
    active: true,
    parameters: [days('minOfficers', '最少执法人员数', 2, 'count', 10)],
  },
  {
    code: 'OFFICER_NOT_CERTIFIED',
    name: '执法人员无有效执法证',
    scope: 'case',
    severity: 'high',
    basis: '《行政处罚法》第四十二条',
    active: true,
    parameters: [],
  },
  {
    code: 'MAJOR_WITHOUT_LEGAL_REVIEW',
    name: '重大执法决定未经法制审核',
    scope: 'case',
    severity: 'high',
    basis: '《行政处罚法》第五十八条',
    active: true,
    parameters: [],
  },
  {
    code: 'REVIEWER_NOT_QUALIFIED',
    name: '法制审核人员不具备资格',
    scope: 'case',
    severity: 'medium',
    basis: '国办发〔2018〕118号',
    active: true,
    parameters: [],
  },
  {
    code: 'NO_PRIOR_NOTICE',
    name: '作出处罚决定前未告知',
    scope: 'case',
    severity: 'high',
    basis: '《行政处罚法》第四十四条、第六十二条',
    active: true,
    parameters: [],
  },
  {
    code: 'HEARING_PERIOD_CUT_SHORT',
    name: '未满听证申请期即作出决定',
    scope: 'case',
    severity: 'high',
    basis: '《行政处罚法》第六十四条',
    active: true,
    parameters: [
      days('workingDays', '听证申请期', 5, 'working_days', 60),
      {
        key: 'personFine',
        label: '自然人较大数额罚款',
        unit: 'yuan',
        default: 5000,
        min: 1,
        max: 100_000_000,
      },
      {
        key: 'organizationFine',
        label: '法人或其他组织较大数额罚款',
        unit: 'yuan',
        default: 100_000,
        min: 1,
        max: 1_000_000_000,
      },
    ],
  },
  {
    code: 'SIMPLE_PROCEDURE_MISUSED',
    name: '简易程序适用不当',
    scope: 'case',
    severity: 'medium',
    basis: '《行政处罚法》第五十一条',
    active: true,
    parameters: [
      { key: 'personLimit', label: '自然人罚款上限', unit: 'yuan', default: 200, min: 1, max: 100_000 },
      {
        key: 'organizationLimit',
        label: '法人或其他组织罚款上限',
        unit: 'yuan',
        default: 3000,
        min: 1,
        max: 1_000_000,
      },
    ],
  },
  {
    code: 'FINE_OUTSIDE_BENCHMARK',
    name: '罚款超出裁量基准',
    scope: 'case',
    severity: 'medium',
    basis: '国办发〔2022〕27号',
    active: true,
    parameters: [],
  },
  {
    code: 'PUBLICITY_OVERDUE',
    name: '超期未公示',
    scope: 'case',
    severity: 'medium',
    basis: '国办发〔2018〕118号',
    active: true,
    parameters: [days('workingDays', '作出决定后公示期限', 7, 'working_days', 60)],
  },
  {
    code: 'WITHDRAWAL_OVERDUE',
    name: '被撤销的决定未及时撤下公示',
    scope: 'case',
    severity: 'medium',
    basis: '《行政处罚法》第四十八条',
    active: true,
    parameters: [days('workingDays', '撤下公示期限', 3, 'working_days', 60)],
  },
  {
    code: 'LIMITATION_EXPIRED',
    name: '超过追责时效',
    scope: 'case',
    severity: 'high',
    basis: '《行政处罚法》第三十六条',
    active: true,
    parameters: [days('years', '追责时效', 2, 'years', 20)],
  },
  {
    code: 'ITEM_NOT_IN_CATALOGUE',
    name: '执法事项不在清单内',
    scope: 'case',
    severity: 'high',
    basis: '清单之外无执法 (执法事项目录清单)',
    active: true,
    parameters: [],
  },
  {
    code: 'AGENCY_NOT_QUALIFIED',
    name: '执法主体资格未确认',
    scope: 'case',
    severity: 'high',
    basis: '行政执法主体资格确认',
    active: true,
    parameters: [],
  },
  {
    code: 'AV_RECORD_MISSING',
    name: '缺少音像记录',
    scope: 'case',
    severity: 'medium',
    basis: '国办发〔2018〕118号',
    active: true,
    parameters: [],
  },
  {
    code: 'INSPECTION_FREQUENCY_EXCEEDED',
    name: '涉企检查频次超限',
    scope: 'case',
    severity: 'medium',
    basis: '辽政办发〔2015〕29号、国办发〔2024〕54号',
    active: true,
    parameters: [days('maxPerYear', '同一主体每年检查次数上限', 1, 'count', 100)],
  },
  {
    code: 'INSPECTION_NOT_IN_PLAN',
    name: '检查未列入年度检查计划',
    scope: 'case',
    severity: 'low',
    basis: '国办发〔2024〕54号',
    active: false,
    parameters: [],
  },
  {
    code: 'ZERO_ENFORCEMENT',
    name: '长期零执法',
    scope: 'class',
    severity: 'low',
    basis: '类案监督',
    active: true,
    parameters: [days('months', '无案件的期间', 12, 'months', 120)],
  },
  {
    code: 'FINE_OUTLIER',
    name: '罚款金额明显偏离同类',
    scope: 'class',
    severity: 'low',
    basis: '类案监督',
    active: true,
    parameters: [
      { key: 'zScore', label: '稳健 z 分数阈值', unit: 'score', default: 3.5, min: 1, max: 20 },
      { key: 'minPeers', label: '参与比较的最少执法主体数', unit: 'count', default: 3, min: 2, max: 1000 },
    ],
  },
];

/** A rule's definition by code. */
export const RULES_BY_CODE = Object.fromEntries(RULE_DEFINITIONS.map((rule) => [rule.code, rule])) as Record<
  RuleCode,
  RuleDefinition
>;

/** The defaults of one rule's parameters, as a plain record. */
export function defaultParameters(code: RuleCode): Record<string, number> {
  return Object.fromEntries(RULES_BY_CODE[code].parameters.map((p) => [p.key, p.default]));
}

/** Where a warning is in its life. */
export const WARNING_STATUSES = ['open', 'acknowledged', 'matter', 'dismissed', 'resolved'] as const;
export type WarningStatus = (typeof WARNING_STATUSES)[number];
export const WARNING_STATUS_LABELS: Record<WarningStatus, string> = {
  open: '待处理',
  acknowledged: '已确认',
  matter: '已转监督事项',
  dismissed: '已排除',
  resolved: '已自动解除',
};

/** Why a warning was dismissed: the rule was wrong here, or the act was justified. */
export const DISMISS_REASONS = ['false_positive', 'justified'] as const;
export type DismissReason = (typeof DISMISS_REASONS)[number];
export const DISMISS_REASON_LABELS: Record<DismissReason, string> = {
  false_positive: '误报',
  justified: '情况属实但有正当理由',
};
