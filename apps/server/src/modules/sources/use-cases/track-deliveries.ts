import type { Page } from '@jiandu/contracts/paging';
import type { DeliveryStatus, SourceDelivery } from '@jiandu/contracts/sources';
import { recordAudit } from '../../../platform/audit/audit.ts';
import { auditActor, type UserActor } from '../../../platform/authz/actor.ts';
import { AppError } from '../../../platform/errors.ts';
import { presentDelivery } from '../sources.presenter.ts';
import { findSource } from '../sources.repository.ts';
import { loadSource, type WebhookDeps } from './manage-webhook.ts';

/** One page of a source's deliveries, newest first. */
export async function listDeliveries(
  deps: WebhookDeps,
  id: string,
  query: { status?: DeliveryStatus | undefined; page: number; pageSize: number },
): Promise<Page<SourceDelivery>> {
  await loadSource(deps.db, id);
  const page = await deps.outbox.list(id, query);
  return { ...page, items: page.items.map((m) => presentDelivery(m, deps.outbox.maxAttempts)) };
}

/**
 * Sends a dead or pending message again now, with a fresh schedule of attempts (the receiver has
 * usually just been fixed). Delivered messages and one being sent cannot be retried.
 */
export async function retryDelivery(
  deps: WebhookDeps,
  actor: UserActor,
  messageId: string,
): Promise<SourceDelivery> {
  const message = await deps.outbox.get(messageId);
  const source = message ? await findSource(deps.db, message.target_id) : undefined;
  if (!message || !source) throw new AppError('NOT_FOUND', '投递记录不存在');
  await deps.db.transaction().execute(async (trx) => {
    if (!(await deps.outbox.retry(trx, messageId)))
      throw new AppError('CONFLICT', '只有待投递或已放弃的消息可以重新投递');
    await recordAudit(trx, auditActor(actor), {
      action: 'source.delivery.retry',
      targetType: 'source_system',
      targetId: source.id,
      detail: { name: source.name, messageId, topic: message.topic, previousStatus: message.status },
    });
  });
  return presentDelivery((await deps.outbox.get(messageId))!, deps.outbox.maxAttempts);
}
