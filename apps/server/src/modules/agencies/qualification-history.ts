import { AUTHORITY_LABELS, type Authority, type QualificationAction } from '@jiandu/contracts/agencies';
import { addDays } from '../../platform/calendar/dates.ts';
import { type Timeline, timelineOf } from '../../platform/calendar/timeline.ts';

/** What the date rule needs of a version. */
export interface HistoryVersion {
  id: string;
  version: number;
  authority: Authority;
  fields: string[];
  termStart: string | null;
  termEnd: string | null;
}

/** What the date rule needs of an event. */
export interface HistoryEvent {
  qualificationId: string;
  action: QualificationAction;
  effectiveDate: string;
  reason: string | null;
}

/** The answer for one date: qualified or not, under which version, and why in Chinese. */
export interface QualificationOnDate {
  qualified: boolean;
  version: number | null;
  authority: Authority | null;
  fields: string[];
  reason: string;
}

/**
 * Whether an agency was qualified on a date, from its versions and their events alone (no I/O,
 * so warning rules can call it over rows they already hold).
 *
 * The version in force on D is the one with the latest confirmation effective on or before D (a
 * later confirmation supersedes an earlier one from its own date, so a superseded version never
 * comes back after its successor is revoked). Qualified iff that version exists, was not revoked
 * with effect on or before D, and, when entrusted, D lies within the entrustment's term.
 */
export function qualificationOnDate(
  versions: readonly HistoryVersion[],
  events: readonly HistoryEvent[],
  date: string,
): QualificationOnDate {
  const confirmedOn = new Map<string, string>();
  const revoked = new Map<string, { date: string; reason: string | null }>();
  for (const e of events) {
    if (e.action === 'confirm') confirmedOn.set(e.qualificationId, e.effectiveDate);
    if (e.action === 'revoke') revoked.set(e.qualificationId, { date: e.effectiveDate, reason: e.reason });
  }
  const confirmed = versions
    .filter((v) => confirmedOn.has(v.id))
    .map((v) => ({ v, on: confirmedOn.get(v.id)! }))
    .sort((a, b) => (a.on === b.on ? a.v.version - b.v.version : a.on < b.on ? -1 : 1));
  const inForce = confirmed.filter((c) => c.on <= date).at(-1);
  if (!inForce) {
    const first = confirmed[0];
    return {
      qualified: false,
      version: null,
      authority: null,
      fields: [],
      reason: first
        ? `${date} 尚未取得执法主体资格 (第${first.v.version}版于 ${first.on} 确认)`
        : '没有经确认的执法主体资格',
    };
  }
  const { v, on } = inForce;
  const base = { version: v.version, authority: v.authority, fields: v.fields };
  const revocation = revoked.get(v.id);
  if (revocation && revocation.date <= date) {
    return {
      ...base,
      qualified: false,
      reason: `执法主体资格已于 ${revocation.date} 撤销${revocation.reason ? `: ${revocation.reason}` : ''}`,
    };
  }
  if (v.authority === 'entrusted') {
    if (v.termStart && date < v.termStart)
      return { ...base, qualified: false, reason: `委托期限自 ${v.termStart} 起, ${date} 尚未开始` };
    if (v.termEnd && date > v.termEnd)
      return { ...base, qualified: false, reason: `委托期限已于 ${v.termEnd} 届满` };
  }
  const term = v.authority === 'entrusted' ? `, 委托期限 ${v.termStart} 至 ${v.termEnd}` : '';
  return {
    ...base,
    qualified: true,
    reason: `第${v.version}版主体资格 (${AUTHORITY_LABELS[v.authority]}) 于 ${on} 确认${term}`,
  };
}

/**
 * `qualificationOnDate(...).qualified` for every day at once: the answer can only change on an
 * event's effective date or at an entrustment term's bounds, so it is asked on those days alone.
 */
export function qualificationTimeline(
  versions: readonly HistoryVersion[],
  events: readonly HistoryEvent[],
): Timeline<boolean> {
  const days = events.map((e) => e.effectiveDate);
  for (const v of versions) {
    if (v.termStart) days.push(v.termStart);
    if (v.termEnd) days.push(addDays(v.termEnd, 1));
  }
  return timelineOf(days, (day) => qualificationOnDate(versions, events, day).qualified);
}
