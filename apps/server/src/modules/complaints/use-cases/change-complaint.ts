import type { Updateable } from 'kysely';
import type { UserActor } from '../../../platform/authz/actor.ts';
import type { Db } from '../../../platform/db/tables.ts';
import { AppError } from '../../../platform/errors.ts';
import { complaintEvent } from '../complaint-events.ts';
import type { ComplaintPorts } from '../complaint-ports.ts';
import { COMPLAINT_NOT_FOUND, reaches } from '../complaints.policy.ts';
import * as repo from '../complaints.repository.ts';
import type { ComplaintTable } from '../complaints.table.ts';

/** A refused field, as a problem detail naming it. */
export const invalid = (path: string, message: string) =>
  new AppError('VALIDATION_FAILED', message, { errors: [{ path, message }] });

/** A complaint the user may read; otherwise it does not exist for them. */
export async function visibleComplaint(db: Db, actor: UserActor, id: string): Promise<repo.ComplaintRow> {
  const row = await repo.findComplaint(db, id);
  if (!row || !reaches(actor, 'complaint.read', row)) throw new AppError('NOT_FOUND', COMPLAINT_NOT_FOUND);
  return row;
}

/** One step of the loop: what changes, the history line it leaves and the audit entry it writes. */
export interface ComplaintStep {
  expected: readonly ComplaintTable['status'][];
  kind: Parameters<typeof complaintEvent>[2];
  notes: (string | null)[];
  set: Updateable<ComplaintTable>;
  /** Writes the step's audit entry (and whatever else goes with it, a notice) in the same transaction. */
  record: (trx: Db) => Promise<unknown>;
}

/**
 * Applies a step in one transaction: the change only while the complaint is still in an expected
 * status (a concurrent handler's step wins, this one is refused), the history line, and the step's
 * audit entry and whatever else it records (a notice) — all or nothing.
 */
export async function changeComplaint(
  db: Db,
  ports: ComplaintPorts,
  actor: UserActor,
  row: repo.ComplaintRow,
  step: ComplaintStep,
): Promise<void> {
  const now = ports.clock.now();
  await db.transaction().execute(async (trx) => {
    if (!(await repo.changeComplaint(trx, row.id, step.expected, { ...step.set, updated_at: now })))
      throw new AppError('CONFLICT', '该投诉已被他人处理, 请刷新后重试');
    const note = step.notes.filter((n): n is string => !!n).join('; ') || null;
    await repo.insertEvent(trx, complaintEvent(now, row.id, step.kind, actor, note));
    await step.record(trx);
  });
}
