import type {
  CallbackMethod,
  CallbackResult,
  ComplaintCategory,
  ComplaintChannel,
  ComplaintEventKind,
  ComplaintRating,
  ComplaintReviewLevel,
  ComplaintRoute,
  ComplaintStage,
  ComplaintStatus,
  HotlineOrderType,
} from '@jiandu/contracts/complaint-labels';

/** A complaint from the public (see the migration for the columns). */
export interface ComplaintTable {
  id: string;
  tracking_code: string;
  password_hash: string | null;
  channel: ComplaintChannel;
  profile: 'complaint' | 'petition';
  org_id: string;
  region_code: string;
  agency_org_id: string | null;
  target: string;
  category: ComplaintCategory;
  title: string;
  content: string;
  attachments: string;
  anonymous: number;
  confidential: number;
  name_enc: string | null;
  phone_enc: string | null;
  id_number_enc: string | null;
  phone_index: string | null;
  status: ComplaintStatus;
  stage: ComplaintStage | null;
  due_on: string | null;
  overdue_stage: ComplaintStage | null;
  registered_on: string;
  registered_by: string;
  accept_due_on: string;
  accept_due_rule: string;
  accepted_on: string | null;
  decline_reason: string | null;
  transferred_to: string | null;
  answer_due_on: string | null;
  answer_due_rule: string | null;
  extension_days: number | null;
  extension_reason: string | null;
  extension_status: 'requested' | 'approved' | 'refused' | null;
  extension_requested_by: string | null;
  extension_requested_by_id: string | null;
  extension_decided_by: string | null;
  answer: string | null;
  answered_on: string | null;
  rating: ComplaintRating | null;
  rating_comment: string | null;
  reopen_count: number;
  closed_on: string | null;
  matter_id: string | null;
  /** The 12345 work-order number of an imported complaint (unique per channel). */
  external_ref: string | null;
  /** The hotline's deadline for the handling unit (承办时限), when the work order gave one. */
  external_due_on: string | null;
  /** The 12345 work order's type (投诉 / 举报), which sets its answer period. */
  hotline_order_type: HotlineOrderType | null;
  /** The handler's 回访 (channels without portal access): when, how, reached or not, tries, by whom. */
  callback_at: string | null;
  callback_method: CallbackMethod | null;
  callback_result: CallbackResult | null;
  callback_attempts: number | null;
  callback_by: string | null;
  /** The status last reported back to the 12345 platform, and when (cleared by a reopen). */
  hotline_reported_status: ComplaintStatus | null;
  hotline_reported_at: string | null;
  /** A declined complaint routed to 行政复议 or 行政诉讼, what the complainant was told, and by when. */
  route_to: ComplaintRoute | null;
  route_note: string | null;
  route_deadline_on: string | null;
  created_at: string;
  updated_at: string;
}

/** One 复查 or 复核 of a petition: the request as entered, the reviewing organ, its due date and answer. */
export interface ComplaintReviewTable {
  complaint_id: string;
  level: ComplaintReviewLevel;
  org_id: string;
  requested_on: string;
  /** The day the petitioner received the answer the request is about (the window counts from it). */
  answer_received_on: string;
  window_until: string;
  window_rule: string;
  requested_by: string;
  requested_by_id: string | null;
  reason: string;
  due_on: string;
  due_rule: string;
  answer: string | null;
  answered_on: string | null;
  answered_by: string | null;
  answered_by_id: string | null;
  created_at: string;
}

/** One line of a complaint's history. */
export interface ComplaintEventTable {
  id: string;
  complaint_id: string;
  kind: ComplaintEventKind;
  at: string;
  actor_id: string | null;
  actor_name: string;
  note: string | null;
}

/** A detected duplicate or near-duplicate, stored both ways. */
export interface ComplaintLinkTable {
  complaint_id: string;
  related_id: string;
  reason: string;
  created_at: string;
}

/**
 * What a complaint can be matched on when later ones are checked for duplicates: its phone, case
 * and officer, and its content's similarity bands (`matchKeys`).
 */
export interface ComplaintMatchKeyTable {
  key: string;
  complaint_id: string;
  registered_on: string;
}

/** A spent challenge token. */
export interface ComplaintChallengeUseTable {
  id: string;
  expires_at: string;
}

declare module '../../platform/db/tables.ts' {
  interface Database {
    complaint: ComplaintTable;
    complaint_event: ComplaintEventTable;
    complaint_review: ComplaintReviewTable;
    complaint_link: ComplaintLinkTable;
    complaint_match_key: ComplaintMatchKeyTable;
    complaint_challenge_use: ComplaintChallengeUseTable;
  }
}
