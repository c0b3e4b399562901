import { recordAudit } from '../../platform/audit/audit.ts';
import { hashToken } from '../../platform/auth/tokens.ts';
import { auditActor, type UserActor } from '../../platform/authz/actor.ts';
import type { Db } from '../../platform/db/tables.ts';
import { AppError } from '../../platform/errors.ts';
import type { ClientMeta } from './auth.service.ts';
import { buildGrants } from './grants.ts';
import * as repo from './identity.repository.ts';
import { recordLoginEvent } from './login-events.ts';
import type { PolicyService } from './policy.service.ts';

const TOUCH_AFTER_MS = 60_000;

/**
 * Staying signed in: resolving a session token to its user with the idle and absolute limits, the
 * user's own sessions and login history, and signing out.
 */
export class SessionService {
  constructor(
    private readonly db: Db,
    private readonly policy: PolicyService,
  ) {}

  /** Ends the current session. */
  async logout(actor: UserActor): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      await trx
        .updateTable('session')
        .set({ ended_at: new Date().toISOString(), end_reason: 'logout' })
        .where('id', '=', actor.sessionId)
        .execute();
      await recordLoginEvent(
        trx,
        actor.userId,
        actor.username,
        { ip: actor.ip ?? '', userAgent: actor.userAgent },
        'logout',
      );
      await recordAudit(trx, auditActor(actor), {
        action: 'auth.logout',
        targetType: 'user',
        targetId: actor.userId,
      });
    });
  }

  /** Resolves a session token to its user, ending it when idle or past its absolute limit. */
  async userFromSession(token: string, meta: ClientMeta): Promise<UserActor | null> {
    const session = await this.db
      .selectFrom('session')
      .selectAll()
      .where('token_hash', '=', hashToken(token))
      .where('ended_at', 'is', null)
      .executeTakeFirst();
    if (!session) return null;
    const policy = await this.policy.current();
    const now = Date.now();
    const idle = now - Date.parse(session.last_seen_at) > policy.idleTimeoutMinutes * 60_000;
    if (idle || now > Date.parse(session.expires_at)) {
      await this.db
        .updateTable('session')
        .set({ ended_at: new Date(now).toISOString(), end_reason: idle ? 'idle' : 'expired' })
        .where('id', '=', session.id)
        .execute();
      return null;
    }
    const user = await repo.findUser(this.db, session.user_id);
    if (user?.status !== 'active') return null;
    if (!meta.passive && now - Date.parse(session.last_seen_at) > TOUCH_AFTER_MS) {
      await this.db
        .updateTable('session')
        .set({ last_seen_at: new Date(now).toISOString() })
        .where('id', '=', session.id)
        .execute();
    }
    const grantRows = session.stage === 'active' ? await repo.grantsOf(this.db, [user.id]) : [];
    const { grants, adminKind } = buildGrants(
      grantRows,
      await repo.permissionsOfRoles(
        this.db,
        grantRows.map((g) => g.role_id),
      ),
      user.org_id,
    );
    return {
      kind: 'user',
      userId: user.id,
      username: user.username,
      displayName: user.display_name,
      orgId: user.org_id,
      orgName: user.org_name,
      sessionId: session.id,
      stage: session.stage,
      csrfToken: session.csrf_token,
      adminKind,
      grants,
      ip: meta.ip,
      userAgent: meta.userAgent,
    };
  }

  /** The user's open sessions. */
  async sessions(actor: UserActor) {
    const rows = await this.db
      .selectFrom('session')
      .selectAll()
      .where('user_id', '=', actor.userId)
      .where('ended_at', 'is', null)
      .orderBy('last_seen_at', 'desc')
      .execute();
    return rows.map((s) => ({
      id: s.id,
      current: s.id === actor.sessionId,
      createdAt: s.created_at,
      lastSeenAt: s.last_seen_at,
      ip: s.ip,
      userAgent: s.user_agent,
    }));
  }

  /** Ends one of the user's own sessions. */
  async endSession(actor: UserActor, sessionId: string): Promise<void> {
    const result = await this.db
      .updateTable('session')
      .set({ ended_at: new Date().toISOString(), end_reason: 'ended_by_user' })
      .where('id', '=', sessionId)
      .where('user_id', '=', actor.userId)
      .where('ended_at', 'is', null)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) !== 1) throw new AppError('NOT_FOUND', '会话不存在或已结束');
    await recordAudit(this.db, auditActor(actor), {
      action: 'auth.session.end',
      targetType: 'session',
      targetId: sessionId,
    });
  }

  /** The user's own recent sign-ins and sign-outs. */
  async loginHistory(actor: UserActor, limit = 50) {
    const rows = await this.db
      .selectFrom('login_event')
      .selectAll()
      .where('user_id', '=', actor.userId)
      .orderBy('at', 'desc')
      .orderBy('id', 'desc')
      .limit(limit)
      .execute();
    return rows.map((e) => ({
      at: e.at,
      result: e.result,
      ip: e.ip,
      userAgent: e.user_agent,
      reason: e.reason,
    }));
  }
}
