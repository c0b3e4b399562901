/**
 * The item catalogue (执法事项目录) and discretion benchmarks (行政裁量权基准): kinds, circumstances,
 * penalty types and their Chinese labels, with the pure formatters of legal bases and fine rules.
 * Kept free of zod so the public portal can show them without loading the validation library.
 */

/** The kind of enforcement act an item is (spec `kind`). */
export const ITEM_KINDS = [
  'penalty',
  'license',
  'coercion',
  'inspection',
  'levy',
  'payment',
  'adjudication',
  'confirmation',
  'reward',
  'other',
] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];
export const ITEM_KIND_LABELS: Record<ItemKind, string> = {
  penalty: '行政处罚',
  license: '行政许可',
  coercion: '行政强制',
  inspection: '行政检查',
  levy: '行政征收征用',
  payment: '行政给付',
  adjudication: '行政裁决',
  confirmation: '行政确认',
  reward: '行政奖励',
  other: '其他行政权力',
};

/**
 * The tier a case falls into (情节), lightest first: 不予处罚, 减轻 (below the statutory minimum),
 * 从轻 (low in the range), 一般, 从重. Lists and tables show tiers in this order.
 */
export const CIRCUMSTANCES = ['exempt', 'mitigated', 'lighter', 'general', 'heavier'] as const;
export type Circumstance = (typeof CIRCUMSTANCES)[number];
export const CIRCUMSTANCE_LABELS: Record<Circumstance, string> = {
  exempt: '不予处罚',
  lighter: '从轻处罚',
  mitigated: '减轻处罚',
  general: '一般处罚',
  heavier: '从重处罚',
};

/** Penalty types of the exchange spec; `fine` comes from a tier's fine rule, the rest are listed. */
export const PENALTY_TYPES = [
  'warning',
  'fine',
  'confiscation',
  'suspension',
  'revocation',
  'detention',
  'other',
] as const;
export type PenaltyType = (typeof PENALTY_TYPES)[number];
export const PENALTY_TYPE_LABELS: Record<PenaltyType, string> = {
  warning: '警告',
  fine: '罚款',
  confiscation: '没收违法所得、没收非法财物',
  suspension: '暂扣许可证件、责令停产停业',
  revocation: '吊销许可证件',
  detention: '行政拘留',
  other: '其他行政处罚',
};
/** Penalty types a tier lists besides its fine. */
export const TIER_PENALTY_TYPES = [
  'warning',
  'confiscation',
  'suspension',
  'revocation',
  'detention',
  'other',
] as const satisfies readonly Exclude<PenaltyType, 'fine'>[];
export type TierPenaltyType = (typeof TIER_PENALTY_TYPES)[number];

/** What a fine may be a multiple of: 违法所得 or 货值金额. */
export const FINE_BASES = ['illegalGains', 'goodsValue'] as const;
export type FineBase = (typeof FINE_BASES)[number];
export const FINE_BASE_LABELS: Record<FineBase, string> = {
  illegalGains: '违法所得',
  goodsValue: '货值金额',
};

/**
 * How a tier's fine is set: an absolute range in yuan, or a range of multiples of the illegal gains
 * or goods value — with, as many laws have it, an absolute range when that value is below a
 * threshold or absent ("没有违法所得或者违法所得不足1万元的, 处3000元以上1万元以下罚款").
 */
export type FineRule =
  | { mode: 'absolute'; min: number; max: number }
  | {
      mode: 'multiple';
      of: FineBase;
      minTimes: number;
      maxTimes: number;
      fallback?: { below: number; min: number; max: number } | null | undefined;
    };

/** The lists a benchmark carries: 首违不罚 and other not-punished behaviours (不予处罚清单). */
export const LIST_KINDS = ['firstOffenceExempt', 'notPunished'] as const;
export type ListKind = (typeof LIST_KINDS)[number];
export const LIST_KIND_LABELS: Record<ListKind, string> = {
  firstOffenceExempt: '首违不罚',
  notPunished: '不予处罚',
};

/** An item's status in lists: its newest version's, or withdrawn (已取消). */
export const ITEM_STATUSES = ['draft', 'submitted', 'published', 'withdrawn'] as const;
export type ItemStatus = (typeof ITEM_STATUSES)[number];
export const ITEM_STATUS_LABELS: Record<ItemStatus, string> = {
  draft: '草稿',
  submitted: '待审核',
  published: '已发布',
  withdrawn: '已取消',
};

/** The states of one version of an item or a benchmark. */
export const VERSION_STATUSES = ['draft', 'submitted', 'published', 'superseded', 'withdrawn'] as const;
export type VersionStatus = (typeof VERSION_STATUSES)[number];
export const VERSION_STATUS_LABELS: Record<VersionStatus, string> = {
  draft: '草稿',
  submitted: '待审核',
  published: '已发布',
  superseded: '已被新版本替代',
  withdrawn: '已取消',
};

/** What a step in an item's history did (items and benchmarks alike). */
export const ITEM_ACTIONS = ['draft', 'submit', 'return', 'publish', 'supersede', 'withdraw'] as const;
export type ItemAction = (typeof ITEM_ACTIONS)[number];
export const ITEM_ACTION_LABELS: Record<ItemAction, string> = {
  draft: '起草',
  submit: '提交审核',
  return: '退回修改',
  publish: '发布',
  supersede: '被新版本替代',
  withdraw: '取消',
};

/** Whether a version or step is of the item itself or of its benchmark. */
export const SUBJECTS = ['item', 'benchmark'] as const;
export type Subject = (typeof SUBJECTS)[number];
export const SUBJECT_LABELS: Record<Subject, string> = { item: '执法事项', benchmark: '裁量基准' };

/** One legal basis of an item: the law, regulation or rule, its article and clause, and the text. */
export interface ItemLegalBasis {
  law: string;
  article?: string | null | undefined;
  clause?: string | null | undefined;
  text?: string | null | undefined;
}

/** A legal basis as a citation: 《中华人民共和国食品安全法》第一百二十二条第一款. */
export function formatLegalBasis(basis: ItemLegalBasis): string {
  const law = basis.law.trim().replace(/^《?/, '《').replace(/》?$/, '》');
  return `${law}${basis.article?.trim() ?? ''}${basis.clause?.trim() ?? ''}`;
}

/** Money in yuan as Chinese readers expect it: thousands separated, cents only when present. */
export function formatYuan(amount: number): string {
  const whole = Number.isInteger(amount);
  return `${amount.toLocaleString('zh-CN', {
    minimumFractionDigits: whole ? 0 : 2,
    maximumFractionDigits: 2,
  })}元`;
}

/** A multiple as written in law: 1倍, 0.5倍. */
function times(value: number): string {
  return `${Number(value.toFixed(4))}倍`;
}

/** A fine rule in words: "处违法所得1倍以上5倍以下罚款; 违法所得不足1万元的, 处3,000元以上10,000元以下罚款". */
export function describeFine(rule: FineRule): string {
  if (rule.mode === 'absolute') {
    if (rule.min <= 0) return `${formatYuan(rule.max)}以下罚款`;
    return `${formatYuan(rule.min)}以上${formatYuan(rule.max)}以下罚款`;
  }
  const base = FINE_BASE_LABELS[rule.of];
  const main = `${base}${times(rule.minTimes)}以上${times(rule.maxTimes)}以下罚款`;
  if (!rule.fallback) return main;
  const f = rule.fallback;
  const range = f.min <= 0 ? `${formatYuan(f.max)}以下` : `${formatYuan(f.min)}以上${formatYuan(f.max)}以下`;
  return `${main}; 没有${base}或${base}不足${formatYuan(f.below)}的, 处${range}罚款`;
}
