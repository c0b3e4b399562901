import type { Notification } from '@jiandu/contracts/officers';
import type { Page, PageQuery } from '@jiandu/contracts/paging';
import type { UserActor } from '../authz/actor.ts';
import { toNumber } from '../db/dialect.ts';
import type { Db } from '../db/tables.ts';
import { AppError } from '../errors.ts';
import { newId } from '../ids.ts';
import type { NotificationTable } from './notifications.table.ts';

/** A notice to send to an org. */
export interface NoticeInput {
  orgId: string;
  /** What it is about, e.g. `certificate.expiring`; the web may pick an icon by it. */
  kind: string;
  title: string;
  body: string;
  /** A console path to open, e.g. `/officers/…`. */
  link?: string | null;
  /** The same key twice is one notice: jobs that rerun never notify twice. */
  dedupeKey?: string | null;
}

/**
 * Sends an in-app notice to an org, inside the caller's transaction so it exists only if the
 * change it reports does. Returns false when a notice with the same dedupe key already exists.
 */
export async function notify(db: Db, input: NoticeInput): Promise<boolean> {
  const result = await db
    .insertInto('notification')
    .values({
      id: newId(),
      org_id: input.orgId,
      kind: input.kind,
      title: input.title,
      body: input.body,
      link: input.link ?? null,
      dedupe_key: input.dedupeKey ?? null,
      created_at: new Date().toISOString(),
      read_at: null,
      read_by: null,
    })
    .onConflict((oc) => oc.column('dedupe_key').doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0n) > 0;
}

function present(row: NotificationTable): Notification {
  return {
    id: row.id,
    kind: row.kind,
    title: row.title,
    body: row.body,
    link: row.link,
    createdAt: row.created_at,
    readAt: row.read_at,
  };
}

/**
 * The notices a signed-in user sees: those of their own org, newest first. Notices belong to the
 * org, not the person, so one colleague marking a notice read marks it for the whole org.
 */
export class NotificationService {
  constructor(private readonly db: Db) {}

  /** One page of the org's notices, newest first. */
  async list(actor: UserActor, page: Pick<PageQuery, 'page' | 'pageSize'>): Promise<Page<Notification>> {
    const base = this.db.selectFrom('notification').where('org_id', '=', actor.orgId);
    const { total } = await base.select((eb) => eb.fn.countAll().as('total')).executeTakeFirstOrThrow();
    const rows = await base
      .selectAll()
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .limit(page.pageSize)
      .offset((page.page - 1) * page.pageSize)
      .execute();
    return { items: rows.map(present), total: toNumber(total), page: page.page, pageSize: page.pageSize };
  }

  /** How many of the org's notices nobody has read yet. */
  async unreadCount(actor: UserActor): Promise<number> {
    const row = await this.db
      .selectFrom('notification')
      .select((eb) => eb.fn.countAll().as('n'))
      .where('org_id', '=', actor.orgId)
      .where('read_at', 'is', null)
      .executeTakeFirstOrThrow();
    return toNumber(row.n);
  }

  /** Marks one of the org's notices read; another org's notice does not exist for the user. */
  async markRead(actor: UserActor, id: string): Promise<Notification> {
    const row = await this.db
      .selectFrom('notification')
      .selectAll()
      .where('id', '=', id)
      .where('org_id', '=', actor.orgId)
      .executeTakeFirst();
    if (!row) throw new AppError('NOT_FOUND', '通知不存在');
    if (row.read_at) return present(row);
    const readAt = new Date().toISOString();
    await this.db
      .updateTable('notification')
      .set({ read_at: readAt, read_by: actor.userId })
      .where('id', '=', id)
      .where('read_at', 'is', null)
      .execute();
    return present({ ...row, read_at: readAt, read_by: actor.userId });
  }
}
