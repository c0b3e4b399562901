import type { Readable } from 'node:stream';
import type { Page, PageQuery } from '@jiandu/contracts/paging';
import type { ReferralReviewKind } from '@jiandu/contracts/referral-labels';
import type {
  ReferralApprovalSchema,
  ReferralCloseSchema,
  ReferralDetail,
  ReferralDraftSchema,
  ReferralFeedbackSchema,
  ReferralHandoverSchema,
  ReferralListQuery,
  ReferralReceiptSchema,
  ReferralReviewDecisionSchema,
  ReferralReviewRequestSchema,
  ReferralSendSchema,
  ReferralSummary,
} from '@jiandu/contracts/referrals';
import type { z } from 'zod';
import { scopesFor, type UserActor } from '../../platform/authz/actor.ts';
import type { Db } from '../../platform/db/tables.ts';
import { AppError } from '../../platform/errors.ts';
import type { ReferralClock, ReferralPorts } from './referral-ports.ts';
import { runReferralReminders } from './referral-reminders.ts';
import * as rounds from './referral-rounds.repository.ts';
import { REFERRAL_NOT_FOUND, reaches } from './referrals.policy.ts';
import { presentDetail, presentSummary } from './referrals.presenter.ts';
import * as repo from './referrals.repository.ts';
import { decideReferral, submitReferral } from './use-cases/approve-referral.ts';
import { decideReview, requestReview } from './use-cases/contest-refusal.ts';
import { createReferral, updateReferral } from './use-cases/draft-referral.ts';
import { closeReferral, receiveReferral, recordFeedback, recordHandover } from './use-cases/record-answer.ts';
import { openAttachment, openDocument, storeAttachment } from './use-cases/referral-files.ts';
import { sendReferral } from './use-cases/send-referral.ts';

/** Most rows one export may hold. */
export const REFERRAL_EXPORT_LIMIT = 20_000;

/**
 * Referrals (线索移送) of leads to 纪检监察, 公安 and 检察: drafted by the org that found the lead,
 * approved or refused by its head within the period (a refused one revised and submitted again),
 * sent with a numbered 移送书 (a criminal case within 24 hours of approval), then the receipt and the
 * receiving body's decision are recorded; a police refusal to file may be contested by
 * reconsideration and filing supervision (规定第九条); then the referral is closed. Every due date is
 * stored with its derivation; every change is audited. The steps live in use-cases/.
 */
export class ReferralService {
  constructor(
    private readonly db: Db,
    private readonly ports: ReferralPorts,
  ) {}

  /** The same service on another clock (tests move time to run the deadlines). */
  withClock(clock: ReferralClock): ReferralService {
    return new ReferralService(this.db, { ...this.ports, clock });
  }

  /** The hourly pass over deadlines, on this service's clock. */
  runReminders() {
    return runReferralReminders(this.db, this.ports.clock, this.ports.periods);
  }

  /** One page of the referrals the user may see, those with the nearest deadline first. */
  async list(actor: UserActor, filter: ReferralListQuery, page: PageQuery): Promise<Page<ReferralSummary>> {
    const now = this.ports.clock.now();
    const scopes = scopesFor(actor, 'referral.read');
    const { total, rows } = await repo.listReferrals(this.db, scopes, filter, page, now);
    return {
      items: rows.map((r) => presentSummary(r, now)),
      total,
      page: page.page,
      pageSize: page.pageSize,
    };
  }

  /** Every matching referral for an export; refuses more than the limit with a hint to narrow it. */
  async listAll(actor: UserActor, filter: ReferralListQuery): Promise<ReferralSummary[]> {
    const now = this.ports.clock.now();
    const scopes = scopesFor(actor, 'referral.read');
    if ((await repo.countReferrals(this.db, scopes, filter, now)) > REFERRAL_EXPORT_LIMIT)
      throw new AppError('CONFLICT', `一次最多导出${REFERRAL_EXPORT_LIMIT}条, 请缩小筛选范围`);
    const rows = await repo.listAllReferrals(this.db, scopes, filter, now, REFERRAL_EXPORT_LIMIT);
    return rows.map((r) => presentSummary(r, now));
  }

  /** One referral with its approval rounds, requests against a refusal and history. */
  async detail(actor: UserActor, id: string): Promise<ReferralDetail> {
    const row = await this.visible(actor, id);
    const [events, approvals, reviews] = await Promise.all([
      repo.eventsOf(this.db, id),
      rounds.approvalsOf(this.db, id),
      rounds.reviewsOf(this.db, id),
    ]);
    return presentDetail(row, { events, approvals, reviews }, this.ports.clock.now());
  }

  /** Drafts a referral for the user's own org. */
  async create(actor: UserActor, input: z.output<typeof ReferralDraftSchema>): Promise<ReferralDetail> {
    return this.detail(actor, await createReferral(this.db, this.ports, actor, input));
  }

  /** Changes a draft, or revises a refused referral before submitting it again. */
  async update(
    actor: UserActor,
    id: string,
    input: z.output<typeof ReferralDraftSchema>,
  ): Promise<ReferralDetail> {
    await updateReferral(this.db, this.ports, actor, await this.visible(actor, id), input);
    return this.detail(actor, id);
  }

  /** Submits to the head (again, after a refusal); each round has its own approval period. */
  async submit(actor: UserActor, id: string): Promise<ReferralDetail> {
    await submitReferral(this.db, this.ports, actor, await this.visible(actor, id));
    return this.detail(actor, id);
  }

  /** The head approves (a criminal case must then reach the police within 24 hours) or refuses with reasons. */
  async decide(
    actor: UserActor,
    id: string,
    input: z.output<typeof ReferralApprovalSchema>,
  ): Promise<ReferralDetail> {
    await decideReferral(this.db, this.ports, actor, await this.visible(actor, id), input);
    return this.detail(actor, id);
  }

  /** Sends an approved referral with its numbered 移送书. */
  async send(
    actor: UserActor,
    id: string,
    input: z.output<typeof ReferralSendSchema>,
  ): Promise<ReferralDetail> {
    await sendReferral(this.db, this.ports, actor, await this.visible(actor, id), input);
    return this.detail(actor, id);
  }

  /** Records the receipt (回执); the receiving body's decision period starts the day it received. */
  async receive(
    actor: UserActor,
    id: string,
    input: z.output<typeof ReferralReceiptSchema>,
  ): Promise<ReferralDetail> {
    await receiveReferral(this.db, this.ports, actor, await this.visible(actor, id), input);
    return this.detail(actor, id);
  }

  /** Records the receiving body's decision: filed, not filed (with reasons) or returned. */
  async feedback(
    actor: UserActor,
    id: string,
    input: z.output<typeof ReferralFeedbackSchema>,
  ): Promise<ReferralDetail> {
    await recordFeedback(this.db, this.ports, actor, await this.visible(actor, id), input);
    return this.detail(actor, id);
  }

  /** Asks the police to reconsider a refusal to file, or the procuratorate to supervise filing (第九条). */
  async requestReview(
    actor: UserActor,
    id: string,
    kind: ReferralReviewKind,
    input: z.output<typeof ReferralReviewRequestSchema>,
  ): Promise<ReferralDetail> {
    await requestReview(this.db, this.ports, actor, await this.visible(actor, id), kind, input);
    return this.detail(actor, id);
  }

  /** Records the reconsideration decision or the supervision's result. */
  async decideReview(
    actor: UserActor,
    id: string,
    kind: ReferralReviewKind,
    input: z.output<typeof ReferralReviewDecisionSchema>,
  ): Promise<ReferralDetail> {
    await decideReview(this.db, this.ports, actor, await this.visible(actor, id), kind, input);
    return this.detail(actor, id);
  }

  /** Records that exhibits and materials reached the police after it filed the case (第十二条). */
  async handover(
    actor: UserActor,
    id: string,
    input: z.output<typeof ReferralHandoverSchema>,
  ): Promise<ReferralDetail> {
    await recordHandover(this.db, this.ports, actor, await this.visible(actor, id), input);
    return this.detail(actor, id);
  }

  /** Closes an answered referral, or a refused one that will not be submitted again. */
  async close(
    actor: UserActor,
    id: string,
    input: z.output<typeof ReferralCloseSchema>,
  ): Promise<ReferralDetail> {
    await closeReferral(this.db, this.ports, actor, await this.visible(actor, id), input);
    return this.detail(actor, id);
  }

  /** The 移送书 as sent, PDF or DOCX; each download audited. */
  async document(actor: UserActor, id: string, format: 'pdf' | 'docx') {
    return openDocument(this.db, this.ports, actor, await this.visible(actor, id), format);
  }

  /** Stores a file to be named in the materials, the receipt, the feedback or a request. */
  async upload(
    actor: UserActor,
    id: string,
    body: Readable,
    meta: { fileName: string; contentType: string },
  ) {
    return storeAttachment(this.ports, actor, await this.visible(actor, id), body, meta);
  }

  /** Opens a file the referral names; each download audited. */
  async download(actor: UserActor, id: string, sha256: string) {
    return openAttachment(this.db, this.ports, actor, await this.visible(actor, id), sha256);
  }

  /** The referral if the user may read it; NOT_FOUND otherwise. */
  async visible(actor: UserActor, id: string): Promise<repo.ReferralRow> {
    const row = await repo.findReferral(this.db, id);
    if (!row || !reaches(actor, 'referral.read', row)) throw new AppError('NOT_FOUND', REFERRAL_NOT_FOUND);
    return row;
  }
}
