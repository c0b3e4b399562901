import type { CertificateStatus, CertificateType } from '@jiandu/contracts/officers';
import { addDays } from '../../platform/calendar/dates.ts';
import { type Timeline, timelineOf } from '../../platform/calendar/timeline.ts';
import type { Db } from '../../platform/db/tables.ts';
import { type StatusEvent, statusTimeline, validityOn } from './certificate-rules.ts';
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

/** A certificate's facts for every day, so an index can answer many days without the database. */
export interface CertificateTimeline {
  number: string;
  type: CertificateType;
  legalReviewer: boolean;
  /** `statusOn` by day: null before issue. */
  status: Timeline<CertificateStatus | null>;
  /** The credit code of the org the holder served by day (their post), else the certificate's own org. */
  agencyCreditCode: Timeline<string | null>;
}

type PostRow = Awaited<ReturnType<typeof repo.registerPosts>>[number];

/** The org a holder served on a day: the covering post that started last, else the fallback. */
function agencyTimeline(posts: readonly PostRow[], fallback: string | null): Timeline<string | null> {
  const days = posts.flatMap((p) => (p.to_date ? [p.from_date, addDays(p.to_date, 1)] : [p.from_date]));
  return timelineOf(days, (day) => {
    let best: PostRow | undefined;
    for (const p of posts) {
      if (p.from_date > day || (p.to_date !== null && day > p.to_date)) continue;
      if (
        !best ||
        p.from_date > best.from_date ||
        (p.from_date === best.from_date && p.recorded_at > best.recorded_at)
      )
        best = p;
    }
    return best ? best.org_credit_code : fallback;
  });
}

function grouped<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const row of rows) {
    const list = out.get(key(row));
    if (list) list.push(row);
    else out.set(key(row), [row]);
  }
  return out;
}

async function timelinesOf(db: Db, filter: repo.RegisterFilter): Promise<CertificateTimeline[]> {
  // Numbers from a batch of cases are read first: when none is registered (the data problem the
  // rules then report) the events and posts need no look.
  const named = 'numbers' in filter ? await repo.registerRows(db, filter) : null;
  if (named && !named.length) return [];
  const [rows, events, posts] = await Promise.all([
    named ?? repo.registerRows(db, filter),
    repo.registerEvents(db, filter),
    repo.registerPosts(db, filter),
  ]);
  const eventsBy = grouped(events, (e) => e.certificate_id);
  const postsBy = grouped(posts, (p) => p.officer_id);
  return rows.map((r) => ({
    number: r.number,
    type: r.type,
    legalReviewer: Number(r.legal_reviewer) === 1,
    status: statusTimeline(
      { number: r.number, issueDate: r.issue_date, expiryDate: r.expiry_date },
      (eventsBy.get(r.id) ?? []).map(toStatusEvent),
    ),
    agencyCreditCode: agencyTimeline(postsBy.get(r.officer_id) ?? [], r.org_credit_code),
  }));
}

/**
 * Certificates as timelines of status and holder's agency, for the warning rules, read with three
 * statements side by side: the given numbers (normalised, 500 per read), or one page after a
 * number for a preload.
 */
export async function certificateTimelines(
  db: Db,
  filter: repo.RegisterFilter,
): Promise<CertificateTimeline[]> {
  if (!('numbers' in filter)) return timelinesOf(db, filter);
  const wanted = [...new Set(filter.numbers.map(normaliseNumber).filter(Boolean))];
  const out: CertificateTimeline[] = [];
  for (let i = 0; i < wanted.length; i += 500)
    out.push(...(await timelinesOf(db, { numbers: wanted.slice(i, i + 500) })));
  return out;
}
