import type { SourceSystem } from '@jiandu/contracts/sources';
import { type Actor, recordAudit } from '../../platform/audit/audit.ts';
import { hashToken, newToken } from '../../platform/auth/tokens.ts';
import type { UserActor } from '../../platform/authz/actor.ts';
import { assertReaches, auditActor, type SourceActor } from '../../platform/authz/actor.ts';
import type { Db } from '../../platform/db/tables.ts';
import { AppError } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import type { OrgService } from '../orgs/orgs.service.ts';
import { scopedOrg } from '../orgs/orgs.service.ts';

const TOKEN_PREFIX = 'jds_';
const TOUCH_AFTER_MS = 60_000;

/**
 * Source systems: the enforcement platforms that send data through the exchange API, each with a
 * bearer token bound to a set of orgs. The token is shown once and stored only as a hash.
 */
export class SourceService {
  constructor(
    private readonly db: Db,
    private readonly orgs: OrgService,
  ) {}

  /** Every source system with its orgs. */
  async list(): Promise<SourceSystem[]> {
    const sources = await this.db
      .selectFrom('source_system')
      .selectAll()
      .orderBy('created_at', 'desc')
      .orderBy('id')
      .execute();
    const links = sources.length
      ? await this.db
          .selectFrom('source_system_org')
          .innerJoin('org', 'org.id', 'source_system_org.org_id')
          .select(['source_system_org.source_id', 'org.id', 'org.name', 'org.credit_code'])
          .where(
            'source_system_org.source_id',
            'in',
            sources.map((s) => s.id),
          )
          .orderBy('org.name')
          .execute()
      : [];
    return sources.map((s) => ({
      id: s.id,
      name: s.name,
      tokenPrefix: s.token_prefix,
      orgs: links
        .filter((l) => l.source_id === s.id)
        .map((l) => ({ id: l.id, name: l.name, creditCode: l.credit_code })),
      createdAt: s.created_at,
      createdBy: s.created_by,
      revokedAt: s.revoked_at,
      lastUsedAt: s.last_used_at,
      lastUsedIp: s.last_used_ip,
    }));
  }

  /** Registers a source bound to orgs and returns its token (the only time it is visible). */
  async create(
    actor: UserActor | Actor,
    name: string,
    orgIds: string[],
  ): Promise<{ source: SourceSystem; token: string }> {
    const orgs = await this.orgs.findByIds(orgIds);
    const missing = orgIds.filter((id) => !orgs.some((o) => o.id === id));
    if (missing.length) throw new AppError('VALIDATION_FAILED', `单位不存在: ${missing.join(', ')}`);
    if ('kind' in actor) for (const org of orgs) assertReaches(actor, 'source.write', scopedOrg(org));
    const { token, hash } = newToken(TOKEN_PREFIX);
    const id = newId();
    const now = new Date().toISOString();
    const audit = 'kind' in actor ? auditActor(actor) : actor;
    await this.db.transaction().execute(async (trx) => {
      await trx
        .insertInto('source_system')
        .values({
          id,
          name,
          token_hash: hash,
          token_prefix: token.slice(0, TOKEN_PREFIX.length + 6),
          created_by: audit.name,
          created_at: now,
          revoked_at: null,
          revoked_by: null,
          last_used_at: null,
          last_used_ip: null,
        })
        .execute();
      await trx
        .insertInto('source_system_org')
        .values([...new Set(orgIds)].map((org_id) => ({ source_id: id, org_id })))
        .execute();
      await recordAudit(trx, audit, {
        action: 'source.create',
        targetType: 'source_system',
        targetId: id,
        detail: { name, orgs: orgs.map((o) => o.credit_code ?? o.id) },
      });
    });
    return { source: (await this.list()).find((s) => s.id === id)!, token };
  }

  /** Revokes a token: the source is refused from then on. */
  async revoke(actor: UserActor, id: string): Promise<SourceSystem> {
    const source = await this.db
      .selectFrom('source_system')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    if (!source) throw new AppError('NOT_FOUND', '数据来源系统不存在');
    if (!source.revoked_at) {
      await this.db.transaction().execute(async (trx) => {
        await trx
          .updateTable('source_system')
          .set({ revoked_at: new Date().toISOString(), revoked_by: actor.userId })
          .where('id', '=', id)
          .execute();
        await recordAudit(trx, auditActor(actor), {
          action: 'source.revoke',
          targetType: 'source_system',
          targetId: id,
          detail: { name: source.name },
        });
      });
    }
    return (await this.list()).find((s) => s.id === id)!;
  }

  /** Resolves a bearer token to its source, recording the use; null when unknown or revoked. */
  async fromToken(token: string, meta: { ip: string }): Promise<SourceActor | null> {
    const source = await this.db
      .selectFrom('source_system')
      .selectAll()
      .where('token_hash', '=', hashToken(token))
      .executeTakeFirst();
    if (!source || source.revoked_at) return null;
    if (
      !source.last_used_at ||
      Date.now() - Date.parse(source.last_used_at) > TOUCH_AFTER_MS ||
      source.last_used_ip !== meta.ip
    ) {
      await this.db
        .updateTable('source_system')
        .set({ last_used_at: new Date().toISOString(), last_used_ip: meta.ip })
        .where('id', '=', source.id)
        .execute();
    }
    const links = await this.db
      .selectFrom('source_system_org')
      .select('org_id')
      .where('source_id', '=', source.id)
      .execute();
    return {
      kind: 'source',
      sourceId: source.id,
      name: source.name,
      orgIds: new Set(links.map((l) => l.org_id)),
      ip: meta.ip,
    };
  }
}
