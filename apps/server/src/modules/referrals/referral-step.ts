import type { Attachment } from '@jiandu/contracts/matters';
import { REFERRAL_TARGET_LABELS, type ReferralEventKind } from '@jiandu/contracts/referral-labels';
import type { UserActor } from '../../platform/authz/actor.ts';
import type { Db } from '../../platform/db/tables.ts';
import { AppError } from '../../platform/errors.ts';
import { type NoticeInput, notify } from '../../platform/notifications/notifications.ts';
import { referralEvent } from './referral-events.ts';
import type { ReferralPorts } from './referral-ports.ts';
import * as repo from './referrals.repository.ts';
import type { ReferralTable } from './referrals.table.ts';

/** A field error as the console shows it beside the field. */
export const invalid = (path: string, message: string) =>
  new AppError('VALIDATION_FAILED', message, { errors: [{ path, message }] });

/** One change of a referral: what it must still be, what changes, how history and audit say it. */
export interface ReferralStep {
  expected: ReferralTable['status'];
  set: Partial<ReferralTable>;
  event: ReferralEventKind;
  note: string | null;
  /** The audit entry, written in the step's transaction (see `onReferral`). */
  audit: (trx: Db) => Promise<unknown>;
  /** A notice to the referring org. */
  tell?: Omit<NoticeInput, 'orgId' | 'link'>;
  /** More writes in the same transaction (approval rounds, review requests). */
  also?: (trx: Db, now: string) => Promise<void>;
}

/**
 * Applies one step in one transaction: the change if the status is still the expected one (else
 * someone got there first), a history line, the notice and the step's audit entry (each use case
 * writes its own, with `recordAudit`).
 */
export async function applyStep(
  db: Db,
  ports: ReferralPorts,
  actor: UserActor,
  row: repo.ReferralRow,
  step: ReferralStep,
): Promise<void> {
  const now = ports.clock.now();
  await db.transaction().execute(async (trx) => {
    if (!(await repo.changeReferral(trx, row.id, step.expected, { ...step.set, updated_at: now })))
      throw new AppError('CONFLICT', '该移送的状态刚被他人修改, 请刷新后重试');
    await repo.insertEvent(trx, referralEvent(now, row.id, step.event, actor, step.note));
    await step.also?.(trx, now);
    if (step.tell) await notify(trx, { ...step.tell, orgId: row.org_id, link: `/referrals/${row.id}` });
    await step.audit(trx);
  });
}

/** A referral's audit entry besides its action: the referral, where it goes and its number, and `detail`. */
export function onReferral(row: repo.ReferralRow, detail: Record<string, unknown> = {}) {
  return {
    targetType: 'referral',
    targetId: row.id,
    detail: { target: REFERRAL_TARGET_LABELS[row.target_kind], number: row.number, ...detail },
  };
}

/** Refuses a recorded day in the future or before the step it follows. */
export function assertDay(ports: ReferralPorts, path: string, day: string, notBefore: string, what: string) {
  if (day > ports.clock.today()) throw invalid(path, '日期不能晚于今天');
  if (day < notBefore) throw invalid(path, `日期不能早于${what} (${notBefore})`);
}

/** Refuses attachments whose upload did not complete. */
export async function assertUploaded(
  ports: ReferralPorts,
  attachments: readonly Attachment[],
  path = 'attachments',
) {
  for (const a of attachments)
    if (!(await ports.blobs.find(a.sha256)))
      throw invalid(path, `附件「${a.fileName}」未上传成功, 请重新上传`);
}

/** ", 超过X期限 D" when a recorded day is after its due day. */
export function lateNote(day: string, due: string | null, what: string): string {
  return due && day > due ? `, 超过${what}期限 ${due}` : '';
}

/** Text that goes on in a history note: without its closing full stop, so clauses can follow. */
export function clause(text: string): string {
  return text.trim().replace(/[。.;；]+$/, '');
}
