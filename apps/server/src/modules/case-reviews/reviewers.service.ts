import type {
  AssignmentReplace,
  ReviewAccount,
  ReviewerAdd,
  ReviewerCandidate,
} from '@jiandu/contracts/case-review-scoring';
import type { BatchDetail } from '@jiandu/contracts/case-reviews';
import { recordAudit } from '../../platform/audit/audit.ts';
import { auditActor, type UserActor } from '../../platform/authz/actor.ts';
import { isUniqueViolation } from '../../platform/db/dialect.ts';
import type { Db } from '../../platform/db/tables.ts';
import { AppError } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import * as sheets from './assignments.repository.ts';
import { assertOpen, batchFor, fileOf } from './batch-access.ts';
import * as batches from './batches.repository.ts';
import type { BatchService } from './batches.service.ts';
import type { CaseReviewPorts, OrgRow } from './case-review-ports.ts';
import { actorLabel } from './case-reviews.policy.ts';
import type { RubricService } from './rubrics.service.ts';
import { drawAssignments, memberOf, newSheet } from './use-cases/draw-assignments.ts';
import { Eligibility, type Member } from './use-cases/eligibility.ts';
import { recomputeFile } from './use-cases/recompute-file.ts';
import { ReviewerDirectory } from './use-cases/reviewer-directory.ts';

/**
 * A batch's reviewers: the candidates (experts, invited supervisors, the organizer's staff) with
 * the agencies each must not review, the pool with the accounts they score through, the seeded
 * cross-review draw, and replacing a reviewer on one file — always through the exclusion check.
 */
export class ReviewerService {
  constructor(
    private readonly db: Db,
    private readonly ports: CaseReviewPorts,
    private readonly batches: BatchService,
    private readonly rubrics: RubricService,
  ) {}

  async #context(actor: UserActor, batchId: string, change: boolean) {
    const batch = await batchFor(this.db, actor, batchId, change);
    const organizer = (await this.ports.orgs.findById(batch.org_id)) as OrgRow;
    return { batch, organizer, directory: new ReviewerDirectory(this.ports, actor, organizer) };
  }

  /** Everyone who could join the pool, the account found for them, and whom they must not review. */
  async candidates(actor: UserActor, batchId: string): Promise<ReviewerCandidate[]> {
    const { batch, directory } = await this.#context(actor, batchId, true);
    const [people, pool, targets] = await Promise.all([
      directory.people(),
      sheets.reviewersOf(this.db, batch.id),
      batches.targetsOf(this.db, batch.id),
    ]);
    const agencies = await this.ports.orgs.findByIds(targets.map((t) => t.agency_org_id));
    const eligibility = new Eligibility(this.ports, actor);
    const result: ReviewerCandidate[] = [];
    for (const person of people) {
      const account = await directory.accountOf(person);
      const member: Member = {
        source: person.source,
        sourceId: person.sourceId,
        employer: person.employer,
        memberOrgIds: [person.source === 'staff' ? person.orgId : null, account?.orgId ?? null].filter(
          (id): id is string => id !== null,
        ),
      };
      const excluded: string[] = [];
      for (const agency of agencies) if (await eligibility.reason(member, agency)) excluded.push(agency.name);
      result.push({
        source: person.source,
        sourceId: person.sourceId,
        name: person.name,
        employer: person.employer,
        orgName: person.orgName,
        detail: person.detail,
        account: account && {
          userId: account.userId,
          username: account.username,
          displayName: account.displayName,
        },
        excludedAgencies: excluded,
        inPool: pool.some((r) => r.source === person.source && r.source_id === person.sourceId),
      });
    }
    return result;
  }

  /** Accounts holding 案卷评分 in the batch's part of the tree, to link by hand. */
  async accounts(actor: UserActor, batchId: string, q?: string): Promise<ReviewAccount[]> {
    const { directory } = await this.#context(actor, batchId, true);
    return (await directory.accounts(q)).map(({ orgId: _org, ...account }) => account);
  }

  /** Adds a person to the pool with their account (found by ID number, or picked by the organizer). */
  async add(actor: UserActor, batchId: string, input: ReviewerAdd): Promise<BatchDetail> {
    const { batch, directory } = await this.#context(actor, batchId, true);
    assertOpen(batch, '调整评查人员');
    const person = await directory.person(input.source, input.sourceId);
    if (!person)
      throw new AppError(
        'NOT_FOUND',
        '该人员不在可选的评查人员范围内 (专家库、在聘特邀监督员或本单位工作人员)',
      );
    const account = input.userId ? await directory.account(input.userId) : await directory.accountOf(person);
    if (!account)
      throw input.userId
        ? new AppError('VALIDATION_FAILED', '所选账号不存在、已停用或没有案卷评分权限', {
            errors: [{ path: 'userId', message: '所选账号不存在、已停用或没有案卷评分权限' }],
          })
        : new AppError(
            'CONFLICT',
            `未找到与${person.name}身份证号一致且有案卷评分权限的账号, 请选择其登录账号`,
          );
    if (person.source === 'staff' && account.userId !== person.sourceId)
      throw new AppError('VALIDATION_FAILED', '本单位工作人员以本人账号评查');
    const id = newId();
    try {
      await this.db.transaction().execute(async (trx) => {
        await sheets.insertReviewer(trx, {
          id,
          batch_id: batch.id,
          source: person.source,
          source_id: person.sourceId,
          name: person.name,
          employer: person.employer,
          org_id: person.orgId,
          user_id: account.userId,
          linked_by: input.userId ? 'manual' : 'id_number',
          added_at: new Date().toISOString(),
          added_by: actorLabel(actor),
        });
        await recordAudit(trx, auditActor(actor), {
          action: 'case_review.reviewer.add',
          targetType: 'review_batch',
          targetId: batch.id,
          detail: {
            reviewerId: id,
            source: person.source,
            sourceId: person.sourceId,
            name: person.name,
            userId: account.userId,
            linkedBy: input.userId ? 'manual' : 'id_number',
          },
        });
      });
    } catch (error) {
      if (isUniqueViolation(error))
        throw new AppError('CONFLICT', `${person.name}或其账号已在本批次评查人员中`);
      throw error;
    }
    return this.batches.detail(actor, batch.id);
  }

  /** Takes someone out of the pool before they were given any file. */
  async remove(actor: UserActor, batchId: string, reviewerId: string): Promise<BatchDetail> {
    const { batch } = await this.#context(actor, batchId, true);
    assertOpen(batch, '调整评查人员');
    const reviewer = (await sheets.reviewersOf(this.db, batch.id)).find((r) => r.id === reviewerId);
    if (!reviewer) throw new AppError('NOT_FOUND', '本批次没有该评查人员');
    const all = await sheets.assignmentsOfBatch(this.db, batch.id);
    if (all.some((a) => a.reviewer_id === reviewerId))
      throw new AppError('CONFLICT', `${reviewer.name}已分配过案卷, 不能移出; 如需调整请逐件更换评查人员`);
    await this.db.transaction().execute(async (trx) => {
      await sheets.deleteReviewer(trx, reviewerId);
      await recordAudit(trx, auditActor(actor), {
        action: 'case_review.reviewer.remove',
        targetType: 'review_batch',
        targetId: batch.id,
        detail: { reviewerId, name: reviewer.name, source: reviewer.source },
      });
    });
    return this.batches.detail(actor, batch.id);
  }

  /** Draws reviewers for every file not yet staffed (cross review, balanced, by the batch's seed). */
  async draw(actor: UserActor, batchId: string): Promise<BatchDetail> {
    const { batch } = await this.#context(actor, batchId, true);
    assertOpen(batch, '分配评查人员');
    await drawAssignments(this.db, this.ports, actor, batch);
    return this.batches.detail(actor, batch.id);
  }

  /** Replaces one reviewer on one file; the new one must pass the exclusion check too. */
  async replace(
    actor: UserActor,
    batchId: string,
    fileId: string,
    assignmentId: string,
    input: AssignmentReplace,
  ): Promise<BatchDetail> {
    const { batch } = await this.#context(actor, batchId, true);
    assertOpen(batch, '更换评查人员');
    const file = await fileOf(this.db, batch, fileId);
    const fileSheets = await sheets.assignmentsOfFile(this.db, file.id);
    const old = fileSheets.find((s) => s.id === assignmentId);
    if (!old || old.status === 'replaced') throw new AppError('NOT_FOUND', '该案卷没有这份评查任务');
    if (old.status === 'submitted')
      throw new AppError('CONFLICT', `${old.reviewer_name}已提交评分, 不能更换`);
    const pool = await sheets.reviewersOf(this.db, batch.id);
    const next = pool.find((r) => r.id === input.reviewerId);
    if (!next)
      throw new AppError('VALIDATION_FAILED', '请从本批次评查人员中选择', {
        errors: [{ path: 'reviewerId', message: '请从本批次评查人员中选择' }],
      });
    if (fileSheets.some((s) => s.status !== 'replaced' && s.reviewer_id === next.id))
      throw new AppError('CONFLICT', `${next.name}已在评查该案卷`);
    const agency = (await this.ports.orgs.findById(file.agency_org_id)) as OrgRow;
    const reason = await new Eligibility(this.ports, actor).reason(memberOf(next), agency);
    if (reason) throw new AppError('CONFLICT', `不能更换为${next.name}: ${reason}, 应当回避`);
    const { content } = await this.rubrics.contentOf(batch.rubric_id);
    const now = new Date().toISOString();
    await this.db.transaction().execute(async (trx) => {
      const moved = await sheets.updateAssignment(trx, old.id, ['pending', 'draft'], {
        status: 'replaced',
        replaced_at: now,
        replaced_reason: input.reason,
      });
      if (!moved) throw new AppError('CONFLICT', '该评查任务刚被提交或更换, 请刷新后重试');
      await sheets.insertAssignments(trx, [newSheet(batch.id, file.id, next, now)]);
      await recomputeFile(trx, file.id, Number(batch.score_gap), content.grades);
      await recordAudit(trx, auditActor(actor), {
        action: 'case_review.assignment.replace',
        targetType: 'review_file',
        targetId: file.id,
        detail: {
          from: old.reviewer_name,
          to: next.name,
          reason: input.reason,
          caseNumber: file.case_number,
        },
      });
    });
    return this.batches.detail(actor, batch.id);
  }
}
