import type {
  BatchCreateSchema,
  BatchDetail,
  BatchListQuery,
  BatchSummary,
  Sample,
  SampleCheck,
  SamplePreviewSchema,
} from '@jiandu/contracts/case-reviews';
import type { Page, PageQuery } from '@jiandu/contracts/paging';
import type { z } from 'zod';
import { recordAudit } from '../../platform/audit/audit.ts';
import { auditActor, scopesFor, type UserActor } from '../../platform/authz/actor.ts';
import type { Db } from '../../platform/db/tables.ts';
import { AppError } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import * as sheets from './assignments.repository.ts';
import { batchFor } from './batch-access.ts';
import * as repo from './batches.repository.ts';
import type { CaseReviewPorts } from './case-review-ports.ts';
import { actorLabel } from './case-reviews.policy.ts';
import { presentBatchSummary, presentReviewer, presentTargets } from './case-reviews.presenter.ts';
import type { RubricService } from './rubrics.service.ts';
import { newSeed } from './seeded-random.ts';
import { drawSample } from './use-cases/draw-sample.ts';
import { publishBatch } from './use-cases/publish-batch.ts';

const invalid = (path: string, message: string) =>
  new AppError('VALIDATION_FAILED', message, { errors: [{ path, message }] });

/**
 * Review batches (评查批次): the seeded random draw of closed cases per agency, stratified by kind,
 * reproducible from the stored seed; the batch's settings and progress; publishing its results.
 */
export class BatchService {
  constructor(
    private readonly db: Db,
    private readonly ports: CaseReviewPorts,
    private readonly rubrics: RubricService,
  ) {}

  /** One page of the batches the user may read. */
  async list(actor: UserActor, filter: BatchListQuery, page: PageQuery): Promise<Page<BatchSummary>> {
    const { total, rows } = await repo.listBatches(this.db, scopesFor(actor, 'review.read'), filter, page);
    return { items: rows.map(presentBatchSummary), total, page: page.page, pageSize: page.pageSize };
  }

  /** One batch with its draw, reviewer pool and progress. */
  async detail(actor: UserActor, id: string): Promise<BatchDetail> {
    const row = await batchFor(this.db, actor, id, false);
    const [targets, reviewers, files, all, rubric] = await Promise.all([
      repo.targetsOf(this.db, id),
      sheets.reviewersOf(this.db, id),
      repo.filesOf(this.db, id),
      sheets.assignmentsOfBatch(this.db, id),
      this.rubrics.contentOf(row.rubric_id),
    ]);
    const live = all.filter((a) => a.status !== 'replaced');
    const staffed = new Set(live.map((a) => a.file_id));
    return {
      ...presentBatchSummary(row),
      rubricTotal: rubric.content.sections.form.total + rubric.content.sections.content.total,
      algorithm: row.algorithm,
      reviewersPerFile: row.reviewers_per_file,
      scoreGap: Number(row.score_gap),
      responseDays: row.response_days,
      responseDue: row.response_due,
      responseDueBasis: row.response_due_basis,
      targets: presentTargets(targets),
      reviewers: reviewers.map(presentReviewer),
      progress: {
        files: files.length,
        assigned: files.filter((f) => staffed.has(f.id)).length,
        sheets: live.length,
        submitted: live.filter((a) => a.status === 'submitted').length,
        scored: files.filter((f) => f.scored === 1).length,
        needsConsensus: files.filter((f) => f.needs_consensus === 1).length,
      },
    };
  }

  /** Draws without saving, so the organizer sees the sample (and its seed) before creating the batch. */
  async preview(actor: UserActor, input: z.output<typeof SamplePreviewSchema>): Promise<Sample> {
    return (await drawSample(this.ports, actor, { ...input, seed: input.seed ?? newSeed() })).sample;
  }

  /** Creates a batch: draws its files with the given (or a new) seed and stores seed, rules and files. */
  async create(actor: UserActor, input: z.output<typeof BatchCreateSchema>): Promise<BatchDetail> {
    const seed = input.seed ?? newSeed();
    const { sample, organizer, agencies } = await drawSample(this.ports, actor, { ...input, seed });
    const regionOf = new Map(agencies.map((a) => [a.id, a.region_code]));
    if (!sample.cases.length) throw invalid('targets', '所选单位在该期间内没有已结案的案件, 无法抽取案卷');
    if (input.rubricId) {
      const rubric = await this.rubrics.get(actor, input.rubricId).catch(() => null);
      const owner = rubric && (await this.ports.orgs.findById(rubric.orgId));
      if (!owner || !organizer.path.startsWith(owner.path))
        throw invalid('rubricId', '评查标准应为组织单位或其上级单位制定的标准');
    }
    const id = newId();
    const now = new Date().toISOString();
    await this.db.transaction().execute(async (trx) => {
      const rubricId = input.rubricId ?? (await this.rubrics.ensureDefault(trx, actor, organizer.id));
      await repo.insertBatch(
        trx,
        {
          id,
          org_id: organizer.id,
          name: input.name,
          year: input.year,
          period_from: input.periodFrom,
          period_to: input.periodTo,
          rubric_id: rubricId,
          seed,
          algorithm: sample.algorithm,
          reviewers_per_file: input.reviewersPerFile,
          score_gap: input.scoreGap,
          response_days: input.responseDays,
          status: 'open',
          published_at: null,
          published_by: null,
          response_due: null,
          response_due_basis: null,
          created_at: now,
          created_by: actorLabel(actor),
        },
        sample.agencies.map((a) => ({
          id: newId(),
          batch_id: id,
          agency_org_id: a.agencyId,
          mode: a.mode,
          value: a.value,
          candidates: a.candidates,
          sampled: a.sampled,
          strata: JSON.stringify(a.strata),
        })),
        sample.cases.map((c) => ({
          id: newId(),
          batch_id: id,
          seq: c.seq,
          case_id: c.caseId,
          agency_org_id: c.agencyId,
          region_code: regionOf.get(c.agencyId) ?? '',
          kind: c.kind,
          case_number: c.externalId,
          case_title: c.title,
          closed_on: c.closedOn,
          vetoed: 0,
          needs_consensus: 0,
          scored: 0,
        })),
      );
      await recordAudit(trx, auditActor(actor), {
        action: 'case_review.batch.create',
        targetType: 'review_batch',
        targetId: id,
        detail: {
          name: input.name,
          year: input.year,
          organizerId: organizer.id,
          period: [input.periodFrom, input.periodTo],
          seed,
          algorithm: sample.algorithm,
          rubricId,
          targets: sample.agencies.map((a) => ({
            agencyId: a.agencyId,
            mode: a.mode,
            value: a.value,
            candidates: a.candidates,
            sampled: a.sampled,
          })),
          files: sample.cases.length,
        },
      });
    });
    return this.detail(actor, id);
  }

  /** Re-runs the draw with the stored seed and rules (复核抽样) and compares it with the stored files. */
  async verify(actor: UserActor, id: string): Promise<SampleCheck> {
    const row = await batchFor(this.db, actor, id, true);
    const [targets, files] = await Promise.all([repo.targetsOf(this.db, id), repo.filesOf(this.db, id)]);
    const { sample } = await drawSample(this.ports, actor, {
      organizerId: row.org_id,
      periodFrom: row.period_from,
      periodTo: row.period_to,
      seed: row.seed,
      targets: targets.map((t) => ({ agencyId: t.agency_org_id, mode: t.mode, value: Number(t.value) })),
    });
    const stored = files.map((f) => f.case_id);
    const again = sample.cases.map((c) => c.caseId);
    const identical = stored.length === again.length && stored.every((caseId, i) => caseId === again[i]);
    const storedSet = new Set(stored);
    const againSet = new Set(again);
    const check: SampleCheck = {
      identical,
      seed: row.seed,
      stored: stored.length,
      recomputed: again.length,
      missing: files
        .filter((f) => !againSet.has(f.case_id))
        .map((f) => ({
          seq: f.seq,
          caseId: f.case_id,
          externalId: f.case_number,
          title: f.case_title,
          kind: f.kind,
          closedOn: f.closed_on,
          agencyId: f.agency_org_id,
          agencyName: f.agency_name,
        })),
      added: sample.cases.filter((c) => !storedSet.has(c.caseId)),
      explanation: identical
        ? `以随机种子 ${row.seed} 按原抽取规则重新抽取, 结果与原抽取结果完全一致 (${stored.length} 件, 顺序相同)`
        : `以随机种子 ${row.seed} 重新抽取的结果与原抽取结果不一致 (原 ${stored.length} 件, 复核 ${again.length} 件): 抽取后候选案件有变化 (补报、结案日期更正), 抽取规则与种子未变`,
    };
    await this.db.transaction().execute((trx) =>
      recordAudit(trx, auditActor(actor), {
        action: 'case_review.sample.verify',
        targetType: 'review_batch',
        targetId: id,
        detail: { seed: row.seed, identical, stored: check.stored, recomputed: check.recomputed },
      }),
    );
    return check;
  }

  /** Publishes the batch's results to the agencies once every file has its final result. */
  async publish(actor: UserActor, id: string): Promise<BatchDetail> {
    const row = await batchFor(this.db, actor, id, true);
    await publishBatch(this.db, this.ports.calendar, actor, row);
    return this.detail(actor, id);
  }
}
