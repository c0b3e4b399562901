import { type FileState, type RubricContent, rubricTotal } from '@jiandu/contracts/case-review-labels';
import type {
  BatchSummary,
  Reviewer,
  ReviewFile,
  Rubric,
  SampleAgency,
} from '@jiandu/contracts/case-reviews';
import type { ReviewerRow } from './assignments.repository.ts';
import type { BatchRow, FileRow, TargetRow } from './batches.repository.ts';
import type { ReviewAssignmentTable } from './case-reviews.table.ts';
import type { RubricRow } from './rubrics.repository.ts';

/** A sheet with its reviewer named. */
export type SheetRow = ReviewAssignmentTable & { reviewer_name: string };

/** A rubric as the console shows it. */
export function presentRubric(row: RubricRow): Rubric {
  const content = JSON.parse(row.content) as RubricContent;
  return {
    id: row.id,
    orgId: row.org_id,
    orgName: row.org_name,
    name: row.name,
    version: row.version,
    basedOnId: row.based_on,
    isDefault: row.is_default === 1,
    content,
    total: rubricTotal(content),
    batches: row.batches,
    createdAt: row.created_at,
    createdBy: row.created_by,
    updatedAt: row.updated_at,
  };
}

/** A batch as a row of the list. */
export function presentBatchSummary(row: BatchRow): BatchSummary {
  return {
    id: row.id,
    name: row.name,
    year: row.year,
    organizer: { id: row.org_id, name: row.org_name },
    periodFrom: row.period_from,
    periodTo: row.period_to,
    seed: row.seed,
    status: row.status,
    rubric: { id: row.rubric_id, name: row.rubric_name, version: row.rubric_version },
    agencies: row.agencies,
    files: row.files,
    scoredFiles: row.scored_files,
    publishedAt: row.published_at,
    createdAt: row.created_at,
    createdBy: row.created_by,
  };
}

/** The reviewed agencies with their rule and the counts of the draw. */
export function presentTargets(rows: readonly TargetRow[]): SampleAgency[] {
  return rows.map((t) => ({
    agencyId: t.agency_org_id,
    agencyName: t.agency_name,
    mode: t.mode,
    value: Number(t.value),
    candidates: t.candidates,
    sampled: t.sampled,
    strata: JSON.parse(t.strata),
  }));
}

/** A member of a batch's reviewer pool. */
export function presentReviewer(row: ReviewerRow): Reviewer {
  return {
    id: row.id,
    source: row.source,
    sourceId: row.source_id,
    name: row.name,
    employer: row.employer,
    orgName: row.org_name,
    account: { userId: row.user_id, username: row.username, displayName: row.display_name },
    linkedBy: row.linked_by,
    assignments: row.assignments,
  };
}

/** Where a file stands, from its live sheets and stored result. */
export function fileState(file: FileRow, live: readonly SheetRow[]): FileState {
  if (live.length === 0) return 'unassigned';
  if (file.needs_consensus === 1) return 'needs_consensus';
  return file.scored === 1 ? 'scored' : 'scoring';
}

/** A sampled file with its sheets and combined result, for the organizer. */
export function presentFile(file: FileRow, sheets: readonly SheetRow[], rubric: RubricContent): ReviewFile {
  const vetoLabel = new Map(rubric.vetoItems.map((v) => [v.code, v.label]));
  const live = sheets.filter((s) => s.status !== 'replaced');
  return {
    id: file.id,
    seq: file.seq,
    case: {
      id: file.case_id,
      externalId: file.case_number,
      title: file.case_title,
      kind: file.kind,
      closedOn: file.closed_on,
    },
    agency: { id: file.agency_org_id, name: file.agency_name },
    state: fileState(file, live),
    score: file.score === null ? null : Number(file.score),
    grade: file.grade,
    vetoed: file.vetoed === 1,
    vetoOverride: file.veto_override_at
      ? {
          reason: file.veto_override_reason ?? '',
          by: file.veto_override_by ?? '',
          at: file.veto_override_at,
        }
      : null,
    consensus:
      file.consensus_at && file.consensus_score !== null
        ? {
            score: Number(file.consensus_score),
            reason: file.consensus_reason ?? '',
            by: file.consensus_by ?? '',
            at: file.consensus_at,
          }
        : null,
    // A sheet's content shows once submitted; until then it is the reviewer's own draft.
    assignments: sheets.map((s) => {
      const shown = s.status === 'submitted';
      return {
        id: s.id,
        reviewerId: s.reviewer_id,
        reviewerName: s.reviewer_name,
        status: s.status,
        total: shown && s.total !== null ? Number(s.total) : null,
        vetoes: shown
          ? (JSON.parse(s.vetoes) as { code: string; note: string }[]).map((v) => ({
              code: v.code,
              label: vetoLabel.get(v.code) ?? v.code,
              note: v.note,
            }))
          : [],
        comment: shown ? s.comment : null,
        submittedAt: s.submitted_at,
        replacedReason: s.replaced_reason,
      };
    }),
    matter: file.matter_id ? { id: file.matter_id, number: file.matter_number ?? '' } : null,
    response: file.responded_at
      ? { text: file.response_text ?? '', at: file.responded_at, by: file.responded_by ?? '' }
      : null,
  };
}
