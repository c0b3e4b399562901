import type { Page } from '@jiandu/contracts/paging';
import type {
  DeliveryStatus,
  SourceDelivery,
  SourceSystem,
  SourceWebhookSecret,
} from '@jiandu/contracts/sources';
import { type Actor, recordAudit } from '../../platform/audit/audit.ts';
import { hashToken, newToken } from '../../platform/auth/tokens.ts';
import type { UserActor } from '../../platform/authz/actor.ts';
import { assertReaches, auditActor, type SourceActor } from '../../platform/authz/actor.ts';
import { decryptField } from '../../platform/crypto/field-cipher.ts';
import type { Keyring } from '../../platform/crypto/keyring.ts';
import type { Db } from '../../platform/db/tables.ts';
import { AppError } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import type { Outbox } from '../../platform/outbox/outbox.ts';
import type { WebhookTarget } from '../../platform/outbox/webhook-post.ts';
import type { OrgService } from '../orgs/orgs.service.ts';
import { scopedOrg } from '../orgs/orgs.service.ts';
import { presentSource } from './sources.presenter.ts';
import { findSource, listSourceOrgs, listSources, liveSourcesOfOrgs } from './sources.repository.ts';
import * as webhook from './use-cases/manage-webhook.ts';
import { listDeliveries, retryDelivery } from './use-cases/track-deliveries.ts';

const TOKEN_PREFIX = 'jds_';
const TOUCH_AFTER_MS = 60_000;

/**
 * Source systems: the enforcement platforms that send data through the exchange API, each with a
 * bearer token bound to a set of orgs, and optionally a webhook Jiandu pushes messages to. The
 * token and the webhook secret are shown once: the token is stored as a hash, the secret encrypted.
 */
export class SourceService {
  readonly #webhooks: webhook.WebhookDeps;

  constructor(
    private readonly db: Db,
    private readonly orgs: OrgService,
    private readonly keyring: Keyring,
    private readonly outbox: Outbox,
  ) {
    this.#webhooks = { db, keyring, outbox };
  }

  /** Every source system with its orgs. */
  async list(): Promise<SourceSystem[]> {
    const sources = await listSources(this.db);
    const links = await listSourceOrgs(
      this.db,
      sources.map((s) => s.id),
    );
    return sources.map((s) => presentSource(s, links));
  }

  /** One source system with its orgs. */
  async get(id: string): Promise<SourceSystem> {
    const source = await findSource(this.db, id);
    if (!source) throw new AppError('NOT_FOUND', '数据来源系统不存在');
    return presentSource(source, await listSourceOrgs(this.db, [id]));
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
          webhook_url: null,
          webhook_secret_enc: null,
          webhook_updated_at: null,
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
    return { source: await this.get(id), token };
  }

  /** Revokes a token: the source is refused from then on. */
  async revoke(actor: UserActor, id: string): Promise<SourceSystem> {
    const source = await findSource(this.db, id);
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
    return this.get(id);
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

  /** Sets the webhook address with a new signing secret, returned this once. */
  async setWebhook(actor: UserActor, id: string, url: string): Promise<SourceWebhookSecret> {
    const { secret } = await webhook.setWebhook(this.#webhooks, actor, id, url);
    return { source: await this.get(id), secret };
  }

  /** Replaces the webhook's signing secret, returned this once. */
  async rotateWebhookSecret(actor: UserActor, id: string): Promise<SourceWebhookSecret> {
    const { secret } = await webhook.rotateWebhookSecret(this.#webhooks, actor, id);
    return { source: await this.get(id), secret };
  }

  /** Removes the webhook; queued messages wait for a new address. */
  async clearWebhook(actor: UserActor, id: string): Promise<SourceSystem> {
    await webhook.clearWebhook(this.#webhooks, actor, id);
    return this.get(id);
  }

  /** Queues a test message to the webhook. */
  sendTestMessage(actor: UserActor, id: string): Promise<SourceDelivery> {
    return webhook.sendTestMessage(this.#webhooks, actor, id);
  }

  /** One page of a source's deliveries, newest first. */
  deliveries(
    id: string,
    query: { status?: DeliveryStatus | undefined; page: number; pageSize: number },
  ): Promise<Page<SourceDelivery>> {
    return listDeliveries(this.#webhooks, id, query);
  }

  /** Sends a dead or pending message again now. */
  retryDelivery(actor: UserActor, messageId: string): Promise<SourceDelivery> {
    return retryDelivery(this.#webhooks, actor, messageId);
  }

  /**
   * Queues a message for a source's webhook inside the producer's transaction (a case's warning, a
   * supervision notice); the same key for the same source twice is one message. Messages for a
   * source without a webhook wait until one is set.
   */
  async enqueueForSource(
    trx: Db,
    sourceId: string,
    topic: string,
    idempotencyKey: string,
    payload: unknown,
  ): Promise<{ id: string; created: boolean }> {
    if (!(await findSource(trx, sourceId))) throw new Error(`数据来源系统不存在: ${sourceId}`);
    return this.outbox.enqueue(trx, { targetId: sourceId, topic, idempotencyKey, payload });
  }

  /**
   * Queues a message for every live source that writes for the org (bound to it or to an org above
   * it in the tree, given as its tree path), in the producer's transaction. Returns the source ids.
   */
  async enqueueForOrg(
    trx: Db,
    orgPath: string,
    topic: string,
    idempotencyKey: string,
    payload: unknown,
  ): Promise<string[]> {
    const sources = await liveSourcesOfOrgs(trx, orgPath.split('/').filter(Boolean));
    for (const { id } of sources)
      await this.outbox.enqueue(trx, { targetId: id, topic, idempotencyKey, payload });
    return sources.map((s) => s.id);
  }

  /** The outbox's resolver: a source's webhook and secret, or null when it has none or is revoked. */
  async webhookTarget(sourceId: string): Promise<WebhookTarget | null> {
    const source = await findSource(this.db, sourceId);
    if (!source || source.revoked_at || !source.webhook_url || !source.webhook_secret_enc) return null;
    return { url: source.webhook_url, secret: decryptField(this.keyring, source.webhook_secret_enc) };
  }
}
