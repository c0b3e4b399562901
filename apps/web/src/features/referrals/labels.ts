import {
  REFERRAL_EVENT_LABELS,
  REFERRAL_MATERIAL_LABELS,
  REFERRAL_ORIGIN_LABELS,
  REFERRAL_OUTCOME_LABELS,
  REFERRAL_REVIEW_KIND_LABELS,
  REFERRAL_REVIEW_RESULT_LABELS,
  REFERRAL_STAGE_LABELS,
  REFERRAL_STATUS_LABELS,
  REFERRAL_TARGET_LABELS,
  type ReferralEventKind,
  type ReferralMaterialKind,
  type ReferralOrigin,
  type ReferralOutcome,
  type ReferralReviewKind,
  type ReferralReviewResult,
  type ReferralStage,
  type ReferralStatus,
  type ReferralTarget,
} from '@jiandu/contracts/referral-labels';
import { currentLocale } from '../../lib/i18n.ts';
import { EN } from './labels-en.ts';

/** Labels of the referral codes in the current language; Chinese comes from the contract itself. */
const en = currentLocale() === 'en';
const pick =
  <K extends string>(zh: Record<K, string>, english: Record<K, string>) =>
  (code: K): string =>
    (en ? english[code] : zh[code]) ?? code;

/** 起草, 待审批 … 已办结. */
export const statusLabel = pick<ReferralStatus>(REFERRAL_STATUS_LABELS, EN.status);
/** 纪检监察机关, 公安机关, 人民检察院. */
export const targetLabel = pick<ReferralTarget>(REFERRAL_TARGET_LABELS, EN.target);
/** Where the lead was found. */
export const originLabel = pick<ReferralOrigin>(REFERRAL_ORIGIN_LABELS, EN.origin);
/** The receiving body's decision. */
export const outcomeLabel = pick<ReferralOutcome>(REFERRAL_OUTCOME_LABELS, EN.outcome);
/** The deadline a referral waits on. */
export const stageLabel = pick<ReferralStage>(REFERRAL_STAGE_LABELS, EN.stage);
/** What is enclosed with a referral. */
export const materialLabel = pick<ReferralMaterialKind>(REFERRAL_MATERIAL_LABELS, EN.material);
/** A line of the history. */
export const eventLabel = pick<ReferralEventKind>(REFERRAL_EVENT_LABELS, EN.event);
/** 提请公安机关复议 / 建议人民检察院立案监督. */
export const reviewKindLabel = pick<ReferralReviewKind>(REFERRAL_REVIEW_KIND_LABELS, EN.reviewKind);

/** How a reconsideration or supervision ended. */
export function reviewResultLabel(kind: ReferralReviewKind, result: ReferralReviewResult): string {
  return (en ? EN.reviewResult[kind][result] : REFERRAL_REVIEW_RESULT_LABELS[kind][result]) ?? result;
}
