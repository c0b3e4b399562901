import { shanghaiDay } from '@jiandu/contracts/case-labels';
import { type Kysely, sql } from 'kysely';

/** The day of the act: the decision's day, else the earliest recorded stage (as of this migration). */
function actedOn(content: string): string | null {
  const record = JSON.parse(content) as { events?: { type: string; at: string }[] };
  let decided: string | null = null;
  let earliest: string | null = null;
  for (const event of record.events ?? []) {
    const day = shanghaiDay(event.at);
    if (!day) continue;
    if (event.type === 'decided' && (decided === null || day < decided)) decided = day;
    if (earliest === null || day < earliest) earliest = day;
  }
  return decided ?? earliest;
}

/**
 * The day of each case's act (`acted_on`: decided, else its earliest stage), so the inspections one
 * agency made of one party in a year can be counted by an index (涉企检查频次). Filled in for the
 * cases already stored.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('enforcement_case').addColumn('acted_on', 'text').execute();
  let after = '';
  for (;;) {
    const { rows } = await sql<{ id: string; content: string }>`
      select c.id, v.content from enforcement_case c
      join case_version v on v.case_id = c.id and v.version = c.version
      where c.id > ${after} order by c.id limit 1000`.execute(db);
    if (!rows.length) break;
    after = rows.at(-1)!.id;
    for (const row of rows)
      await sql`update enforcement_case set acted_on = ${actedOn(row.content)} where id = ${row.id}`.execute(
        db,
      );
  }
  await db.schema
    .createIndex('enforcement_case_inspection')
    .on('enforcement_case')
    .columns(['org_id', 'party_key', 'acted_on'])
    .where(sql.ref('kind'), '=', 'inspection')
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('enforcement_case_inspection').execute();
  await db.schema.alterTable('enforcement_case').dropColumn('acted_on').execute();
}
