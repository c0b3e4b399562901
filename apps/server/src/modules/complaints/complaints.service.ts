import type { Readable } from 'node:stream';
import type { ComplaintReviewLevel } from '@jiandu/contracts/complaint-labels';
import type {
  ComplaintAnswerSchema,
  ComplaintCallbackReopenSchema,
  ComplaintCallbackSchema,
  ComplaintDeclineSchema,
  ComplaintDetail,
  ComplaintEntrySchema,
  ComplaintExtensionDecisionSchema,
  ComplaintExtensionRequestSchema,
  ComplaintImportResult,
  ComplaintListQuery,
  ComplaintMatterSchema,
  ComplaintReviewAnswerSchema,
  ComplaintReviewRequestSchema,
  ComplaintStatistics,
  ComplaintStatisticsQuery,
  ComplaintSummary,
  ComplaintTransferSchema,
  HotlineReportedSchema,
  HotlineResult,
} from '@jiandu/contracts/complaints';
import type { Attachment, MatterDetail } from '@jiandu/contracts/matters';
import type { Page, PageQuery } from '@jiandu/contracts/paging';
import type { z } from 'zod';
import { recordAudit } from '../../platform/audit/audit.ts';
import { auditActor, scopesFor, type UserActor } from '../../platform/authz/actor.ts';
import { decryptField } from '../../platform/crypto/field-cipher.ts';
import type { Db } from '../../platform/db/tables.ts';
import { AppError } from '../../platform/errors.ts';
import type { TableRow } from '../../platform/files/xlsx.ts';
import type { ComplaintClock, ComplaintPorts } from './complaint-ports.ts';
import { runComplaintReminders } from './complaint-reminders.ts';
import { seesIdentity } from './complaints.policy.ts';
import { presentDetail, presentSummary } from './complaints.presenter.ts';
import * as repo from './complaints.repository.ts';
import { PublicComplaintService } from './complaints-public.service.ts';
import { answerComplaint, closeComplaint } from './use-cases/answer-complaint.ts';
import { recordCallback, reopenAtCallback } from './use-cases/call-back.ts';
import { visibleComplaint } from './use-cases/change-complaint.ts';
import { complaintStatistics } from './use-cases/complaint-statistics.ts';
import { acceptComplaint, declineComplaint, transferComplaint } from './use-cases/decide-acceptance.ts';
import { decideExtension, requestExtension } from './use-cases/extend-answer.ts';
import { hotlineResults, markHotlineReported } from './use-cases/hotline-results.ts';
import { importHotlineOrders } from './use-cases/import-hotline-orders.ts';
import { openMatter } from './use-cases/open-matter.ts';
import { reopenUntil } from './use-cases/rate-complaint.ts';
import { type Registered, registerComplaint } from './use-cases/register-complaint.ts';
import { answerReview, petitionDetail, requestReview } from './use-cases/review-petition.ts';

/** Most rows one export may hold. */
export const COMPLAINT_EXPORT_LIMIT = 20_000;

/**
 * Complaints (投诉举报) in the console: entered from calls, letters, visits and petition offices,
 * imported from 12345 hotline work orders, or arriving from the portal; accepted, declined with
 * reasons or transferred within the acceptance period; handled and answered within the answer
 * period (extended once with a supervisor's approval); closed after the complainant's rating, or
 * reopened; a petition taken on to 复查 and 复核 by the organs above; a 行政复议 or 行政诉讼 matter
 * declined with the route and its period; counted in statistics. Due dates come from the platform calendar with their derivation;
 * identities are shown only to those allowed; every change is audited. Each step is a use case
 * under use-cases/; this class finds the complaint the user may see and presents the result.
 */
export class ComplaintService {
  readonly public: PublicComplaintService;

  constructor(
    private readonly db: Db,
    private readonly ports: ComplaintPorts,
  ) {
    this.public = new PublicComplaintService(db, ports);
  }

  /**
   * The same service on another clock (tests move time to run deadlines and windows); the matters
   * it opens follow the same clock.
   */
  withClock(clock: ComplaintClock): ComplaintService {
    return new ComplaintService(this.db, {
      ...this.ports,
      matters: this.ports.matters.withClock(clock),
      clock,
    });
  }

  /** The daily pass over deadlines, on this service's clock. */
  runReminders() {
    return runComplaintReminders(this.db, this.ports);
  }

  /** One page of the complaints the user may see, nearest deadline first. */
  async list(actor: UserActor, filter: ComplaintListQuery, page: PageQuery): Promise<Page<ComplaintSummary>> {
    const { total, rows } = await repo.listComplaints(
      this.db,
      scopesFor(actor, 'complaint.read'),
      filter,
      page,
    );
    return { items: rows.map((r) => presentSummary(r)), total, page: page.page, pageSize: page.pageSize };
  }

  /** Every matching complaint for an export; refuses more than the limit with a hint to narrow it. */
  async listAll(actor: UserActor, filter: ComplaintListQuery): Promise<ComplaintSummary[]> {
    const scopes = scopesFor(actor, 'complaint.read');
    if ((await repo.countComplaints(this.db, scopes, filter)) > COMPLAINT_EXPORT_LIMIT)
      throw new AppError('CONFLICT', `一次最多导出${COMPLAINT_EXPORT_LIMIT}条, 请缩小筛选范围`);
    return (await repo.listAllComplaints(this.db, scopes, filter, COMPLAINT_EXPORT_LIMIT)).map((r) =>
      presentSummary(r),
    );
  }

  /** One complaint with history and links; the identity only for those allowed (and that viewing audited). */
  async detail(actor: UserActor, id: string): Promise<ComplaintDetail> {
    const row = await this.#visible(actor, id);
    const own = await this.ports.orgs.findById(actor.orgId);
    const identity = seesIdentity(actor, own?.path ?? '', row)
      ? {
          name: decryptField(this.ports.keyring, row.name_enc!),
          phone: decryptField(this.ports.keyring, row.phone_enc!),
          idNumber: row.id_number_enc ? decryptField(this.ports.keyring, row.id_number_enc) : null,
        }
      : null;
    if (identity)
      await recordAudit(this.db, auditActor(actor), {
        action: 'complaint.identity.view',
        targetType: 'complaint',
        targetId: id,
      });
    const related = (await repo.linksOf(this.db, id)).map((l) => ({
      id: l.id,
      trackingCode: l.tracking_code,
      title: l.title,
      reason: l.reason,
    }));
    return presentDetail(
      row,
      await repo.eventsOf(this.db, id),
      related,
      identity,
      reopenUntil(this.ports, row),
      await petitionDetail(this.db, this.ports, row),
    );
  }

  /** A handler enters a complaint received by phone, letter, visit or from a petition office. */
  async register(
    actor: UserActor,
    input: z.output<typeof ComplaintEntrySchema>,
  ): Promise<{ complaint: ComplaintDetail; trackingCode: string; password: string }> {
    const done: Registered = await registerComplaint(
      this.db,
      this.ports,
      { ...input, attachments: [] },
      actor,
    );
    return {
      complaint: await this.detail(actor, done.id),
      trackingCode: done.trackingCode,
      password: done.password,
    };
  }

  /** Accepts the complaint; the answer period starts today. */
  async accept(actor: UserActor, id: string, note?: string): Promise<ComplaintDetail> {
    await acceptComplaint(this.db, this.ports, actor, await this.#visible(actor, id), note);
    return this.detail(actor, id);
  }

  /** Declines the complaint with written reasons (naming the route for a 行政复议 or 行政诉讼 matter). */
  async decline(
    actor: UserActor,
    id: string,
    input: z.output<typeof ComplaintDeclineSchema>,
  ): Promise<ComplaintDetail> {
    await declineComplaint(this.db, this.ports, actor, await this.#visible(actor, id), input);
    return this.detail(actor, id);
  }

  /** Enters a petitioner's request for 复查 or 复核, within its window (see use-cases/review-petition.ts). */
  async requestReview(
    actor: UserActor,
    id: string,
    level: ComplaintReviewLevel,
    input: z.output<typeof ComplaintReviewRequestSchema>,
  ): Promise<ComplaintDetail> {
    await requestReview(this.db, this.ports, actor, await this.#visible(actor, id), level, input);
    return this.detail(actor, id);
  }

  /** The reviewing organ's 复查 answer or 复核 opinion. */
  async answerReview(
    actor: UserActor,
    id: string,
    level: ComplaintReviewLevel,
    input: z.output<typeof ComplaintReviewAnswerSchema>,
  ): Promise<ComplaintDetail> {
    await answerReview(this.db, this.ports, actor, await this.#visible(actor, id), level, input.answer);
    return this.detail(actor, id);
  }

  /** Transfers the complaint to the competent org, whose own acceptance period starts that day. */
  async transfer(
    actor: UserActor,
    id: string,
    input: z.output<typeof ComplaintTransferSchema>,
  ): Promise<ComplaintDetail> {
    await transferComplaint(this.db, this.ports, actor, await this.#visible(actor, id), input);
    return this.detail(actor, id);
  }

  /** Asks for more time to answer (once), with the reason. */
  async requestExtension(
    actor: UserActor,
    id: string,
    input: z.output<typeof ComplaintExtensionRequestSchema>,
  ): Promise<ComplaintDetail> {
    await requestExtension(this.db, this.ports, actor, await this.#visible(actor, id), input);
    return this.detail(actor, id);
  }

  /** A supervisor approves (the answer is then due later) or refuses the extension. */
  async decideExtension(
    actor: UserActor,
    id: string,
    input: z.output<typeof ComplaintExtensionDecisionSchema>,
  ): Promise<ComplaintDetail> {
    await decideExtension(this.db, this.ports, actor, await this.#visible(actor, id), input);
    return this.detail(actor, id);
  }

  /** Records the answer given to the complainant. */
  async answer(
    actor: UserActor,
    id: string,
    input: z.output<typeof ComplaintAnswerSchema>,
  ): Promise<ComplaintDetail> {
    await answerComplaint(this.db, this.ports, actor, await this.#visible(actor, id), input.answer);
    return this.detail(actor, id);
  }

  /** Closes an answered (or rated) complaint. */
  async close(actor: UserActor, id: string, note?: string): Promise<ComplaintDetail> {
    await closeComplaint(this.db, this.ports, actor, await this.#visible(actor, id), note);
    return this.detail(actor, id);
  }

  /** Records the 回访 of a complainant without portal access: their rating, or that nobody was reached. */
  async callback(
    actor: UserActor,
    id: string,
    input: z.output<typeof ComplaintCallbackSchema>,
  ): Promise<ComplaintDetail> {
    await recordCallback(this.db, this.ports, actor, await this.#visible(actor, id), input);
    return this.detail(actor, id);
  }

  /** Reopens a complaint whose complainant was unsatisfied at the 回访, at their request (portal rules). */
  async reopenAtCallback(
    actor: UserActor,
    id: string,
    input: z.output<typeof ComplaintCallbackReopenSchema>,
  ): Promise<ComplaintDetail> {
    await reopenAtCallback(this.db, this.ports, actor, await this.#visible(actor, id), input.reason);
    return this.detail(actor, id);
  }

  /** 12345 work orders' results for the hotline platform (see use-cases/hotline-results.ts). */
  hotlineResults(
    actor: UserActor,
    query: { from?: string | undefined; to?: string | undefined; unreported: boolean },
  ): Promise<HotlineResult[]> {
    return hotlineResults(this.db, actor, query);
  }

  /** Marks exported 12345 results as reported back, each in the status it was exported in. */
  markHotlineReported(actor: UserActor, input: z.output<typeof HotlineReportedSchema>) {
    return markHotlineReported(this.db, this.ports, actor, input);
  }

  /** Opens a supervision matter from the complaint, linked to it in the same transaction. */
  async openMatter(
    actor: UserActor,
    id: string,
    input: z.output<typeof ComplaintMatterSchema>,
  ): Promise<MatterDetail> {
    return openMatter(this.ports, actor, await this.#visible(actor, id), input);
  }

  /** Complaint figures for a period within the user's scope (see use-cases/complaint-statistics.ts). */
  statistics(actor: UserActor, query: ComplaintStatisticsQuery): Promise<ComplaintStatistics> {
    return complaintStatistics(this.db, this.ports, actor, query);
  }

  /** Imports 12345 hotline work orders (see use-cases/import-hotline-orders.ts). */
  importHotline(actor: UserActor, rows: readonly TableRow[]): Promise<ComplaintImportResult> {
    return importHotlineOrders(this.db, this.ports, actor, rows);
  }

  /** An attachment of a complaint (the download is audited). */
  async download(actor: UserActor, id: string, sha256: string): Promise<Attachment & { stream: Readable }> {
    const row = await this.#visible(actor, id);
    const file = (JSON.parse(row.attachments) as Attachment[]).find((a) => a.sha256 === sha256.toLowerCase());
    if (!file) throw new AppError('NOT_FOUND', '该投诉没有这个附件');
    const stream = await this.ports.blobs.open(file.sha256);
    await recordAudit(this.db, auditActor(actor), {
      action: 'complaint.attachment.download',
      targetType: 'complaint',
      targetId: id,
      detail: { sha256: file.sha256 },
    });
    return { ...file, stream };
  }

  #visible(actor: UserActor, id: string): Promise<repo.ComplaintRow> {
    return visibleComplaint(this.db, actor, id);
  }
}
