import type { PageQuery } from '@jiandu/contracts/paging';
import { toNumber } from '../db/dialect.ts';
import type { Db } from '../db/tables.ts';
import type { AuditResult } from './audit.table.ts';

/** Filters of an audit trail search. */
export interface AuditFilter {
  actor?: string | undefined;
  action?: string | undefined;
  targetType?: string | undefined;
  targetId?: string | undefined;
  result?: AuditResult | undefined;
  from?: string | undefined;
  to?: string | undefined;
}

/** An audit row as search returns it. */
export interface AuditEventRow {
  seq: number;
  id: string;
  at: string;
  actorId: string | null;
  actorName: string;
  orgId: string | null;
  ip: string | null;
  userAgent: string | null;
  action: string;
  targetType: string;
  targetId: string | null;
  result: AuditResult;
  detail: unknown;
}

function filtered(db: Db, filter: AuditFilter) {
  let query = db.selectFrom('audit_event');
  if (filter.actor) query = query.where('actor_name', 'like', `%${filter.actor}%`);
  if (filter.action) query = query.where('action', 'like', `${filter.action}%`);
  if (filter.targetType) query = query.where('target_type', '=', filter.targetType);
  if (filter.targetId) query = query.where('target_id', '=', filter.targetId);
  if (filter.result) query = query.where('result', '=', filter.result);
  if (filter.from) query = query.where('at', '>=', filter.from);
  if (filter.to) query = query.where('at', '<', filter.to);
  return query;
}

/** One page of the audit trail, newest first. */
export async function searchAudit(
  db: Db,
  filter: AuditFilter,
  page: PageQuery,
): Promise<{ total: number; rows: AuditEventRow[] }> {
  const { total } = await filtered(db, filter)
    .select((eb) => eb.fn.countAll().as('total'))
    .executeTakeFirstOrThrow();
  const rows = await filtered(db, filter)
    .selectAll()
    .orderBy('seq', page.order === 'asc' ? 'asc' : 'desc')
    .limit(page.pageSize)
    .offset((page.page - 1) * page.pageSize)
    .execute();
  return {
    total: toNumber(total),
    rows: rows.map((r) => ({
      seq: toNumber(r.seq),
      id: r.id,
      at: r.at,
      actorId: r.actor_id,
      actorName: r.actor_name,
      orgId: r.org_id,
      ip: r.ip,
      userAgent: r.user_agent,
      action: r.action,
      targetType: r.target_type,
      targetId: r.target_id,
      result: r.result,
      detail: JSON.parse(r.detail),
    })),
  };
}
