import type { CaseKind } from '@jiandu/contracts/case-labels';
import type {
  AssignmentStatus,
  BatchStatus,
  ReviewerSource,
  ReviewGrade,
  SamplingMode,
} from '@jiandu/contracts/case-review-labels';

/** A rubric (评查标准) of a justice department; frozen once a batch uses it (a change is a new version). */
export interface ReviewRubricTable {
  id: string;
  org_id: string;
  name: string;
  version: number;
  based_on: string | null;
  is_default: number;
  /** JSON RubricContent. */
  content: string;
  created_at: string;
  created_by: string;
  updated_at: string;
}

/** A review batch (评查批次) with the seed its sample was drawn with. */
export interface ReviewBatchTable {
  id: string;
  org_id: string;
  name: string;
  year: number;
  period_from: string;
  period_to: string;
  rubric_id: string;
  seed: string;
  algorithm: string;
  reviewers_per_file: number;
  score_gap: number;
  response_days: number;
  status: BatchStatus;
  published_at: string | null;
  published_by: string | null;
  response_due: string | null;
  response_due_basis: string | null;
  created_at: string;
  created_by: string;
}

/** One reviewed agency of a batch: its sampling rule and the counts of its draw. */
export interface ReviewTargetTable {
  id: string;
  batch_id: string;
  agency_org_id: string;
  mode: SamplingMode;
  value: number;
  candidates: number;
  sampled: number;
  /** JSON [{kind, candidates, sampled}]. */
  strata: string;
}

/** A sampled case file with its combined result, the organizer's decisions and the agency's response. */
export interface ReviewFileTable {
  id: string;
  batch_id: string;
  seq: number;
  case_id: string;
  agency_org_id: string;
  region_code: string;
  kind: CaseKind;
  case_number: string;
  case_title: string | null;
  closed_on: string | null;
  score: number | null;
  grade: ReviewGrade | null;
  vetoed: number;
  needs_consensus: number;
  scored: number;
  veto_override_reason: string | null;
  veto_override_by: string | null;
  veto_override_at: string | null;
  consensus_score: number | null;
  consensus_reason: string | null;
  consensus_by: string | null;
  consensus_at: string | null;
  matter_id: string | null;
  matter_number: string | null;
  response_text: string | null;
  responded_at: string | null;
  responded_by: string | null;
}

/** A person in a batch's reviewer pool, with the account they score through. */
export interface ReviewReviewerTable {
  id: string;
  batch_id: string;
  source: ReviewerSource;
  source_id: string;
  name: string;
  employer: string;
  /** The pool's keeping org, the appointing org, or the staff member's own org. */
  org_id: string;
  user_id: string;
  linked_by: 'id_number' | 'manual';
  added_at: string;
  added_by: string;
}

/** One reviewer's score sheet on one file. */
export interface ReviewAssignmentTable {
  id: string;
  batch_id: string;
  file_id: string;
  reviewer_id: string;
  user_id: string;
  status: AssignmentStatus;
  /** JSON [{code, note}]. */
  vetoes: string;
  /** JSON {itemCode: points}. */
  scores: string;
  comment: string | null;
  total: number | null;
  vetoed: number;
  saved_at: string | null;
  submitted_at: string | null;
  replaced_at: string | null;
  replaced_reason: string | null;
  created_at: string;
}

declare module '../../platform/db/tables.ts' {
  interface Database {
    review_rubric: ReviewRubricTable;
    review_batch: ReviewBatchTable;
    review_target: ReviewTargetTable;
    review_file: ReviewFileTable;
    review_reviewer: ReviewReviewerTable;
    review_assignment: ReviewAssignmentTable;
  }
}
