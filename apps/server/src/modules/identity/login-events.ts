import type { Db } from '../../platform/db/tables.ts';
import { newId } from '../../platform/ids.ts';
import type { LoginEventTable } from './identity.table.ts';

/** Where a sign-in attempt came from. */
export interface LoginMeta {
  ip: string;
  userAgent: string | null;
}

/** Adds a line to a user's login history (sign-ins, failures, lockouts, sign-outs). */
export async function recordLoginEvent(
  db: Db,
  userId: string | null,
  username: string,
  meta: LoginMeta,
  result: LoginEventTable['result'],
  reason: string | null = null,
): Promise<void> {
  await db
    .insertInto('login_event')
    .values({
      id: newId(),
      user_id: userId,
      username,
      at: new Date().toISOString(),
      ip: meta.ip,
      user_agent: meta.userAgent,
      result,
      reason,
    })
    .execute();
}
