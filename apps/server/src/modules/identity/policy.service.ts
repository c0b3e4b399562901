import { type SecurityPolicy, SecurityPolicySchema } from '@jiandu/contracts/identity';
import { recordAudit } from '../../platform/audit/audit.ts';
import { auditActor, type UserActor } from '../../platform/authz/actor.ts';
import type { Db } from '../../platform/db/tables.ts';

/** The 等保 level-3 defaults: 5 failures lock for 30 minutes, 30-minute idle and 12-hour absolute limits, TOTP required. */
export const DEFAULT_POLICY: SecurityPolicy = {
  passwordProfile: 'dengbao',
  lockoutThreshold: 5,
  lockoutMinutes: 30,
  idleTimeoutMinutes: 30,
  absoluteTimeoutHours: 12,
  mfaRequired: true,
};

const KEY = 'security';
const CACHE_MS = 15_000;

/** The security policy, read often (every sign-in and request) and changed rarely, by the security administrator. */
export class PolicyService {
  #cache: { policy: SecurityPolicy; at: number } | null = null;

  constructor(private readonly db: Db) {}

  /** The policy in force (defaults where nothing was saved). */
  async current(): Promise<SecurityPolicy> {
    if (this.#cache && Date.now() - this.#cache.at < CACHE_MS) return this.#cache.policy;
    const row = await this.db
      .selectFrom('security_policy')
      .select('value')
      .where('key', '=', KEY)
      .executeTakeFirst();
    const parsed = row
      ? SecurityPolicySchema.safeParse({ ...DEFAULT_POLICY, ...JSON.parse(row.value) })
      : null;
    const policy = parsed?.success ? parsed.data : DEFAULT_POLICY;
    this.#cache = { policy, at: Date.now() };
    return policy;
  }

  /** Saves a new policy, audited with before and after. */
  async update(actor: UserActor, next: SecurityPolicy): Promise<SecurityPolicy> {
    const before = await this.current();
    const now = new Date().toISOString();
    await this.db.transaction().execute(async (trx) => {
      await trx
        .insertInto('security_policy')
        .values({ key: KEY, value: JSON.stringify(next), updated_at: now, updated_by: actor.userId })
        .onConflict((oc) =>
          oc
            .column('key')
            .doUpdateSet({ value: JSON.stringify(next), updated_at: now, updated_by: actor.userId }),
        )
        .execute();
      await recordAudit(trx, auditActor(actor), {
        action: 'policy.update',
        targetType: 'security_policy',
        targetId: KEY,
        detail: { before, after: next },
      });
    });
    this.#cache = null;
    return next;
  }
}
