import {
  CIRCUMSTANCE_LABELS,
  type Circumstance,
  FINE_BASE_LABELS,
  type FineBase,
  ITEM_ACTION_LABELS,
  ITEM_KIND_LABELS,
  ITEM_STATUS_LABELS,
  type ItemAction,
  type ItemKind,
  type ItemStatus,
  LIST_KIND_LABELS,
  type ListKind,
  PENALTY_TYPE_LABELS,
  type PenaltyType,
  SUBJECT_LABELS,
  type Subject,
  VERSION_STATUS_LABELS,
  type VersionStatus,
} from '@jiandu/contracts/catalogue-labels';
import { currentLocale } from '../../lib/i18n.ts';

/** Labels of the catalogue's codes in the current language; Chinese comes from the contract itself. */
const en = currentLocale() === 'en';

const KIND_EN: Record<ItemKind, string> = {
  penalty: 'Administrative penalty',
  license: 'Licence',
  coercion: 'Coercive measure',
  inspection: 'Inspection',
  levy: 'Levy or requisition',
  payment: 'Benefit payment',
  adjudication: 'Adjudication',
  confirmation: 'Confirmation',
  reward: 'Reward',
  other: 'Other power',
};
const CIRCUMSTANCE_EN: Record<Circumstance, string> = {
  exempt: 'Not punished',
  lighter: 'Lighter',
  mitigated: 'Mitigated',
  general: 'General',
  heavier: 'Heavier',
};
const PENALTY_EN: Record<PenaltyType, string> = {
  warning: 'Warning',
  fine: 'Fine',
  confiscation: 'Confiscation of gains or property',
  suspension: 'Suspension of licence or business',
  revocation: 'Revocation of licence',
  detention: 'Administrative detention',
  other: 'Other penalty',
};
const BASE_EN: Record<FineBase, string> = { illegalGains: 'Illegal gains', goodsValue: 'Goods value' };
const LIST_EN: Record<ListKind, string> = {
  firstOffenceExempt: 'First offence not punished',
  notPunished: 'Not punished',
};
const STATUS_EN: Record<ItemStatus | VersionStatus, string> = {
  draft: 'Draft',
  submitted: 'Awaiting review',
  published: 'Published',
  superseded: 'Superseded',
  withdrawn: 'Withdrawn',
};
const ACTION_EN: Record<ItemAction, string> = {
  draft: 'Drafted',
  submit: 'Submitted',
  return: 'Returned',
  publish: 'Published',
  supersede: 'Superseded',
  withdraw: 'Withdrawn',
};
const SUBJECT_EN: Record<Subject, string> = { item: 'Item', benchmark: 'Benchmark' };

/** The benchmark's state in the list: none yet, or its newest version's status. */
export type BenchmarkState = 'none' | 'draft' | 'submitted' | 'published' | 'withdrawn';

/** The kind of an enforcement act (行政处罚, 行政许可 …). */
export const kindLabel = (k: ItemKind) => (en ? KIND_EN[k] : ITEM_KIND_LABELS[k]);
/** A circumstance tier (从轻处罚 …). */
export const circumstanceLabel = (c: Circumstance) => (en ? CIRCUMSTANCE_EN[c] : CIRCUMSTANCE_LABELS[c]);
/** A penalty type (警告, 罚款 …). */
export const penaltyLabel = (p: PenaltyType) => (en ? PENALTY_EN[p] : PENALTY_TYPE_LABELS[p]);
/** What a fine is a multiple of. */
export const fineBaseLabel = (b: FineBase) => (en ? BASE_EN[b] : FINE_BASE_LABELS[b]);
/** A benchmark list (首违不罚 / 不予处罚). */
export const listKindLabel = (l: ListKind) => (en ? LIST_EN[l] : LIST_KIND_LABELS[l]);
/** An item's or a version's status. */
export function statusLabel(s: ItemStatus | VersionStatus): string {
  if (en) return STATUS_EN[s];
  return s === 'superseded' ? VERSION_STATUS_LABELS[s] : ITEM_STATUS_LABELS[s];
}
/** A step in the adjustment log. */
export const actionLabel = (a: ItemAction) => (en ? ACTION_EN[a] : ITEM_ACTION_LABELS[a]);
/** Whether a version or step is of the item or of its benchmark. */
export const subjectLabel = (s: Subject) => (en ? SUBJECT_EN[s] : SUBJECT_LABELS[s]);

/** Tag colours by status. */
export const STATUS_COLOURS: Record<ItemStatus | VersionStatus | 'none', string> = {
  none: 'default',
  draft: 'default',
  submitted: 'processing',
  published: 'success',
  superseded: 'default',
  withdrawn: 'error',
};
/** Timeline colours by step. */
export const ACTION_COLOURS: Record<ItemAction, string> = {
  draft: 'gray',
  submit: 'blue',
  return: 'orange',
  publish: 'green',
  supersede: 'gray',
  withdraw: 'red',
};
