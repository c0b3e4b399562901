import type { AssignmentStatus, RubricContent } from '@jiandu/contracts/case-review-labels';
import type { AssignmentDetail, MyAssignment, ScoreSheet } from '@jiandu/contracts/case-review-scoring';
import { recordAudit } from '../../platform/audit/audit.ts';
import { auditActor, type UserActor } from '../../platform/authz/actor.ts';
import type { Db } from '../../platform/db/tables.ts';
import { AppError } from '../../platform/errors.ts';
import * as sheets from './assignments.repository.ts';
import { findBatch } from './batches.repository.ts';
import type { CaseReviewPorts } from './case-review-ports.ts';
import { caseReaderOf } from './case-reviews.policy.ts';
import type { RubricService } from './rubrics.service.ts';
import { type Sheet, sheetProblems, sheetTotal } from './scoring-rules.ts';
import { recomputeFile } from './use-cases/recompute-file.ts';

type SheetRow = NonNullable<Awaited<ReturnType<typeof sheets.findAssignment>>>;

const MISSING = '评查任务不存在或未分配给您';

function presentMine(row: SheetRow): MyAssignment {
  return {
    id: row.id,
    batch: { id: row.batch_id, name: row.batch_name, year: row.batch_year, organizer: row.organizer_name },
    fileId: row.file_id,
    seq: row.seq,
    case: { id: row.case_id, externalId: row.case_number, title: row.case_title, kind: row.kind },
    agencyName: row.agency_name,
    status: row.status,
    total: row.total === null ? null : Number(row.total),
    savedAt: row.saved_at,
    submittedAt: row.submitted_at,
  };
}

/**
 * 我的评查: a reviewer's own sheets. The reviewer reads the case file through the assignment (a
 * reading of that one agency's cases is lent, personal data masked), marks veto items with a note,
 * scores each item, saves a draft and submits; a submitted sheet is read-only and the file's
 * combined result is recomputed with it.
 */
export class ScoringService {
  constructor(
    private readonly db: Db,
    private readonly ports: CaseReviewPorts,
    private readonly rubrics: RubricService,
  ) {}

  /** The files assigned to the signed-in reviewer. */
  async mine(actor: UserActor, status?: AssignmentStatus): Promise<MyAssignment[]> {
    return (await sheets.assignmentsOfUser(this.db, actor.userId, status)).map(presentMine);
  }

  /** One sheet with the rubric and the case file. */
  async get(actor: UserActor, id: string): Promise<AssignmentDetail> {
    const row = await this.#own(actor, id);
    const rubric = await this.rubrics.contentOf(row.rubric_id);
    const caseFile = await this.ports.cases.detail(caseReaderOf(actor, row.agency_org_id), row.case_id);
    return {
      ...presentMine(row),
      rubric,
      vetoes: JSON.parse(row.vetoes),
      scores: JSON.parse(row.scores),
      comment: row.comment,
      editable: (row.status === 'pending' || row.status === 'draft') && row.batch_status === 'open',
      caseFile,
    };
  }

  /** Saves a draft: what is filled in is checked against the rubric, gaps are allowed. */
  async save(actor: UserActor, id: string, input: ScoreSheet): Promise<AssignmentDetail> {
    await this.#write(actor, id, input, false);
    return this.get(actor, id);
  }

  /** Submits the sheet: every item scored; then it is read-only and the file's result is recomputed. */
  async submit(actor: UserActor, id: string, input: ScoreSheet): Promise<AssignmentDetail> {
    await this.#write(actor, id, input, true);
    return this.get(actor, id);
  }

  async #own(actor: UserActor, id: string): Promise<SheetRow> {
    const row = await sheets.findAssignment(this.db, id);
    if (!row || row.user_id !== actor.userId || row.status === 'replaced')
      throw new AppError('NOT_FOUND', MISSING);
    return row;
  }

  async #write(actor: UserActor, id: string, input: ScoreSheet, submit: boolean): Promise<void> {
    const row = await this.#own(actor, id);
    if (row.batch_status !== 'open') throw new AppError('CONFLICT', '该批次评查结果已发布, 不能再修改评分');
    if (row.status === 'submitted') throw new AppError('CONFLICT', '评分已提交, 不能再修改');
    const { content } = await this.rubrics.contentOf(row.rubric_id);
    const sheet: Sheet = { vetoes: input.vetoes, scores: input.scores };
    const problems = sheetProblems(content, sheet, submit);
    if (problems.length) throw new AppError('VALIDATION_FAILED', problems[0]!.message, { errors: problems });
    const total = sheetTotal(content, input.scores);
    const now = new Date().toISOString();
    const batch = (await findBatch(this.db, row.batch_id))!;
    await this.db.transaction().execute(async (trx) => {
      const changed = await sheets.updateAssignment(trx, id, ['pending', 'draft'], {
        status: submit ? 'submitted' : 'draft',
        vetoes: JSON.stringify(input.vetoes),
        scores: JSON.stringify(input.scores),
        comment: input.comment || null,
        total,
        vetoed: input.vetoes.length ? 1 : 0,
        saved_at: now,
        ...(submit ? { submitted_at: now } : {}),
      });
      if (!changed) throw new AppError('CONFLICT', '该评查任务刚被提交或更换, 请刷新后查看');
      const combined = submit
        ? await recomputeFile(trx, row.file_id, Number(batch.score_gap), gradesOf(content))
        : null;
      await recordAudit(trx, auditActor(actor), {
        action: submit ? 'case_review.sheet.submit' : 'case_review.sheet.save',
        targetType: 'review_assignment',
        targetId: id,
        detail: {
          batchId: row.batch_id,
          fileId: row.file_id,
          caseNumber: row.case_number,
          total,
          vetoes: input.vetoes.map((v) => v.code),
          ...(combined?.scored ? { fileScore: combined.score, fileGrade: combined.grade } : {}),
        },
      });
    });
  }
}

const gradesOf = (content: RubricContent) => content.grades;
