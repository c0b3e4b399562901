import type { BenchmarkContent, ItemContent } from '@jiandu/contracts/catalogue';
import { recordAudit } from '../../../platform/audit/audit.ts';
import { auditActor, type UserActor } from '../../../platform/authz/actor.ts';
import { addDays } from '../../../platform/calendar/dates.ts';
import type { Db } from '../../../platform/db/tables.ts';
import { AppError } from '../../../platform/errors.ts';
import { newId } from '../../../platform/ids.ts';
import { projection } from '../catalogue.policy.ts';
import * as repo from '../catalogue.repository.ts';
import type { ItemEventTable, ItemTable, ItemVersionTable } from '../catalogue.table.ts';
import { storedContent } from './draft-item.ts';
import { type CatalogueDeps, ITEM_HOLDER_KINDS } from './item-access.ts';

/** One dated version of an existing catalogue, as it was published. */
export interface HistoricVersion<C> {
  effectiveFrom: string;
  reason: string;
  content: C;
}

/** An item's published history as an agency kept it before the platform: versions, benchmarks and where it stands. */
export interface ItemHistory {
  code: string;
  versions: HistoricVersion<ItemContent>[];
  benchmarks: HistoricVersion<BenchmarkContent>[];
  withdrawn?: { effectiveDate: string; reason: string } | undefined;
  pending?: { reason: string; content: ItemContent; submitted: boolean } | undefined;
}

type Step = Pick<ItemEventTable, 'action' | 'effective_date' | 'reason'>;

/** The versions and steps of one subject's history, each published version ending the day before the next. */
function historyRows(
  itemId: string,
  subject: 'item' | 'benchmark',
  list: readonly HistoricVersion<ItemContent | BenchmarkContent>[],
  end: { date: string; reason: string } | undefined,
  now: string,
): { versions: ItemVersionTable[]; steps: [ItemVersionTable, Step][] } {
  const versions: ItemVersionTable[] = [];
  const steps: [ItemVersionTable, Step][] = [];
  list.forEach((v, i) => {
    const next = list[i + 1];
    if (next && next.effectiveFrom <= v.effectiveFrom)
      throw new AppError('VALIDATION_FAILED', `版本的生效日期应逐版推后: ${next.effectiveFrom}`);
    const stored = storedContent(
      subject === 'item'
        ? { subject, content: v.content as ItemContent }
        : { subject, content: v.content as BenchmarkContent },
    );
    const endsOn = next ? addDays(next.effectiveFrom, -1) : end ? addDays(end.date, -1) : null;
    const row: ItemVersionTable = {
      id: newId(),
      item_id: itemId,
      subject,
      version: i + 1,
      status: next ? 'superseded' : end ? 'withdrawn' : 'published',
      name: stored.name,
      content: stored.json,
      effective_from: v.effectiveFrom,
      effective_to: endsOn,
      reason: v.reason,
      created_at: now,
      updated_at: now,
    };
    versions.push(row);
    const drafted = addDays(v.effectiveFrom, -30);
    steps.push([row, { action: 'draft', effective_date: drafted, reason: v.reason }]);
    steps.push([row, { action: 'submit', effective_date: addDays(drafted, 7), reason: null }]);
    steps.push([row, { action: 'publish', effective_date: v.effectiveFrom, reason: v.reason }]);
    if (next)
      steps.push([
        row,
        { action: 'supersede', effective_date: next.effectiveFrom, reason: `被第${i + 2}版替代` },
      ]);
    else if (end) steps.push([row, { action: 'withdraw', effective_date: end.date, reason: end.reason }]);
  });
  return { versions, steps };
}

/**
 * Loads an agency's existing catalogue with its history (items already published before the
 * platform, e.g. at onboarding or in the demo) in one transaction, with one audit entry for the
 * load. Codes the agency already has are refused.
 */
export async function loadHistory(
  deps: CatalogueDeps,
  actor: UserActor,
  agencyId: string,
  histories: readonly ItemHistory[],
): Promise<number> {
  const org = await deps.orgs.findById(agencyId);
  if (!org || !ITEM_HOLDER_KINDS.includes(org.kind)) throw new AppError('NOT_FOUND', '执法主体不存在');
  const existing = await repo.itemsByCodes(
    deps.db,
    org.id,
    histories.map((h) => h.code),
  );
  if (existing.length)
    throw new AppError('CONFLICT', `该执法主体已有这些事项: ${existing.map((e) => e.code).join('、')}`);
  const now = new Date().toISOString();
  const itemRows: ItemTable[] = [];
  const versionRows: ItemVersionTable[] = [];
  const eventRows: ItemEventTable[] = [];
  for (const h of histories) {
    const itemId = newId();
    const end = h.withdrawn ? { date: h.withdrawn.effectiveDate, reason: h.withdrawn.reason } : undefined;
    const items = historyRows(itemId, 'item', h.versions, end, now);
    const benchmarks = historyRows(
      itemId,
      'benchmark',
      h.benchmarks,
      end && { ...end, reason: `执法事项取消: ${end.reason}` },
      now,
    );
    const all = [...items.versions, ...benchmarks.versions];
    const steps = [...items.steps, ...benchmarks.steps];
    if (h.pending) {
      const stored = storedContent({ subject: 'item', content: h.pending.content });
      const row: ItemVersionTable = {
        id: newId(),
        item_id: itemId,
        subject: 'item',
        version: items.versions.length + 1,
        status: h.pending.submitted ? 'submitted' : 'draft',
        name: stored.name,
        content: stored.json,
        effective_from: null,
        effective_to: null,
        reason: h.pending.reason,
        created_at: now,
        updated_at: now,
      };
      all.push(row);
      steps.push([
        row,
        { action: 'draft', effective_date: addDays(now.slice(0, 10), -12), reason: h.pending.reason },
      ]);
      if (h.pending.submitted)
        steps.push([row, { action: 'submit', effective_date: addDays(now.slice(0, 10), -5), reason: null }]);
    }
    const first = JSON.parse(all[0]?.content ?? '{}') as ItemContent;
    itemRows.push({
      id: itemId,
      org_id: org.id,
      code: h.code.toUpperCase(),
      ...projection({ withdrawn_on: end?.date ?? null }, all),
      kind: first.kind,
      created_at: now,
      updated_at: now,
    });
    versionRows.push(...all);
    steps.sort((a, b) => a[1].effective_date.localeCompare(b[1].effective_date));
    for (const [version, step] of steps)
      eventRows.push({
        id: newId(),
        item_id: itemId,
        version_id: version.id,
        subject: version.subject,
        version: version.version,
        ...step,
        actor_id: actor.userId,
        actor_name: actor.displayName,
        actor_org_name: actor.orgName || null,
        recorded_at: now,
      });
  }
  // Many rows per statement: one round trip per few hundred rows, not per row.
  await deps.db.transaction().execute(async (trx: Db) => {
    await repo.insertMany(trx, { items: itemRows, versions: versionRows, events: eventRows });
    await recordAudit(trx, auditActor(actor), {
      action: 'item.load_history',
      targetType: 'org',
      targetId: org.id,
      detail: { items: histories.length, codes: histories.map((h) => h.code).slice(0, 50) },
    });
  });
  return histories.length;
}
