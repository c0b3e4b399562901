import type { CertificateStatus, CertificateType } from '@jiandu/contracts/officers';
import type { Db } from '../../platform/db/tables.ts';
import { type StatusEvent, validityOn } from './certificate-rules.ts';
import * as repo from './certificates.repository.ts';
import type { CertificateEventTable } from './officers.table.ts';

/** Who holds a certificate number and whether it was valid on a date, as the warning rules need it. */
export interface CertificateHolder {
  number: string;
  exists: boolean;
  type: CertificateType | null;
  officerId: string | null;
  officerName: string | null;
  orgId: string | null;
  /** The credit code of the holder's org (the agency the officer enforces for). */
  agencyCreditCode: string | null;
  valid: boolean;
  status: CertificateStatus | null;
  /** Chinese, e.g. "该证件于2025-03-01被暂扣 (原因: …)". */
  reason: string;
  legalReviewer: boolean;
}

/** A stored event as the status rules read it. */
export function toStatusEvent(e: CertificateEventTable): StatusEvent {
  return {
    id: e.id,
    status: e.status,
    effectiveDate: e.effective_date,
    reason: e.reason,
    recordedAt: e.recorded_at,
  };
}

/** Normalises a number the way it is stored (upper case, no spaces). */
export function normaliseNumber(number: string): string {
  return number.trim().toUpperCase();
}

/**
 * The holders of many numbers on a date, with two queries per 500 numbers whatever their count,
 * so a rule checking every case of a year does not query per case.
 */
export async function holdersOf(
  db: Db,
  numbers: readonly string[],
  date: string,
): Promise<Map<string, CertificateHolder>> {
  const wanted = [...new Set(numbers.map(normaliseNumber).filter(Boolean))];
  const result = new Map<string, CertificateHolder>();
  for (let i = 0; i < wanted.length; i += 500) {
    const chunk = wanted.slice(i, i + 500);
    const rows = await repo.findByNumbers(db, chunk);
    const byNumber = new Map(rows.map((r) => [r.number, r]));
    const eventsBy = new Map<string, StatusEvent[]>();
    for (const e of await repo.eventsOf(
      db,
      rows.map((r) => r.id),
    )) {
      const list = eventsBy.get(e.certificate_id);
      if (list) list.push(toStatusEvent(e));
      else eventsBy.set(e.certificate_id, [toStatusEvent(e)]);
    }
    for (const number of chunk) {
      const row = byNumber.get(number);
      if (!row) {
        result.set(number, {
          number,
          exists: false,
          type: null,
          officerId: null,
          officerName: null,
          orgId: null,
          agencyCreditCode: null,
          valid: false,
          status: null,
          reason: `证件编号不存在: ${number}`,
          legalReviewer: false,
        });
        continue;
      }
      const validity = validityOn(
        { number, issueDate: row.issue_date, expiryDate: row.expiry_date },
        eventsBy.get(row.id) ?? [],
        date,
      );
      result.set(number, {
        number,
        exists: true,
        type: row.type,
        officerId: row.officer_id,
        officerName: row.officer_name,
        orgId: row.org_id,
        agencyCreditCode: row.org_credit_code,
        valid: validity.valid,
        status: validity.status,
        reason: validity.reason,
        legalReviewer: row.legal_reviewer === 1,
      });
    }
  }
  return result;
}
