import type { ComplaintReviewLevel } from '@jiandu/contracts/complaint-labels';
import type { Updateable } from 'kysely';
import { toNumber } from '../../platform/db/dialect.ts';
import type { Db } from '../../platform/db/tables.ts';
import type { ComplaintReviewTable } from './complaints.table.ts';

/** A 复查 or 复核 with its reviewing organ's name and place in the tree. */
export interface ComplaintReviewRow extends ComplaintReviewTable {
  org_name: string;
  org_path: string;
  org_region_code: string;
}

/** The reviews of a complaint, 复查 before 复核. */
export async function reviewsOf(db: Db, complaintId: string): Promise<ComplaintReviewRow[]> {
  const rows = await db
    .selectFrom('complaint_review as r')
    .innerJoin('org', 'org.id', 'r.org_id')
    .selectAll('r')
    .select(['org.name as org_name', 'org.path as org_path', 'org.region_code as org_region_code'])
    .where('r.complaint_id', '=', complaintId)
    .orderBy('r.requested_on')
    .orderBy('r.level')
    .execute();
  return rows.sort((a, b) => Number(a.level === 'recheck') - Number(b.level === 'recheck'));
}

/** One level's review of a complaint, if requested. */
export async function reviewOf(
  db: Db,
  complaintId: string,
  level: ComplaintReviewLevel,
): Promise<ComplaintReviewRow | undefined> {
  return (await reviewsOf(db, complaintId)).find((r) => r.level === level);
}

export async function insertReview(db: Db, row: ComplaintReviewTable): Promise<void> {
  await db.insertInto('complaint_review').values(row).execute();
}

/** Records the answer of a review not answered yet; returns whether it did. */
export async function answerReview(
  db: Db,
  complaintId: string,
  level: ComplaintReviewLevel,
  set: Updateable<ComplaintReviewTable>,
): Promise<boolean> {
  const result = await db
    .updateTable('complaint_review')
    .set(set)
    .where('complaint_id', '=', complaintId)
    .where('level', '=', level)
    .where('answered_on', 'is', null)
    .executeTakeFirst();
  return toNumber(result.numUpdatedRows) === 1;
}

/**
 * Petitions whose 复核 opinion has been given and that this complaint repeats: linked to it by the
 * duplicate check, or sharing its match keys the way the check counts them (a phone, case or
 * officer key, or two content bands) however long ago they were registered — a repeat after
 * 复核 often comes later than the duplicate window. After the opinion the same facts and reasons
 * are not accepted again (信访工作条例 Art. 36). Oldest opinion first.
 */
export function concludedLinks(db: Db, complaintId: string) {
  const linked = db
    .selectFrom('complaint_link as l')
    .select((eb) =>
      eb
        .case()
        .when('l.complaint_id', '=', complaintId)
        .then(eb.ref('l.related_id'))
        .else(eb.ref('l.complaint_id'))
        .end()
        .as('id'),
    )
    .where((eb) => eb.or([eb('l.complaint_id', '=', complaintId), eb('l.related_id', '=', complaintId)]));
  const sharing = db
    .selectFrom('complaint_match_key as mine')
    .innerJoin('complaint_match_key as other', 'other.key', 'mine.key')
    .select('other.complaint_id as id')
    .where('mine.complaint_id', '=', complaintId)
    .where('other.complaint_id', '!=', complaintId)
    .groupBy('other.complaint_id')
    .having((eb) =>
      eb.or([
        eb(eb.fn.countAll(), '>=', 2),
        eb(eb.fn.sum(eb.case().when('other.key', 'like', 's%').then(0).else(1).end()), '>', 0),
      ]),
    );
  return db
    .selectFrom('complaint as c')
    .innerJoin('complaint_review as r', (j) =>
      j.onRef('r.complaint_id', '=', 'c.id').on('r.level', '=', 'recheck'),
    )
    .select(['c.id', 'c.tracking_code', 'c.title', 'r.answered_on'])
    .where((eb) => eb.or([eb('c.id', 'in', linked), eb('c.id', 'in', sharing)]))
    .where('c.status', '=', 'rechecked')
    .where('c.profile', '=', 'petition')
    .where('r.answered_on', 'is not', null)
    .orderBy('r.answered_on')
    .orderBy('c.id')
    .execute();
}
