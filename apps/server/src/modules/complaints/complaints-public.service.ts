import { Readable } from 'node:stream';
import type {
  ComplaintLimits,
  ComplaintRateSchema,
  ComplaintReopenSchema,
  ComplaintTracking,
  PublicComplaintSchema,
} from '@jiandu/contracts/complaints';
import type { Attachment } from '@jiandu/contracts/matters';
import type { z } from 'zod';
import { type Actor, recordAudit } from '../../platform/audit/audit.ts';
import { addDays, todayInShanghai } from '../../platform/calendar/dates.ts';
import type { Db } from '../../platform/db/tables.ts';
import { AppError } from '../../platform/errors.ts';
import { notify } from '../../platform/notifications/notifications.ts';
import { type Challenge, checkChallenge, createChallenge } from './complaint-challenge.ts';
import { complaintEvent } from './complaint-events.ts';
import { sizeText, sniffType } from './complaint-files.ts';
import { complaintPasswordMatches } from './complaint-password.ts';
import { dueDate } from './complaint-periods.ts';
import type { ComplaintPorts } from './complaint-ports.ts';
import * as repo from './complaints.repository.ts';
import { phoneIndex, registerComplaint } from './use-cases/register-complaint.ts';

const HOUR = 3_600_000;
const COMPLAINANT: Actor = { id: null, name: 'complainant' };
const WRONG = '查询码或查询密码不正确';
const invalid = (path: string, message: string) =>
  new AppError('VALIDATION_FAILED', message, { errors: [{ path, message }] });

/**
 * The public side of complaints, without sign-in: the challenge, submission (rate-limited per
 * address and per phone, attachments checked by content), and tracking by code and password, with
 * rating and reopening. A wrong code and a wrong password get the same answer after the same work.
 */
export class PublicComplaintService {
  constructor(
    private readonly db: Db,
    private readonly ports: ComplaintPorts,
  ) {}

  /** A new arithmetic challenge. */
  challenge(): Challenge {
    return createChallenge(this.ports.keyring, this.ports.periods.challengeTtlSeconds);
  }

  /** What the portal tells a complainant before submitting: how many files, how large, the reopen window. */
  limits(): ComplaintLimits {
    const { attachmentsMax, attachmentMaxBytes, reopenDays } = this.ports.periods;
    return { attachmentsMax, attachmentMaxBytes, reopenDays };
  }

  /** The largest submission body: every allowed file at its largest, base64 encoded, and the text. */
  bodyLimit(): number {
    const { attachmentsMax, attachmentMaxBytes } = this.ports.periods;
    return Math.ceil((attachmentsMax * attachmentMaxBytes * 4) / 3) + 1024 * 1024;
  }

  /** Submits a complaint; returns the tracking code and the password (shown once). */
  async submit(input: z.output<typeof PublicComplaintSchema>, ip: string) {
    const { throttle, periods } = this.ports;
    if (input.attachments.length > periods.attachmentsMax)
      throw invalid(
        'attachments',
        periods.attachmentsMax ? `最多上传${periods.attachmentsMax}个附件` : '网上投诉暂不接受附件',
      );
    const phone =
      !input.anonymous && input.complainant ? phoneIndex(this.ports, input.complainant.phone) : null;
    if (!throttle.allows(`ip:${ip}`, periods.submissionsPerIpPerHour))
      throw new AppError('RATE_LIMITED', '提交过于频繁, 请一小时后再试');
    if (phone && !throttle.allows(`phone:${phone}`, periods.submissionsPerPhonePerDay))
      throw new AppError(
        'RATE_LIMITED',
        `同一电话号码每天最多提交${periods.submissionsPerPhonePerDay}件投诉`,
      );
    const checked = checkChallenge(this.ports.keyring, input.challengeToken, input.challengeAnswer);
    if (!checked) throw invalid('challengeAnswer', '验证题答案错误或已过期, 请重新获取验证题');
    // Checked here before any file is stored; spent in the registration's own transaction below.
    const used = () => invalid('challengeToken', '该验证题已使用, 请重新获取验证题');
    if (await repo.challengeSpent(this.db, checked.id)) throw used();
    const files = input.attachments.map((file, i) => {
      const bytes = Buffer.from(file.contentBase64, 'base64');
      if (bytes.length > periods.attachmentMaxBytes)
        throw invalid(`attachments.${i}`, `单个附件不超过${sizeText(periods.attachmentMaxBytes)}`);
      const type = sniffType(bytes);
      if (!type) throw invalid(`attachments.${i}`, `附件「${file.fileName}」不是 PDF、JPEG 或 PNG 文件`);
      return { bytes, type, fileName: file.fileName };
    });
    throttle.count(`ip:${ip}`, HOUR);
    if (phone) throttle.count(`phone:${phone}`, 24 * HOUR);
    const attachments: Attachment[] = [];
    for (const file of files) {
      const blob = await this.ports.blobs.store(Readable.from(file.bytes), periods.attachmentMaxBytes);
      attachments.push({
        sha256: blob.sha256,
        fileName: file.fileName,
        size: blob.size,
        contentType: file.type,
      });
    }
    const { trackingCode, password } = await registerComplaint(
      this.db,
      this.ports,
      { ...input, channel: 'web', attachments },
      null,
      async (trx) => {
        if (!(await repo.spendChallenge(trx, checked.id, checked.expiresAt, new Date().toISOString())))
          throw used();
      },
    );
    return { trackingCode, password };
  }

  /** What the complainant sees; the same refusal for an unknown code and a wrong password. */
  async track(code: string, password: string, ip: string): Promise<ComplaintTracking> {
    return this.#present(await this.#check(code, password, ip));
  }

  /** The complainant rates the answer (satisfied, basically, unsatisfied) with a comment. */
  async rate(
    code: string,
    input: z.output<typeof ComplaintRateSchema>,
    ip: string,
  ): Promise<ComplaintTracking> {
    const row = await this.#check(code, input.password, ip);
    if (row.status !== 'answered') throw new AppError('CONFLICT', '只能对已答复的投诉进行评价');
    const now = this.ports.clock.now();
    await this.db.transaction().execute(async (trx) => {
      if (
        !(await repo.changeComplaint(trx, row.id, ['answered'], {
          status: 'rated',
          rating: input.rating,
          rating_comment: input.comment ?? null,
          updated_at: now,
        }))
      )
        throw new AppError('CONFLICT', '只能对已答复的投诉进行评价');
      await repo.insertEvent(trx, complaintEvent(now, row.id, 'rated', '投诉人', input.comment ?? null));
      await recordAudit(trx, COMPLAINANT, {
        action: 'complaint.rate',
        targetType: 'complaint',
        targetId: row.id,
        detail: { rating: input.rating },
      });
    });
    return this.#present((await repo.findComplaint(this.db, row.id))!);
  }

  /** The complainant asks for the complaint to be handled again, within the window after the answer. */
  async reopen(
    code: string,
    input: z.output<typeof ComplaintReopenSchema>,
    ip: string,
  ): Promise<ComplaintTracking> {
    const row = await this.#check(code, input.password, ip);
    const until = this.#reopenUntil(row);
    if (!until) throw new AppError('CONFLICT', '只有已答复的投诉可以申请重新办理');
    const today = this.ports.clock.today();
    if (today > until)
      throw new AppError(
        'CONFLICT',
        `已超过申请重新办理的期限 (答复后${this.ports.periods.reopenDays}日内, 至${until})`,
      );
    const profile = this.ports.periods.profiles[row.profile];
    const answer = dueDate(
      await this.ports.calendar.calendar(),
      today,
      profile.answerAmount,
      profile.answerUnit,
      `${profile.answerBasis} (重新办理)`,
    );
    const now = this.ports.clock.now();
    await this.db.transaction().execute(async (trx) => {
      const changed = await repo.changeComplaint(trx, row.id, ['answered', 'rated'], {
        status: 'handling',
        stage: 'answer',
        due_on: answer.due,
        overdue_stage: null,
        answer_due_on: answer.due,
        answer_due_rule: answer.rule,
        answer: null,
        answered_on: null,
        rating: null,
        rating_comment: null,
        extension_days: null,
        extension_reason: null,
        extension_status: null,
        extension_requested_by: null,
        extension_requested_by_id: null,
        extension_decided_by: null,
        reopen_count: row.reopen_count + 1,
        updated_at: now,
      });
      if (!changed) throw new AppError('CONFLICT', '只有已答复的投诉可以申请重新办理');
      await repo.insertEvent(trx, complaintEvent(now, row.id, 'reopened', '投诉人', input.reason));
      await notify(trx, {
        orgId: row.org_id,
        kind: 'complaint.reopened',
        title: `投诉「${row.title}」申请重新办理`,
        body: `投诉人对答复提出异议, 请于${answer.due}前重新答复。`,
        link: `/complaints/${row.id}`,
        dedupeKey: `complaint:${row.id}:reopen:${row.reopen_count + 1}`,
      });
      await recordAudit(trx, COMPLAINANT, {
        action: 'complaint.reopen',
        targetType: 'complaint',
        targetId: row.id,
        detail: { answerDueOn: answer.due, previousAnswerOn: row.answered_on },
      });
    });
    return this.#present((await repo.findComplaint(this.db, row.id))!);
  }

  async #check(code: string, password: string, ip: string): Promise<repo.ComplaintRow> {
    const { throttle, periods } = this.ports;
    const key = `track:${ip}`;
    if (!throttle.allows(key, periods.trackingFailuresPerHour))
      throw new AppError('RATE_LIMITED', '查询密码错误次数过多, 请一小时后再试');
    const row = await repo.findByTrackingCode(this.db, code.trim().toUpperCase());
    const ok = row?.password_hash
      ? complaintPasswordMatches(this.ports.keyring, row.tracking_code, password, row.password_hash)
      : false;
    if (!row || !ok) {
      throttle.count(key, HOUR);
      throw new AppError('NOT_FOUND', WRONG);
    }
    return row;
  }

  #reopenUntil(row: repo.ComplaintRow): string | null {
    if ((row.status !== 'answered' && row.status !== 'rated') || !row.answered_on) return null;
    return addDays(row.answered_on, this.ports.periods.reopenDays);
  }

  async #present(row: repo.ComplaintRow): Promise<ComplaintTracking> {
    // The decline and transfer dates are those of the latest such step in the complaint's history.
    const events = await repo.eventsOf(this.db, row.id);
    const dayOf = (kind: 'declined' | 'transferred') => {
      const last = events.filter((e) => e.kind === kind).at(-1);
      return last ? todayInShanghai(new Date(last.at)) : null;
    };
    const deciding = row.status === 'registered' || row.status === 'transferred';
    return {
      trackingCode: row.tracking_code,
      title: row.title,
      status: row.status,
      registeredOn: row.registered_on,
      acceptDueOn: deciding ? row.accept_due_on : null,
      acceptedOn: row.accepted_on,
      declinedOn: row.status === 'declined' ? dayOf('declined') : null,
      declineReason: row.decline_reason,
      transferredOn: row.transferred_to ? dayOf('transferred') : null,
      transferredTo: row.transferred_to,
      answerDueOn: row.answer_due_on,
      answeredOn: row.answered_on,
      answer: row.answer,
      rating: row.rating,
      ratingComment: row.rating_comment,
      reopenUntil: this.#reopenUntil(row),
      closedOn: row.closed_on,
    };
  }
}
