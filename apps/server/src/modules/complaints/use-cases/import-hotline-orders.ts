import type { ComplaintImportResult } from '@jiandu/contracts/complaints';
import { recordAudit } from '../../../platform/audit/audit.ts';
import { auditActor, scopesFor, type UserActor } from '../../../platform/authz/actor.ts';
import { isUniqueViolation } from '../../../platform/db/dialect.ts';
import type { Db } from '../../../platform/db/tables.ts';
import { AppError } from '../../../platform/errors.ts';
import type { TableRow } from '../../../platform/files/xlsx.ts';
import type { ComplaintPorts } from '../complaint-ports.ts';
import * as importRepo from '../complaints-import.repository.ts';
import { type HotlineOrderRow, parseHotlineRow } from '../complaints-import-row.ts';
import { registerComplaint } from './register-complaint.ts';

const CHANNEL = 'hotline_12345';

/** The agency a work order names, among those in the importer's scope; a message when none or several. */
function agencyOf(order: HotlineOrderRow, agencies: readonly importRepo.NamedAgency[]) {
  const named = agencies.filter((a) => a.name === order.agencyName);
  const matches = named.length ? named : agencies.filter((a) => a.short_name === order.agencyName);
  if (matches.length === 1) return matches[0]!;
  return matches.length
    ? `涉及单位名称不唯一: ${order.agencyName}, 请填写单位全称`
    : `涉及单位不存在或不在您的数据范围内: ${order.agencyName}`;
}

/**
 * Imports 12345 hotline work orders as complaints on channel `hotline_12345`. Each order is read on
 * its own, then against the file (a work-order number twice) and the database (numbers imported
 * before are skipped and said so; the agency named must be in the importer's scope). Good orders
 * are registered one by one exactly as a handler's entry is (identity encrypted, deadlines,
 * duplicates, notice, audit); bad ones are reported by row and stop nothing else. One audit entry
 * records the counts.
 */
export async function importHotlineOrders(
  db: Db,
  ports: ComplaintPorts,
  actor: UserActor,
  rows: readonly TableRow[],
): Promise<ComplaintImportResult> {
  const messages = new Map<number, string[]>();
  const note = (row: number, ...lines: string[]) =>
    messages.set(row, [...(messages.get(row) ?? []), ...lines]);
  const today = ports.clock.today();
  const orders: HotlineOrderRow[] = [];
  const firstRow = new Map<string, number>();
  for (const row of rows) {
    const { order, messages: problems } = parseHotlineRow(row, today);
    const first = order && firstRow.get(order.orderNumber);
    if (order && first !== undefined) note(row.row, `工单编号与第${first}行重复: ${order.orderNumber}`);
    else if (order) {
      firstRow.set(order.orderNumber, row.row);
      orders.push(order);
    } else note(row.row, ...problems);
  }
  const rejectedEarly = messages.size;
  const known = await importRepo.findByExternalRefs(
    db,
    CHANNEL,
    orders.map((o) => o.orderNumber),
  );
  const agencies = await importRepo.agenciesNamed(db, scopesFor(actor, 'complaint.handle'), [
    ...new Set(orders.map((o) => o.agencyName)),
  ]);
  const result: ComplaintImportResult = {
    received: rows.length,
    created: 0,
    updated: 0,
    rejected: rejectedEarly,
    skipped: 0,
    errors: [],
    orders: [],
  };
  const skip = (order: HotlineOrderRow, existing: { id: string; trackingCode: string }) => {
    result.skipped += 1;
    note(order.row, `工单编号 ${order.orderNumber} 已导入 (查询码 ${existing.trackingCode}), 本次未重复登记`);
    result.orders.push({
      row: order.row,
      orderNumber: order.orderNumber,
      complaintId: existing.id,
      trackingCode: existing.trackingCode,
      created: false,
    });
  };
  for (const order of orders) {
    const existing = known.get(order.orderNumber);
    if (existing) {
      skip(order, existing);
      continue;
    }
    const agency = agencyOf(order, agencies);
    if (typeof agency === 'string') {
      result.rejected += 1;
      note(order.row, agency);
      continue;
    }
    try {
      const done = await registerComplaint(
        db,
        ports,
        {
          channel: CHANNEL,
          anonymous: order.anonymous,
          confidential: order.confidential,
          complainant: order.complainant,
          regionCode: agency.region_code,
          target: { agencyId: agency.id, ...(order.officerName ? { officerName: order.officerName } : {}) },
          category: order.category,
          title: order.title,
          content: order.content,
          receivedOn: order.receivedOn,
          attachments: [],
          externalRef: order.orderNumber,
          externalDueOn: order.dueOn,
          hotlineOrderType: order.orderType,
        },
        actor,
      );
      result.created += 1;
      result.orders.push({
        row: order.row,
        orderNumber: order.orderNumber,
        complaintId: done.id,
        trackingCode: done.trackingCode,
        created: true,
      });
    } catch (error) {
      // Another import of the same order committed between the look-up and this insert.
      if (isUniqueViolation(error)) {
        const raced = (await importRepo.findByExternalRefs(db, CHANNEL, [order.orderNumber])).get(
          order.orderNumber,
        );
        if (raced) {
          skip(order, raced);
          continue;
        }
      }
      if (!(error instanceof AppError)) throw error;
      result.rejected += 1;
      note(order.row, error.message);
    }
  }
  result.errors = [...messages].sort(([a], [b]) => a - b).map(([row, lines]) => ({ row, messages: lines }));
  result.orders.sort((a, b) => a.row - b.row);
  await recordAudit(db, auditActor(actor), {
    action: 'complaint.import',
    targetType: 'complaint',
    detail: {
      source: '12345',
      received: result.received,
      created: result.created,
      skipped: result.skipped,
      rejected: result.rejected,
    },
  });
  return result;
}
