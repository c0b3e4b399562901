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
import { todayInShanghai } from '../../platform/calendar/dates.ts';
import type { Db } from '../../platform/db/tables.ts';
import { AppError } from '../../platform/errors.ts';
import { type Challenge, checkChallenge, createChallenge } from './complaint-challenge.ts';
import { sizeText, sniffType } from './complaint-files.ts';
import { complaintPasswordMatches } from './complaint-password.ts';
import type { ComplaintPorts } from './complaint-ports.ts';
import * as repo from './complaints.repository.ts';
import { COMPLAINANT, rateAnswer, reopenAnswered, reopenUntil } from './use-cases/rate-complaint.ts';
import { phoneIndex, registerComplaint } from './use-cases/register-complaint.ts';

const HOUR = 3_600_000;
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
    await rateAnswer(this.db, this.ports, row, input, {
      audit: COMPLAINANT,
      author: '投诉人',
      action: 'complaint.rate',
      note: input.comment ?? null,
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
    await reopenAnswered(this.db, this.ports, row, input.reason, {
      audit: COMPLAINANT,
      author: '投诉人',
      action: 'complaint.reopen',
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

  async #present(row: repo.ComplaintRow): Promise<ComplaintTracking> {
    // The decline and transfer dates are those of the latest such step in the complaint's history,
    // read only for a complaint that went through one.
    const last =
      row.status === 'declined' || row.transferred_to
        ? await repo.lastEventAt(this.db, row.id, ['declined', 'transferred'])
        : new Map<string, string>();
    const dayOf = (kind: 'declined' | 'transferred') => {
      const at = last.get(kind);
      return at ? todayInShanghai(new Date(at)) : null;
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
      reopenUntil: reopenUntil(this.ports, row),
      closedOn: row.closed_on,
      routeTo: row.route_to,
      routeNote: row.route_note,
      routeDeadlineOn: row.route_deadline_on,
    };
  }
}
