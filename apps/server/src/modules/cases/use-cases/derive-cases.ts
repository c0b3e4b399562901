import type { CaseRecord } from '@jiandu/contracts/exchange';
import type { Insertable } from 'kysely';
import type { CalendarService } from '../../../platform/calendar/calendar.service.ts';
import type { Db } from '../../../platform/db/tables.ts';
import { deriveDeadlines } from '../case-deadlines.ts';
import * as repo from '../cases.repository.ts';
import type { CaseDeadlineTable } from '../cases.table.ts';

/** Cases per transaction of the derivation. */
const DERIVE_BATCH = 500;

/**
 * Brings every case's stored deadlines up to its newest version, in batches, until none is behind.
 * Runs after each ingest and on a schedule; a case updated meanwhile stays queued for the next pass.
 */
export async function deriveAll(db: Db, calendar: CalendarService): Promise<number> {
  let done = 0;
  for (;;) {
    const rows = await repo.findUnderived(db, DERIVE_BATCH);
    if (!rows.length) return done;
    const working = await calendar.calendar();
    const deadlines: Insertable<CaseDeadlineTable>[] = [];
    for (const row of rows) {
      // The content without the person's data is enough: no deadline depends on who the party is.
      const record = JSON.parse(row.content) as CaseRecord;
      for (const d of deriveDeadlines(record, working)) {
        deadlines.push({
          case_id: row.id,
          code: d.code,
          region_code: row.region_code,
          due: d.due,
          met_on: d.metOn,
          provisional: d.provisional ? 1 : 0,
          derivation: JSON.stringify({ ...d.derivation, basis: d.basis }),
        });
      }
    }
    await db.transaction().execute((trx) => repo.saveDerived(trx, rows, deadlines));
    done += rows.length;
  }
}
