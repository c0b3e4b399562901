import { sql } from 'kysely';
import { toNumber } from '../../platform/db/dialect.ts';
import type { Db } from '../../platform/db/tables.ts';
import type { SupervisorParticipationTable } from './people.table.ts';

/** A supervisor's log, newest first, optionally of one year. */
export function listParticipations(
  db: Db,
  supervisorId: string,
  year?: number,
): Promise<SupervisorParticipationTable[]> {
  let query = db.selectFrom('supervisor_participation').selectAll().where('supervisor_id', '=', supervisorId);
  if (year) query = query.where('date', '>=', `${year}-01-01`).where('date', '<=', `${year}-12-31`);
  return query.orderBy('date', 'desc').orderBy('created_at', 'desc').orderBy('id').execute();
}

/** One log entry of a supervisor. */
export function findParticipation(
  db: Db,
  supervisorId: string,
  id: string,
): Promise<SupervisorParticipationTable | undefined> {
  return db
    .selectFrom('supervisor_participation')
    .selectAll()
    .where('supervisor_id', '=', supervisorId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function insertParticipation(db: Db, row: SupervisorParticipationTable): Promise<void> {
  await db.insertInto('supervisor_participation').values(row).execute();
}

export async function deleteParticipation(db: Db, id: string): Promise<void> {
  await db.deleteFrom('supervisor_participation').where('id', '=', id).execute();
}

/** Counts and hours per year and kind, for the yearly summary. */
export async function countParticipations(db: Db, supervisorId: string) {
  const year = sql<string>`substr(date, 1, 4)`;
  const rows = await db
    .selectFrom('supervisor_participation')
    .select([year.as('year'), 'kind'])
    .select((eb) => [eb.fn.countAll().as('n'), eb.fn.sum('hours').as('hours')])
    .where('supervisor_id', '=', supervisorId)
    .groupBy([year, 'kind'])
    .orderBy(year, 'desc')
    .orderBy('kind')
    .execute();
  return rows.map((r) => ({
    year: Number(r.year),
    kind: r.kind,
    count: toNumber(r.n),
    hours: r.hours === null ? 0 : toNumber(r.hours),
  }));
}
