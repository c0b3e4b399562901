import type { Page } from '@jiandu/contracts/paging';
import type { Db } from '../db/tables.ts';
import { newId } from '../ids.ts';
import * as repo from './outbox.repository.ts';
import type { OutboxMessageTable, OutboxStatus } from './outbox.table.ts';
import { DEFAULT_MAX_ATTEMPTS, retryDelayMs } from './retry-schedule.ts';
import { postWebhook, type WebhookResult, type WebhookTarget } from './webhook-post.ts';

/** The delivery job's name, also its recurring key. */
export const OUTBOX_JOB = 'outbox.deliver';

/** A message body larger than this is a producer's mistake: webhooks carry notices, not files. */
const MAX_PAYLOAD_CHARS = 256 * 1024;
/** How long a target without an address is left before its messages are looked at again. */
const NO_TARGET_WAIT_MS = 10 * 60_000;
/** Messages claimed and sent side by side in one step of the loop. */
const BATCH = 8;
/** The nudge waits a moment so that the producer's transaction has usually committed. */
const NUDGE_DELAY_MS = 300;

/** Where a target's webhook is, or null when it has none (its messages wait). */
export type TargetResolver = (targetId: string) => Promise<WebhookTarget | null>;

/** Settings of the outbox; only `resolve` is required. */
export interface OutboxOptions {
  resolve: TargetResolver;
  /** Attempts before a message is `dead` (default 12). */
  maxAttempts?: number;
  /** How long one POST may take (default 10 s). */
  timeoutMs?: number;
  /** Jitter source of the retry schedule (tests pin it). */
  random?: () => number;
}

/** A message to queue. */
export interface OutboxInput {
  targetId: string;
  topic: string;
  idempotencyKey: string;
  payload: unknown;
}

/** Counts of one delivery pass, for the job's result line. */
export interface DeliveryPass {
  delivered: number;
  retrying: number;
  dead: number;
  waiting: number;
}

/**
 * Queues a message inside the producer's transaction, so it exists only if the change it reports
 * does. The same key for the same target twice is one message. Returns the message's id.
 */
export async function enqueueMessage(trx: Db, input: OutboxInput): Promise<{ id: string; created: boolean }> {
  const payload = JSON.stringify(input.payload ?? null);
  if (payload.length > MAX_PAYLOAD_CHARS) throw new Error(`外发消息过大: ${payload.length} 字符`);
  const now = new Date().toISOString();
  const id = newId();
  const created = await repo.insertMessage(trx, {
    id,
    target_id: input.targetId,
    topic: input.topic,
    idempotency_key: input.idempotencyKey,
    payload,
    status: 'pending',
    attempts: 0,
    next_attempt_at: now,
    last_attempt_at: null,
    last_http_status: null,
    last_error: null,
    delivered_at: null,
    created_at: now,
  });
  if (created) return { id, created };
  const existing = await repo.findByKey(trx, input.targetId, input.idempotencyKey);
  return { id: existing!.id, created: false };
}

/** The body a receiver gets: the message's identity around the producer's payload. */
export function envelopeOf(message: OutboxMessageTable): string {
  return JSON.stringify({
    id: message.id,
    topic: message.topic,
    idempotencyKey: message.idempotency_key,
    createdAt: message.created_at,
    data: JSON.parse(message.payload),
  });
}

/**
 * The transactional outbox: messages queued with the change that caused them, then POSTed to each
 * target's webhook by the delivery job, retried with backoff and given up after a number of
 * attempts. Claims are per message, so any number of nodes may run the job at once.
 */
export class Outbox {
  readonly maxAttempts: number;
  readonly #timeoutMs: number;
  #nudge: NodeJS.Timeout | null = null;

  constructor(
    private readonly db: Db,
    private readonly options: OutboxOptions,
  ) {
    this.maxAttempts = options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS;
    this.#timeoutMs = options.timeoutMs ?? 10_000;
  }

  /** Queues a message in the caller's transaction and asks for a delivery pass soon after. */
  async enqueue(trx: Db, input: OutboxInput): Promise<{ id: string; created: boolean }> {
    const result = await enqueueMessage(trx, input);
    if (result.created) this.#scheduleNudge();
    return result;
  }

  /** A message by id. */
  get(id: string): Promise<OutboxMessageTable | undefined> {
    return repo.findMessage(this.db, id);
  }

  /** One page of a target's messages, newest first. */
  async list(
    targetId: string,
    query: { status?: OutboxStatus | undefined; page: number; pageSize: number },
  ): Promise<Page<OutboxMessageTable>> {
    const [total, items] = await Promise.all([
      repo.countMessages(this.db, targetId, query.status),
      repo.listMessages(this.db, targetId, {
        status: query.status,
        limit: query.pageSize,
        offset: (query.page - 1) * query.pageSize,
      }),
    ]);
    return { items, total, page: query.page, pageSize: query.pageSize };
  }

  /** Makes a dead or pending message due now with a fresh schedule; false when it is neither. */
  async retry(trx: Db, id: string): Promise<boolean> {
    const done = await repo.requeue(trx, id, new Date().toISOString());
    if (done) this.#scheduleNudge();
    return done;
  }

  /** Makes a target's waiting messages due now, e.g. when its address has just been set. */
  async wake(trx: Db, targetId: string): Promise<void> {
    await repo.wakeTarget(trx, targetId, new Date().toISOString());
    this.#scheduleNudge();
  }

  /** Delivers every due message, a batch at a time, until none is due or the job is stopped. */
  async deliverDue(signal?: AbortSignal): Promise<DeliveryPass> {
    const pass: DeliveryPass = { delivered: 0, retrying: 0, dead: 0, waiting: 0 };
    const targets = new Map<string, Promise<WebhookTarget | null>>();
    const resolve = (id: string) => {
      if (!targets.has(id)) targets.set(id, this.options.resolve(id));
      return targets.get(id)!;
    };
    while (!signal?.aborted) {
      const now = new Date();
      const ids = await repo.findDue(this.db, now.toISOString(), BATCH);
      if (!ids.length) break;
      const leaseUntil = new Date(now.getTime() + this.#timeoutMs + 50_000).toISOString();
      const claimed: OutboxMessageTable[] = [];
      for (const id of ids) {
        const message = await repo.claim(this.db, id, now.toISOString(), leaseUntil);
        if (message) claimed.push(message);
      }
      const outcomes = await Promise.all(
        claimed.map((m) =>
          resolve(m.target_id).then(
            (target) => this.#attempt(m, target),
            // An unreadable secret must count as a failed attempt, or the message would be claimed forever.
            (error: unknown) =>
              this.#attempt(m, {
                ok: false,
                httpStatus: null,
                error: `读取接收地址或密钥失败: ${error instanceof Error ? error.message : String(error)}`,
              }),
          ),
        ),
      );
      for (const outcome of outcomes) if (outcome) pass[outcome] += 1;
    }
    return pass;
  }

  /** One claimed message: POST it, or record the resolver's failure, or hand it back to wait (null). */
  async #attempt(
    message: OutboxMessageTable,
    target: WebhookTarget | WebhookResult | null,
  ): Promise<keyof DeliveryPass | null> {
    if (!target) {
      // Waiting for an address is not a failed attempt: give the claim back uncounted.
      const held = await repo.finishAttempt(this.db, message.id, message.attempts, {
        status: 'pending',
        attempts: message.attempts - 1,
        next_attempt_at: new Date(Date.now() + NO_TARGET_WAIT_MS).toISOString(),
        last_http_status: null,
        last_error: '接收方未设置接收地址或已停用, 设置后自动投递',
        delivered_at: null,
      });
      return held ? 'waiting' : null;
    }
    const result =
      'url' in target
        ? await postWebhook(
            target,
            { topic: message.topic, idempotencyKey: message.idempotency_key, body: envelopeOf(message) },
            { timeoutMs: this.#timeoutMs },
          )
        : target;
    const now = new Date();
    const kind: keyof DeliveryPass = result.ok
      ? 'delivered'
      : message.attempts >= this.maxAttempts
        ? 'dead'
        : 'retrying';
    const held = await repo.finishAttempt(this.db, message.id, message.attempts, {
      status: kind === 'retrying' ? 'pending' : kind === 'dead' ? 'dead' : 'delivered',
      attempts: message.attempts,
      next_attempt_at:
        kind === 'retrying'
          ? new Date(now.getTime() + retryDelayMs(message.attempts, this.options.random)).toISOString()
          : null,
      last_http_status: result.httpStatus,
      last_error: result.error,
      delivered_at: result.ok ? now.toISOString() : null,
    });
    return held ? kind : null;
  }

  /** Pulls the delivery job forward shortly; a lost nudge only means waiting for the minute's run. */
  #scheduleNudge(): void {
    if (this.#nudge) return;
    this.#nudge = setTimeout(() => {
      this.#nudge = null;
      repo.bringJobForward(this.db, OUTBOX_JOB, new Date().toISOString()).catch(() => undefined);
    }, NUDGE_DELAY_MS);
    this.#nudge.unref();
  }
}
