import type { Db } from '../../platform/db/tables.ts';
import { statusFromNotices } from './matter-status.ts';

/**
 * Brings an unclosed matter's status and due date in line with its notices, inside the transaction
 * that changed a notice (issued, reported, verified, withdrawn).
 */
export async function settleMatter(trx: Db, matterId: string): Promise<void> {
  const [notices, supervisors] = await Promise.all([
    trx
      .selectFrom('supervision_notice')
      .select(['status', 'due_on'])
      .where('matter_id', '=', matterId)
      .execute(),
    trx.selectFrom('matter_supervisor').select('officer_id').where('matter_id', '=', matterId).execute(),
  ]);
  const next = statusFromNotices(notices, supervisors.length > 0);
  await trx
    .updateTable('matter')
    .set({ ...next, updated_at: new Date().toISOString() })
    .where('id', '=', matterId)
    .where('status', '<>', 'closed')
    .execute();
}
