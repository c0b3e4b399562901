import type { ReferralReviewKind } from '@jiandu/contracts/referral-labels';
import type { Updateable } from 'kysely';
import { toNumber } from '../../platform/db/dialect.ts';
import type { Db } from '../../platform/db/tables.ts';
import type { ReferralApprovalTable, ReferralReviewTable } from './referrals.table.ts';

/** Every approval round of a referral, first to last. */
export function approvalsOf(db: Db, referralId: string): Promise<ReferralApprovalTable[]> {
  return db
    .selectFrom('referral_approval')
    .selectAll()
    .where('referral_id', '=', referralId)
    .orderBy('round')
    .execute();
}

/** How many times a referral was submitted for approval. */
export async function approvalRounds(db: Db, referralId: string): Promise<number> {
  const { n } = await db
    .selectFrom('referral_approval')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('referral_id', '=', referralId)
    .executeTakeFirstOrThrow();
  return toNumber(n);
}

export async function insertApproval(db: Db, row: ReferralApprovalTable): Promise<void> {
  await db.insertInto('referral_approval').values(row).execute();
}

/** Records the head's decision on the open round. */
export async function decideApproval(
  db: Db,
  referralId: string,
  set: Pick<ReferralApprovalTable, 'decision' | 'decided_at' | 'decided_by' | 'reason'>,
): Promise<void> {
  await db
    .updateTable('referral_approval')
    .set(set)
    .where('referral_id', '=', referralId)
    .where('decision', 'is', null)
    .execute();
}

/** The reconsideration and supervision requests of a referral, in the order they were made. */
export function reviewsOf(db: Db, referralId: string): Promise<ReferralReviewTable[]> {
  return db
    .selectFrom('referral_review')
    .selectAll()
    .where('referral_id', '=', referralId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

/** One kind of request of a referral, if made. */
export function findReview(
  db: Db,
  referralId: string,
  kind: ReferralReviewKind,
): Promise<ReferralReviewTable | undefined> {
  return db
    .selectFrom('referral_review')
    .selectAll()
    .where('referral_id', '=', referralId)
    .where('kind', '=', kind)
    .executeTakeFirst();
}

export async function insertReview(db: Db, row: ReferralReviewTable): Promise<void> {
  await db.insertInto('referral_review').values(row).execute();
}

/** Records the answer to a request still open; returns whether it was open. */
export async function answerReview(
  db: Db,
  id: string,
  set: Updateable<ReferralReviewTable>,
): Promise<boolean> {
  const result = await db
    .updateTable('referral_review')
    .set(set)
    .where('id', '=', id)
    .where('result', 'is', null)
    .executeTakeFirst();
  return toNumber(result.numUpdatedRows) === 1;
}
