import type { CaseRecord } from '@jiandu/contracts/exchange';
import type { Insertable } from 'kysely';
import type { CalendarService } from '../../../platform/calendar/calendar.service.ts';
import type { Db } from '../../../platform/db/tables.ts';
import { deriveDeadlines } from '../case-deadlines.ts';
import * as repo from '../cases.repository.ts';
import type { CaseDeadlineTable } from '../cases.table.ts';

/** Cases per transaction of the derivation. */
const DERIVE_BATCH = 500;

/** A case just brought up to its newest version, as those who derive more from it need it. */
export interface DerivedCase {
  id: string;
  version: number;
  orgId: string;
  regionCode: string;
  record: CaseRecord;
  /** For an inspection of a known party: the agency's how-manieth inspection of it that year. */
  inspectionRank: number | null;
}

/** A stored row of the newest version as those who derive from it see it. */
export function derivedCase(
  row: { id: string; version: number; org_id: string; region_code: string; inspection_rank: unknown },
  record: CaseRecord,
): DerivedCase {
  return {
    id: row.id,
    version: row.version,
    orgId: row.org_id,
    regionCode: row.region_code,
    record,
    inspectionRank: row.inspection_rank === null ? null : Number(row.inspection_rank),
  };
}

/**
 * Whatever else must follow a new version (the warning engine's evaluation): it works out what to
 * save before the transaction (reading what it needs, on SQLite's one connection), then returns the
 * step that saves it in the derivation's transaction, so it is saved with the deadlines or not at all.
 */
export type DerivedHook = (cases: DerivedCase[]) => Promise<(trx: Db) => Promise<void>>;

/**
 * Brings every case's stored deadlines up to its newest version, in batches, until none is behind.
 * Runs after each ingest and on a schedule; a case updated meanwhile stays queued for the next pass.
 */
export async function deriveAll(db: Db, calendar: CalendarService, hook?: DerivedHook): Promise<number> {
  let done = 0;
  for (;;) {
    const rows = await repo.findUnderived(db, DERIVE_BATCH);
    if (!rows.length) return done;
    const working = await calendar.calendar();
    const deadlines: Insertable<CaseDeadlineTable>[] = [];
    const derived: DerivedCase[] = [];
    for (const row of rows) {
      // The content without the person's data is enough: no deadline depends on who the party is.
      const record = JSON.parse(row.content) as CaseRecord;
      derived.push(derivedCase(row, record));
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
    const save = hook ? await hook(derived) : null;
    await db.transaction().execute(async (trx) => {
      await repo.saveDerived(trx, rows, deadlines);
      if (save) await save(trx);
    });
    done += rows.length;
  }
}
