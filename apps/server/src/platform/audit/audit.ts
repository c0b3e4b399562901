import type { Db } from '../db/tables.ts';
import { newId } from '../ids.ts';

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
}

/**
 * Appends an entry to the audit trail. Call it inside the same transaction as the change it
 * records, so a change is never without its entry.
 */
export async function recordAudit(db: Db, actor: Actor, entry: AuditEntry): Promise<string> {
  const id = newId();
  await db
    .insertInto('audit_event')
    .values({
      id,
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
    })
    .execute();
  return id;
}
