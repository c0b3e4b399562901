import { type RubricContent, rubricTotal } from '@jiandu/contracts/case-review-labels';
import type { BatchResults, ReviewFile } from '@jiandu/contracts/case-reviews';
import type { Updateable } from 'kysely';
import { recordAudit } from '../../platform/audit/audit.ts';
import { auditActor, type UserActor } from '../../platform/authz/actor.ts';
import type { Db } from '../../platform/db/tables.ts';
import { AppError } from '../../platform/errors.ts';
import * as sheets from './assignments.repository.ts';
import { assertOpen, batchFor, fileOf } from './batch-access.ts';
import * as repo from './batches.repository.ts';
import type { CaseReviewPorts } from './case-review-ports.ts';
import { actorLabel } from './case-reviews.policy.ts';
import { presentBatchSummary, presentFile } from './case-reviews.presenter.ts';
import type { ReviewFileTable } from './case-reviews.table.ts';
import { figuresOf } from './grade-figures.ts';
import type { RubricService } from './rubrics.service.ts';
import { recomputeFile } from './use-cases/recompute-file.ts';

const invalid = (path: string, message: string) =>
  new AppError('VALIDATION_FAILED', message, { errors: [{ path, message }] });

/**
 * A batch's results (per file and per agency) and the organizer's decisions on a file: setting a
 * veto aside, recording a deliberated score (合议), and the supervision matter opened from it.
 */
export class ResultService {
  constructor(
    private readonly db: Db,
    private readonly ports: CaseReviewPorts,
    private readonly rubrics: RubricService,
  ) {}

  /** The files with their sheets and results, and the figures per agency and overall. */
  async results(actor: UserActor, batchId: string): Promise<BatchResults> {
    const batch = await batchFor(this.db, actor, batchId, false);
    const [files, all, rubric] = await Promise.all([
      repo.filesOf(this.db, batch.id),
      sheets.assignmentsOfBatch(this.db, batch.id),
      this.rubrics.contentOf(batch.rubric_id),
    ]);
    const presented: ReviewFile[] = files.map((f) =>
      presentFile(
        f,
        all.filter((a) => a.file_id === f.id),
        rubric.content,
      ),
    );
    const agencies = [...new Map(files.map((f) => [f.agency_org_id, f.agency_name])).entries()].map(
      ([agencyId, agencyName]) => ({
        agencyId,
        agencyName,
        ...figuresOf(files.filter((f) => f.agency_org_id === agencyId)),
      }),
    );
    return { batch: presentBatchSummary(batch), overall: figuresOf(files), agencies, files: presented };
  }

  /** The organizer sets aside the reviewers' veto on a file, with a reason (recorded and audited). */
  async overrideVeto(
    actor: UserActor,
    batchId: string,
    fileId: string,
    reason: string,
  ): Promise<BatchResults> {
    return this.#decide(actor, batchId, fileId, 'case_review.file.veto_override', async (file, live) => {
      if (!live.some((s) => s.status === 'submitted' && s.vetoed === 1))
        throw new AppError('CONFLICT', '该案卷没有评查人员认定否决项, 无需改判');
      if (file.veto_override_at) throw new AppError('CONFLICT', '该案卷的否决认定已改判');
      return {
        set: { veto_override_reason: reason, veto_override_by: actorLabel(actor), veto_override_at: now() },
        detail: { reason },
      };
    });
  }

  /** Records the score agreed in deliberation for a file whose reviewers' totals were too far apart. */
  async consensus(
    actor: UserActor,
    batchId: string,
    fileId: string,
    input: { score: number; reason: string },
  ): Promise<BatchResults> {
    return this.#decide(actor, batchId, fileId, 'case_review.file.consensus', async (file, live, content) => {
      if (!live.length || live.some((s) => s.status !== 'submitted'))
        throw new AppError('CONFLICT', '该案卷的评查人员尚未全部提交评分, 不能记录合议结果');
      if (input.score > rubricTotal(content))
        throw invalid('score', `合议分数不能超过满分 ${rubricTotal(content)} 分`);
      return {
        set: {
          consensus_score: input.score,
          consensus_reason: input.reason,
          consensus_by: actorLabel(actor),
          consensus_at: now(),
        },
        detail: { score: input.score, reason: input.reason, before: file.score },
      };
    });
  }

  /**
   * Records the supervision matter opened from a file (转为监督事项): the matter must exist for the
   * user, come from case review with this file as its origin, and be about the file's agency.
   */
  async linkMatter(
    actor: UserActor,
    batchId: string,
    fileId: string,
    matterId: string,
  ): Promise<BatchResults> {
    const batch = await batchFor(this.db, actor, batchId, true);
    const file = await fileOf(this.db, batch, fileId);
    const matter = await this.ports.matters.detail(actor, matterId).catch((error: unknown) => {
      if (error instanceof AppError && (error.code === 'NOT_FOUND' || error.code === 'FORBIDDEN'))
        throw invalid('matterId', '监督事项不存在或不在您的数据范围内');
      throw error;
    });
    if (
      matter.origin !== 'case_review' ||
      matter.originRef !== file.id ||
      matter.agencyOrgId !== file.agency_org_id
    )
      throw invalid('matterId', '该监督事项不是由此评查案卷立项的');
    if (file.matter_id && file.matter_id !== matter.id)
      throw new AppError('CONFLICT', `该案卷已转为监督事项 ${file.matter_number}`);
    await this.db.transaction().execute(async (trx) => {
      await repo.updateFile(trx, file.id, { matter_id: matter.id, matter_number: matter.number });
      await recordAudit(trx, auditActor(actor), {
        action: 'case_review.file.matter',
        targetType: 'review_file',
        targetId: file.id,
        detail: { matterId: matter.id, number: matter.number, caseNumber: file.case_number },
      });
    });
    return this.results(actor, batchId);
  }

  async #decide(
    actor: UserActor,
    batchId: string,
    fileId: string,
    action: string,
    decide: (
      file: NonNullable<Awaited<ReturnType<typeof repo.findFile>>>,
      live: Awaited<ReturnType<typeof sheets.assignmentsOfFile>>,
      content: RubricContent,
    ) => Promise<{ set: Updateable<ReviewFileTable>; detail: Record<string, unknown> }>,
  ): Promise<BatchResults> {
    const batch = await batchFor(this.db, actor, batchId, true);
    assertOpen(batch, '改变评查结果');
    const file = await fileOf(this.db, batch, fileId);
    const live = (await sheets.assignmentsOfFile(this.db, file.id)).filter((s) => s.status !== 'replaced');
    const { content } = await this.rubrics.contentOf(batch.rubric_id);
    const { set, detail } = await decide(file, live, content);
    await this.db.transaction().execute(async (trx) => {
      await repo.updateFile(trx, file.id, set);
      const combined = await recomputeFile(trx, file.id, Number(batch.score_gap), content.grades);
      await recordAudit(trx, auditActor(actor), {
        action,
        targetType: 'review_file',
        targetId: file.id,
        detail: { ...detail, caseNumber: file.case_number, score: combined.score, grade: combined.grade },
      });
    });
    return this.results(actor, batchId);
  }
}

const now = () => new Date().toISOString();
