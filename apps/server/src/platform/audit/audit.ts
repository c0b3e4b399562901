import { sql } from 'kysely';
import { toNumber } from '../db/dialect.ts';
import type { Db } from '../db/tables.ts';
import { newId } from '../ids.ts';
import type { AuditResult } from './audit.table.ts';
import { chainHash } from './chain.ts';

/** Who performed an action: a signed-in user, a source system, the command line or the system itself. */
export interface Actor {
  id: string | null;
  name: string;
  orgId?: string | null;
  ip?: string | null;
  userAgent?: string | null;
}

/** The system acting on its own (scheduled jobs, start-up seeding). */
export const SYSTEM_ACTOR: Actor = { id: null, name: 'system' };

/** The operator at the command line, named after the OS account that ran the command. */
export function cliActor(): Actor {
  return { id: null, name: `cli:${process.env.USER ?? process.env.LOGNAME ?? 'unknown'}` };
}

/** One change or event to put on the trail. */
export interface AuditEntry {
  action: string;
  targetType: string;
  targetId?: string | null;
  /** What changed (before/after or a summary); personal data must already be masked. */
  detail?: Record<string, unknown>;
  /** Refused or failed attempts are audited too; defaults to 'success'. */
  result?: AuditResult;
  /** The HTTP request id, so an entry can be matched with the access log. */
  requestId?: string | null;
}

/**
 * Appends an entry to the audit trail, chained by SM3 to the one before it. Call it inside the
 * same transaction as the change it records, so a change is never without its entry; given a
 * plain `Db` it opens a transaction of its own. Nothing here logs the entry: `detail` goes only
 * into the row.
 */
export async function recordAudit(db: Db, actor: Actor, entry: AuditEntry): Promise<string> {
  if (!db.isTransaction) return db.transaction().execute((trx) => recordAudit(trx, actor, entry));
  // Updating the head first serialises writers on both dialects: PostgreSQL locks the row until
  // commit, and SQLite's deferred BEGIN takes the write lock here rather than failing later.
  const head = await db
    .updateTable('audit_head')
    .set({ last_seq: sql<number>`last_seq + 1` })
    .where('id', '=', 1)
    .returning(['last_seq', 'last_hash'])
    .executeTakeFirst();
  if (!head) throw new Error('审计日志链头记录 (audit_head) 缺失, 无法记录审计日志');
  const content = {
    seq: toNumber(head.last_seq),
    id: newId(),
    // Taken under the lock, so times follow the chain order on each node.
    at: new Date().toISOString(),
    actor_id: actor.id,
    actor_name: actor.name,
    org_id: actor.orgId ?? null,
    ip: actor.ip ?? null,
    user_agent: actor.userAgent ?? null,
    action: entry.action,
    target_type: entry.targetType,
    target_id: entry.targetId ?? null,
    detail: JSON.stringify(entry.detail ?? {}),
    result: entry.result ?? 'success',
    request_id: entry.requestId ?? null,
  };
  const hash = chainHash(head.last_hash, content);
  await db
    .insertInto('audit_event')
    .values({ ...content, prev_hash: head.last_hash, hash })
    .execute();
  await db.updateTable('audit_head').set({ last_hash: hash }).where('id', '=', 1).execute();
  return content.id;
}
