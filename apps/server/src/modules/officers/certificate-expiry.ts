import { CERTIFICATE_TYPE_LABELS } from '@jiandu/contracts/officers';
import { recordAudit, SYSTEM_ACTOR } from '../../platform/audit/audit.ts';
import { addDays, toDayNumber } from '../../platform/calendar/dates.ts';
import type { Db } from '../../platform/db/tables.ts';
import { newId } from '../../platform/ids.ts';
import { notify } from '../../platform/notifications/notifications.ts';
import * as repo from './certificates.repository.ts';

/** Days before expiry at which the holder's org is told, smallest first. */
export const EXPIRY_NOTICE_DAYS = [7, 30, 60] as const;

/** What one pass did. */
export interface ExpiryCheckResult {
  notified: number;
  expired: number;
}

/**
 * The daily pass over certificates, for a given `today` (injected, so tests can walk the
 * calendar): each valid certificate expiring within 60, 30 or 7 days gets one notice to its
 * holder's org per threshold — only the nearest one when several were missed — and each one past
 * its expiry date becomes expired from the day after. Safe to rerun: dedupe keys and
 * `expiry_notice_days` stop repeats, and expired certificates are no longer picked up.
 */
export async function runExpiryCheck(db: Db, today: string): Promise<ExpiryCheckResult> {
  const result: ExpiryCheckResult = { notified: 0, expired: 0 };
  const longest = EXPIRY_NOTICE_DAYS.at(-1)!;
  for (const c of await repo.expiringBetween(db, today, addDays(today, longest))) {
    const daysLeft = toDayNumber(c.expiry_date) - toDayNumber(today);
    const threshold = EXPIRY_NOTICE_DAYS.find((days) => daysLeft <= days)!;
    if (c.expiry_notice_days !== null && c.expiry_notice_days <= threshold) continue;
    await db.transaction().execute(async (trx) => {
      const sent = await notify(trx, {
        orgId: c.org_id,
        kind: 'certificate.expiring',
        title: `${CERTIFICATE_TYPE_LABELS[c.type]}将在${threshold}天内到期`,
        body: `${c.officer_name}的${CERTIFICATE_TYPE_LABELS[c.type]} (编号 ${c.number}) 将于${c.expiry_date}到期, 还剩${daysLeft}天。请及时组织换证, 或在调离执法岗位时办理注销。`,
        link: `/officers/${c.officer_id}`,
        dedupeKey: `certificate-expiry:${c.id}:${threshold}`,
      });
      await repo.updateCertificate(trx, c.id, { expiry_notice_days: threshold });
      if (sent) result.notified += 1;
    });
  }
  for (const c of await repo.pastExpiry(db, today)) {
    const now = new Date().toISOString();
    const effective = addDays(c.expiry_date, 1);
    await db.transaction().execute(async (trx) => {
      await repo.updateCertificate(trx, c.id, { status: 'expired', updated_at: now });
      await repo.insertEvents(trx, [
        {
          id: newId(),
          certificate_id: c.id,
          status: 'expired',
          effective_date: effective,
          reason: '有效期届满',
          actor: SYSTEM_ACTOR.name,
          recorded_at: now,
        },
      ]);
      await recordAudit(trx, SYSTEM_ACTOR, {
        action: 'certificate.expire',
        targetType: 'certificate',
        targetId: c.id,
        detail: { number: c.number, expiryDate: c.expiry_date, effectiveDate: effective },
      });
    });
    result.expired += 1;
  }
  return result;
}
