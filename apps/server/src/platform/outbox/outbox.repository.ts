import { toNumber } from '../db/dialect.ts';
import type { Db } from '../db/tables.ts';
import type { OutboxMessageTable, OutboxStatus } from './outbox.table.ts';

/** Inserts a message unless its target already has one with the same key; true when inserted. */
export async function insertMessage(db: Db, row: OutboxMessageTable): Promise<boolean> {
  const result = await db
    .insertInto('outbox_message')
    .values(row)
    .onConflict((oc) => oc.columns(['target_id', 'idempotency_key']).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0n) === 1;
}

/** A target's message by idempotency key. */
export function findByKey(db: Db, targetId: string, key: string): Promise<OutboxMessageTable | undefined> {
  return db
    .selectFrom('outbox_message')
    .selectAll()
    .where('target_id', '=', targetId)
    .where('idempotency_key', '=', key)
    .executeTakeFirst();
}

/** A message by id. */
export function findMessage(db: Db, id: string): Promise<OutboxMessageTable | undefined> {
  return db.selectFrom('outbox_message').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Ids of messages due at `now`: pending ones whose time has come, and claimed ones whose lease ran out. */
export async function findDue(db: Db, now: string, limit: number): Promise<string[]> {
  const rows = await db
    .selectFrom('outbox_message')
    .select('id')
    .where('status', 'in', ['pending', 'delivering'])
    .where('next_attempt_at', '<=', now)
    .orderBy('next_attempt_at')
    .orderBy('id')
    .limit(limit)
    .execute();
  return rows.map((r) => r.id);
}

/**
 * Takes a due message for one attempt, counting it. The conditional UPDATE is the arbiter between
 * nodes: on PostgreSQL a competing node waits for the row lock, re-checks the condition and
 * updates nothing; SQLite has one writer. The new `attempts` value fences the result write.
 */
export async function claim(
  db: Db,
  id: string,
  now: string,
  leaseUntil: string,
): Promise<OutboxMessageTable | null> {
  const result = await db
    .updateTable('outbox_message')
    .set((eb) => ({
      status: 'delivering',
      attempts: eb('attempts', '+', 1),
      last_attempt_at: now,
      next_attempt_at: leaseUntil,
    }))
    .where('id', '=', id)
    .where('status', 'in', ['pending', 'delivering'])
    .where('next_attempt_at', '<=', now)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) !== 1) return null;
  return (await findMessage(db, id)) ?? null;
}

/** What an attempt leaves behind. */
export type AttemptOutcome = Pick<
  OutboxMessageTable,
  'status' | 'attempts' | 'next_attempt_at' | 'last_http_status' | 'last_error' | 'delivered_at'
>;

/**
 * Records how an attempt ended, unless another node took the message over meanwhile (its claim
 * raised `attempts`); false in that case, and the other node's result stands.
 */
export async function finishAttempt(
  db: Db,
  id: string,
  claimedAttempts: number,
  outcome: AttemptOutcome,
): Promise<boolean> {
  const result = await db
    .updateTable('outbox_message')
    .set(outcome)
    .where('id', '=', id)
    .where('status', '=', 'delivering')
    .where('attempts', '=', claimedAttempts)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Makes a dead or pending message due now with a fresh count of attempts; false when it is neither. */
export async function requeue(db: Db, id: string, now: string): Promise<boolean> {
  const result = await db
    .updateTable('outbox_message')
    .set({ status: 'pending', attempts: 0, next_attempt_at: now })
    .where('id', '=', id)
    .where('status', 'in', ['dead', 'pending'])
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Makes a target's waiting messages due now (its address was just set). */
export async function wakeTarget(db: Db, targetId: string, now: string): Promise<void> {
  await db
    .updateTable('outbox_message')
    .set({ next_attempt_at: now })
    .where('target_id', '=', targetId)
    .where('status', '=', 'pending')
    .where('next_attempt_at', '>', now)
    .execute();
}

/** A target's messages, newest first, optionally of one status. */
export function listMessages(
  db: Db,
  targetId: string,
  options: { status?: OutboxStatus | undefined; limit: number; offset: number },
): Promise<OutboxMessageTable[]> {
  let query = db.selectFrom('outbox_message').selectAll().where('target_id', '=', targetId);
  if (options.status) query = query.where('status', '=', options.status);
  return query
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(options.limit)
    .offset(options.offset)
    .execute();
}

/** How many messages a target has, optionally of one status (for paging). */
export async function countMessages(
  db: Db,
  targetId: string,
  status: OutboxStatus | undefined,
): Promise<number> {
  let query = db
    .selectFrom('outbox_message')
    .select((eb) => eb.fn.countAll().as('total'))
    .where('target_id', '=', targetId);
  if (status) query = query.where('status', '=', status);
  return toNumber((await query.executeTakeFirstOrThrow()).total);
}

/** Deletes delivered and dead messages created before `before`; returns how many. */
export async function pruneFinished(db: Db, before: string): Promise<number> {
  const result = await db
    .deleteFrom('outbox_message')
    .where('status', 'in', ['delivered', 'dead'])
    .where('created_at', '<', before)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

/**
 * Brings the recurring delivery job forward to `now`, so a new message goes out at the next poll
 * of whichever node runs jobs instead of at the next whole minute. A job already due is left alone.
 */
export async function bringJobForward(db: Db, jobKey: string, now: string): Promise<void> {
  await db
    .updateTable('job')
    .set({ run_at: now, updated_at: now })
    .where('key', '=', jobKey)
    .where('state', '=', 'scheduled')
    .where('run_at', '>', now)
    .execute();
}
