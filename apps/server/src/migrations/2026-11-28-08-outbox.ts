import type { Kysely } from 'kysely';
import { checkIn } from '../platform/db/schema-helpers.ts';

/**
 * The outbox of messages for source systems' webhooks, and each source's webhook address and
 * signing secret (encrypted with the field cipher; shown once when generated).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('outbox_message')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('target_id', 'text', (c) => c.notNull())
    .addColumn('topic', 'text', (c) => c.notNull())
    .addColumn('idempotency_key', 'text', (c) => c.notNull())
    .addColumn('payload', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) =>
      c.notNull().check(checkIn('status', ['pending', 'delivering', 'delivered', 'dead'])),
    )
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('next_attempt_at', 'text')
    .addColumn('last_attempt_at', 'text')
    .addColumn('last_http_status', 'integer')
    .addColumn('last_error', 'text')
    .addColumn('delivered_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('outbox_message_target_key', ['target_id', 'idempotency_key'])
    .execute();
  // The delivery pass looks for due messages; the console lists one target's newest first.
  await db.schema
    .createIndex('outbox_message_due')
    .on('outbox_message')
    .columns(['status', 'next_attempt_at'])
    .execute();
  await db.schema
    .createIndex('outbox_message_target')
    .on('outbox_message')
    .columns(['target_id', 'created_at'])
    .execute();

  await db.schema.alterTable('source_system').addColumn('webhook_url', 'text').execute();
  await db.schema.alterTable('source_system').addColumn('webhook_secret_enc', 'text').execute();
  await db.schema.alterTable('source_system').addColumn('webhook_updated_at', 'text').execute();
}

/** Drops the outbox and the webhook columns. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('source_system').dropColumn('webhook_updated_at').execute();
  await db.schema.alterTable('source_system').dropColumn('webhook_secret_enc').execute();
  await db.schema.alterTable('source_system').dropColumn('webhook_url').execute();
  await db.schema.dropTable('outbox_message').execute();
}
