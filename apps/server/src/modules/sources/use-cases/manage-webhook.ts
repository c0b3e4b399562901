import { randomBytes } from 'node:crypto';
import type { SourceDelivery } from '@jiandu/contracts/sources';
import { recordAudit } from '../../../platform/audit/audit.ts';
import { auditActor, type UserActor } from '../../../platform/authz/actor.ts';
import { encryptField } from '../../../platform/crypto/field-cipher.ts';
import type { Keyring } from '../../../platform/crypto/keyring.ts';
import type { Db } from '../../../platform/db/tables.ts';
import { AppError } from '../../../platform/errors.ts';
import { newId } from '../../../platform/ids.ts';
import type { Outbox } from '../../../platform/outbox/outbox.ts';
import { presentDelivery } from '../sources.presenter.ts';
import { findSource, updateWebhook } from '../sources.repository.ts';
import type { SourceSystemTable } from '../sources.table.ts';

/** What the webhook use cases work with. */
export interface WebhookDeps {
  db: Db;
  keyring: Keyring;
  outbox: Outbox;
}

/** The topic of the message an integrator sends themselves to test their receiver. */
export const PING_TOPIC = 'ping';

const SECRET_PREFIX = 'whsec_';
const TARGET_TYPE = 'source_system';

/** A new 256-bit signing secret, prefixed so it is recognisable in the integrator's configuration. */
function newSecret(): string {
  return `${SECRET_PREFIX}${randomBytes(32).toString('base64url')}`;
}

/** The source, or NOT_FOUND; with `active`, CONFLICT when its token is revoked. */
export async function loadSource(db: Db, id: string, active = false): Promise<SourceSystemTable> {
  const source = await findSource(db, id);
  if (!source) throw new AppError('NOT_FOUND', '数据来源系统不存在');
  if (active && source.revoked_at)
    throw new AppError('CONFLICT', '该数据来源系统的令牌已吊销, 不再向其推送消息');
  return source;
}

function requireWebhook(source: SourceSystemTable): string {
  if (!source.webhook_url) throw new AppError('CONFLICT', '该数据来源系统尚未设置接收地址');
  return source.webhook_url;
}

/**
 * Sets the webhook address with a new secret, returned once. Messages that were waiting for an
 * address become due at once. The audit records the addresses, never the secret.
 */
export async function setWebhook(
  deps: WebhookDeps,
  actor: UserActor,
  id: string,
  url: string,
): Promise<{ secret: string }> {
  const source = await loadSource(deps.db, id, true);
  const secret = newSecret();
  await deps.db.transaction().execute(async (trx) => {
    const at = new Date().toISOString();
    await updateWebhook(trx, id, { url, secretEnc: encryptField(deps.keyring, secret), at });
    await deps.outbox.wake(trx, id);
    await recordAudit(trx, auditActor(actor), {
      action: 'source.webhook.set',
      targetType: TARGET_TYPE,
      targetId: id,
      detail: { name: source.name, url, previousUrl: source.webhook_url },
    });
  });
  return { secret };
}

/** Replaces the secret of a set webhook; the old one stops verifying at once. */
export async function rotateWebhookSecret(
  deps: WebhookDeps,
  actor: UserActor,
  id: string,
): Promise<{ secret: string }> {
  const source = await loadSource(deps.db, id, true);
  const url = requireWebhook(source);
  const secret = newSecret();
  await deps.db.transaction().execute(async (trx) => {
    const at = new Date().toISOString();
    await updateWebhook(trx, id, { url, secretEnc: encryptField(deps.keyring, secret), at });
    await recordAudit(trx, auditActor(actor), {
      action: 'source.webhook.rotate',
      targetType: TARGET_TYPE,
      targetId: id,
      detail: { name: source.name, url },
    });
  });
  return { secret };
}

/** Removes the webhook; queued messages wait until an address is set again. */
export async function clearWebhook(deps: WebhookDeps, actor: UserActor, id: string): Promise<void> {
  const source = await loadSource(deps.db, id);
  if (!source.webhook_url) return;
  await deps.db.transaction().execute(async (trx) => {
    await updateWebhook(trx, id, { url: null, secretEnc: null, at: new Date().toISOString() });
    await recordAudit(trx, auditActor(actor), {
      action: 'source.webhook.clear',
      targetType: TARGET_TYPE,
      targetId: id,
      detail: { name: source.name, url: source.webhook_url },
    });
  });
}

/** Queues a `ping` so the integrator can check that their receiver verifies signatures. */
export async function sendTestMessage(
  deps: WebhookDeps,
  actor: UserActor,
  id: string,
): Promise<SourceDelivery> {
  const source = await loadSource(deps.db, id, true);
  requireWebhook(source);
  const messageId = await deps.db.transaction().execute(async (trx) => {
    const queued = await deps.outbox.enqueue(trx, {
      targetId: id,
      topic: PING_TOPIC,
      idempotencyKey: `ping:${newId()}`,
      payload: { message: '这是一条测试消息, 用于检查接收地址与签名校验。', source: source.name },
    });
    await recordAudit(trx, auditActor(actor), {
      action: 'source.webhook.test',
      targetType: TARGET_TYPE,
      targetId: id,
      detail: { name: source.name, messageId: queued.id },
    });
    return queued.id;
  });
  return presentDelivery((await deps.outbox.get(messageId))!, deps.outbox.maxAttempts);
}
