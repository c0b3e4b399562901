/** Where a message is in its life: waiting, being sent by a node, received, or given up. */
export const OUTBOX_STATUSES = ['pending', 'delivering', 'delivered', 'dead'] as const;

/** A message's status. */
export type OutboxStatus = (typeof OUTBOX_STATUSES)[number];

/**
 * A message waiting for, or done with, delivery to a target's webhook. The platform does not know
 * what a target is; the module that enqueues decides (today: a source system).
 */
export interface OutboxMessageTable {
  id: string;
  target_id: string;
  topic: string;
  /** Unique per target: enqueueing the same key again is a no-op, and the receiver sees it to drop repeats. */
  idempotency_key: string;
  /** The message body as JSON text. */
  payload: string;
  status: OutboxStatus;
  /** Attempts made since the message was created or last retried by an administrator. */
  attempts: number;
  /**
   * When `pending`: when the next attempt is due. When `delivering`: when the claiming node's lease
   * ends and another node may take the message over. Null once delivered or dead.
   */
  next_attempt_at: string | null;
  last_attempt_at: string | null;
  last_http_status: number | null;
  last_error: string | null;
  delivered_at: string | null;
  created_at: string;
}

declare module '../db/tables.ts' {
  interface Database {
    outbox_message: OutboxMessageTable;
  }
}
