import type {
  ReferralApprovalDecision,
  ReferralEventKind,
  ReferralOrigin,
  ReferralOutcome,
  ReferralReviewKind,
  ReferralReviewResult,
  ReferralStage,
  ReferralStatus,
  ReferralTarget,
} from '@jiandu/contracts/referral-labels';

/** A lead referred by an org to 纪检监察, 公安 or 检察 (see the migration for the columns). */
export interface ReferralTable {
  id: string;
  org_id: string;
  region_code: string;
  title: string;
  target_kind: ReferralTarget;
  target_name: string;
  origin: ReferralOrigin;
  origin_ref: string | null;
  origin_label: string | null;
  subject_name: string;
  suspected_offence: string;
  facts: string;
  /** JSON array of {certificateNumber, name}. */
  handlers: string;
  /** JSON array of materials. */
  materials: string;
  status: ReferralStatus;
  stage: ReferralStage | null;
  due_at: string | null;
  overdue_stage: ReferralStage | null;
  drafted_on: string;
  drafted_by: string;
  submitted_at: string | null;
  submitted_by: string | null;
  submitted_by_id: string | null;
  approval_due_on: string | null;
  approval_due_rule: string | null;
  decided_at: string | null;
  decided_by: string | null;
  refusal_reason: string | null;
  transfer_due_at: string | null;
  transfer_due_rule: string | null;
  year: number | null;
  seq: number | null;
  number: string | null;
  sent_on: string | null;
  sent_by: string | null;
  pdf_sha256: string | null;
  docx_sha256: string | null;
  received_on: string | null;
  receiver: string | null;
  receipt_attachments: string;
  feedback_due_on: string | null;
  feedback_due_rule: string | null;
  outcome: ReferralOutcome | null;
  outcome_on: string | null;
  outcome_number: string | null;
  outcome_reasons: string | null;
  feedback_attachments: string;
  /** The day the org received the police's written refusal to file. */
  notified_on: string | null;
  /** The end of the org's current window to contest the refusal (规定第九条), with its derivation. */
  review_window_on: string | null;
  review_window_rule: string | null;
  handover_due_on: string | null;
  handover_due_rule: string | null;
  handed_over_on: string | null;
  closed_on: string | null;
  conclusion: string | null;
  created_at: string;
  updated_at: string;
}

/** One line of a referral's history. */
export interface ReferralEventTable {
  id: string;
  referral_id: string;
  kind: ReferralEventKind;
  at: string;
  actor_id: string | null;
  actor_name: string;
  note: string | null;
}

/** A reconsideration request to the police or a filing-supervision request to the procuratorate. */
export interface ReferralReviewTable {
  id: string;
  referral_id: string;
  kind: ReferralReviewKind;
  body_name: string;
  requested_on: string;
  requested_by: string;
  request_number: string | null;
  request_reasons: string;
  /** JSON array of attachments. */
  request_attachments: string;
  window_on: string;
  window_rule: string;
  due_on: string | null;
  due_rule: string | null;
  result: ReferralReviewResult | null;
  decided_on: string | null;
  notified_on: string | null;
  result_number: string | null;
  result_reasons: string | null;
  /** JSON array of attachments. */
  result_attachments: string;
  recorded_by: string | null;
  created_at: string;
  updated_at: string;
}

/** One round of the head's approval. */
export interface ReferralApprovalTable {
  id: string;
  referral_id: string;
  round: number;
  submitted_at: string;
  submitted_by: string;
  submitted_by_id: string | null;
  due_on: string;
  due_rule: string;
  decision: ReferralApprovalDecision | null;
  decided_at: string | null;
  decided_by: string | null;
  reason: string | null;
}

declare module '../../platform/db/tables.ts' {
  interface Database {
    referral: ReferralTable;
    referral_event: ReferralEventTable;
    referral_review: ReferralReviewTable;
    referral_approval: ReferralApprovalTable;
  }
}
