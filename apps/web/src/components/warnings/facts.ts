import {
  CASE_KIND_LABELS,
  EVENT_TYPE_LABELS,
  PARTY_TYPE_LABELS,
  REVIEW_OPINION_LABELS,
} from '@jiandu/contracts/case-labels';
import { CIRCUMSTANCE_LABELS, formatYuan, PENALTY_TYPE_LABELS } from '@jiandu/contracts/catalogue-labels';
import { CERTIFICATE_STATUS_LABELS, CERTIFICATE_TYPE_LABELS } from '@jiandu/contracts/certificate-labels';
import { currentLocale } from '../../lib/i18n.ts';

const en = currentLocale() === 'en';

/** The names of the facts the rules record, [Chinese, English]; a key not listed shows as it is. */
const FACT_LABELS: Record<string, [string, string]> = {
  filed: ['立案日期', 'Filed on'],
  due: ['期限届满日', 'Due on'],
  decided: ['决定日期', 'Decided on'],
  closed: ['结案日期', 'Closed on'],
  extensionDays: ['延长天数', 'Days of extension'],
  daysLate: ['逾期天数', 'Days late'],
  derivation: ['期限计算过程', 'How the deadline was computed'],
  provisional: ['按暂定工作日计算', 'Provisional working days'],
  published: ['公示日期', 'Published on'],
  reversed: ['决定被撤销或变更日期', 'Reversed on'],
  reversalType: ['撤销或变更方式', 'Reversed by'],
  withdrawn: ['撤下公示日期', 'Withdrawn on'],
  notified: ['告知日期', 'Party notified on'],
  requestUntil: ['听证申请期届满日', 'Hearing request until'],
  hearingRequested: ['申请听证日期', 'Hearing requested on'],
  hearingEligibleDeclared: ['报送为可申请听证', 'Reported as open to a hearing'],
  fineTotal: ['罚款金额', 'Fine'],
  officers: ['执法人员执法证号', 'Officers’ certificates'],
  count: ['人数', 'Count'],
  kind: ['执法行为类别', 'Kind of act'],
  certificateNumber: ['执法证号', 'Certificate number'],
  day: ['行为发生日期', 'Day of the act'],
  actDay: ['行为发生日期', 'Day of the act'],
  found: ['执法证已登记', 'Certificate on record'],
  status: ['执法证状态', 'Certificate status'],
  type: ['证件类型', 'Certificate type'],
  holderAgency: ['持证人所属执法主体', 'Holder’s agency'],
  caseAgency: ['案件执法主体', 'Agency of the case'],
  reviewer: ['法制审核人员执法证号', 'Legal reviewer’s certificate'],
  opinion: ['审核意见', 'Review opinion'],
  legalReviewer: ['登记为法制审核人员', 'Registered legal reviewer'],
  major: ['重大执法决定', 'Major decision'],
  reviews: ['法制审核记录', 'Legal reviews'],
  partyType: ['当事人类型', 'Party'],
  limit: ['简易程序罚款上限', 'Summary procedure limit'],
  otherPenalties: ['其他处罚种类', 'Other penalties'],
  violationEnded: ['违法行为终了日期', 'Violation ended on'],
  limitEnd: ['追责时效届满日', 'Limitation ends on'],
  evidenceCount: ['证据数量', 'Evidence items'],
  audioVideoEvidence: ['音像记录数量', 'Audio or video records'],
  itemCode: ['执法事项编码', 'Item code'],
  agencyCreditCode: ['执法主体统一社会信用代码', 'Agency credit code'],
  circumstance: ['情节', 'Circumstance'],
  min: ['裁量基准下限', 'Benchmark minimum'],
  max: ['裁量基准上限', 'Benchmark maximum'],
  source: ['裁量基准出处', 'Benchmark source'],
  year: ['年度', 'Year'],
  itemCount: ['清单内执法事项数', 'Items in the catalogue'],
  lastCaseDay: ['最近一件案件日期', 'Last case on'],
  listedSince: ['列入清单日期', 'Listed since'],
  cases: ['案件数', 'Cases'],
  averageFine: ['平均罚款', 'Average fine'],
  peerMedian: ['同类执法主体中位数', 'Median of comparable agencies'],
  peers: ['参与比较的执法主体数', 'Agencies compared'],
  zScore: ['稳健 z 分数', 'Robust z-score'],
};

/** A fact named differently by one rule (a count of inspections, not of officers). */
const RULE_FACT_LABELS: Record<string, [string, string]> = {
  'INSPECTION_FREQUENCY_EXCEEDED.count': ['本年度对同一对象的检查次数', 'Inspections this year'],
  'INSPECTION_FREQUENCY_EXCEEDED.day': ['本次检查日期', 'Day of this inspection'],
  'REVIEWER_NOT_QUALIFIED.day': ['法制审核日期', 'Day of the review'],
};

const YUAN = new Set(['fineTotal', 'limit', 'min', 'max', 'averageFine', 'peerMedian']);

/** Codes whose Chinese name the contracts hold, by the fact that carries them. */
const CODE_LABELS: Record<string, Record<string, string>> = {
  kind: CASE_KIND_LABELS,
  partyType: PARTY_TYPE_LABELS,
  opinion: REVIEW_OPINION_LABELS,
  reversalType: EVENT_TYPE_LABELS,
  circumstance: CIRCUMSTANCE_LABELS,
  status: CERTIFICATE_STATUS_LABELS,
  type: CERTIFICATE_TYPE_LABELS,
  otherPenalties: PENALTY_TYPE_LABELS,
};

/** The name of a fact a rule used, in the current language. */
export function factLabel(ruleCode: string, key: string): string {
  const label = RULE_FACT_LABELS[`${ruleCode}.${key}`] ?? FACT_LABELS[key];
  return label ? label[en ? 1 : 0] : key;
}

/** A fact's value as a person reads it: dates as they are, yuan with 元, codes by name, yes or no. */
export function factValue(key: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'boolean') return value ? (en ? 'Yes' : '是') : en ? 'No' : '否';
  if (typeof value === 'number') return YUAN.has(key) ? formatYuan(value) : value.toLocaleString('zh-CN');
  if (typeof value === 'string') return CODE_LABELS[key]?.[value] ?? value;
  if (Array.isArray(value)) {
    if (value.length === 0) return en ? 'None' : '无';
    return value.map((v) => factValue(key, v)).join('、');
  }
  if (typeof value === 'object')
    // A nested record (one legal review: its day and opinion) reads as its values in order.
    return Object.entries(value as Record<string, unknown>)
      .map(([k, v]) => factValue(k, v))
      .join(' ');
  return String(value);
}
