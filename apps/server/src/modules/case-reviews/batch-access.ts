import type { UserActor } from '../../platform/authz/actor.ts';
import type { Db } from '../../platform/db/tables.ts';
import { AppError } from '../../platform/errors.ts';
import * as batches from './batches.repository.ts';
import { assertOrganizerAccess } from './case-reviews.policy.ts';

const MISSING = '评查批次不存在或不在您的数据范围内';

/**
 * A batch the user may read (review.read over its organizer), or manage when `change` is set;
 * out of reach it does not exist.
 */
export async function batchFor(
  db: Db,
  actor: UserActor,
  id: string,
  change: boolean,
): Promise<batches.BatchRow> {
  const row = await batches.findBatch(db, id);
  if (!row) throw new AppError('NOT_FOUND', MISSING);
  assertOrganizerAccess(
    actor,
    { id: row.org_id, path: row.org_path, regionCode: row.org_region_code },
    change,
    MISSING,
  );
  return row;
}

/** Refuses changes to a batch whose results are published. */
export function assertOpen(batch: batches.BatchRow, action: string): void {
  if (batch.status !== 'open')
    throw new AppError('CONFLICT', `评查批次「${batch.name}」的结果已发布, 不能再${action}`);
}

/** A file of the batch, or 404. */
export async function fileOf(db: Db, batch: batches.BatchRow, fileId: string) {
  const file = await batches.findFile(db, fileId);
  if (!file || file.batch_id !== batch.id) throw new AppError('NOT_FOUND', '该批次中没有此案卷');
  return file;
}
