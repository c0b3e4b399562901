import type {
  ReferralEventKind,
  ReferralOrigin,
  ReferralOutcome,
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

declare module '../../platform/db/tables.ts' {
  interface Database {
    referral: ReferralTable;
    referral_event: ReferralEventTable;
  }
}
