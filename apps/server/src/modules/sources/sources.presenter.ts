import type { SourceDelivery, SourceSystem } from '@jiandu/contracts/sources';
import type { OutboxMessageTable } from '../../platform/outbox/outbox.table.ts';
import type { SourceOrgRow } from './sources.repository.ts';
import type { SourceSystemTable } from './sources.table.ts';

/** A source as the console sees it: never its token hash or webhook secret. */
export function presentSource(row: SourceSystemTable, orgs: SourceOrgRow[]): SourceSystem {
  return {
    id: row.id,
    name: row.name,
    tokenPrefix: row.token_prefix,
    orgs: orgs
      .filter((o) => o.source_id === row.id)
      .map((o) => ({ id: o.id, name: o.name, creditCode: o.credit_code })),
    createdAt: row.created_at,
    createdBy: row.created_by,
    revokedAt: row.revoked_at,
    lastUsedAt: row.last_used_at,
    lastUsedIp: row.last_used_ip,
    webhook: row.webhook_url
      ? { url: row.webhook_url, updatedAt: row.webhook_updated_at ?? row.created_at }
      : null,
  };
}

/** A delivery as the administrator sees it: its state and history, not its payload (business data). */
export function presentDelivery(message: OutboxMessageTable, maxAttempts: number): SourceDelivery {
  return {
    id: message.id,
    topic: message.topic,
    idempotencyKey: message.idempotency_key,
    status: message.status,
    attempts: message.attempts,
    maxAttempts,
    nextAttemptAt: message.status === 'pending' ? message.next_attempt_at : null,
    lastAttemptAt: message.last_attempt_at,
    lastHttpStatus: message.last_http_status,
    lastError: message.last_error,
    deliveredAt: message.delivered_at,
    createdAt: message.created_at,
  };
}
