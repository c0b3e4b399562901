import { shanghaiDay } from '@jiandu/contracts/case-labels';
import {
  COMPLAINT_CATEGORIES,
  COMPLAINT_CHANNELS,
  COMPLAINT_RATINGS,
} from '@jiandu/contracts/complaint-labels';
import type {
  ComplaintAgencyFigures,
  ComplaintStatistics,
  ComplaintStatisticsQuery,
} from '@jiandu/contracts/complaints';
import { scopesFor, type UserActor } from '../../../platform/authz/actor.ts';
import type { Db } from '../../../platform/db/tables.ts';
import type { ComplaintPorts } from '../complaint-ports.ts';
import { type StatisticsRow, statisticsRows } from '../complaints-statistics.repository.ts';
import { invalid } from './change-complaint.ts';

/** The name under which complaints naming no registered agency are counted. */
export const NO_AGENCY = '未关联执法机关';

const OPEN = new Set(['registered', 'transferred', 'handling', 'reviewing', 'rechecking']);

/** Whether the acceptance decision (accept or decline) came within the acceptance period; null if none yet. */
function acceptedInTime(r: StatisticsRow): boolean | null {
  const decided = r.accepted_on ?? (r.declined_at ? shanghaiDay(r.declined_at) : null);
  return decided === null ? null : decided <= r.accept_due_on;
}

/** Whether the answer came by its due date (an approved extension included); null if not answered. */
function answeredInTime(r: StatisticsRow): boolean | null {
  if (!r.answered_on) return null;
  return !r.answer_due_on || r.answered_on <= r.answer_due_on;
}

const overdueNow = (r: StatisticsRow, today: string) => OPEN.has(r.status) && !!r.due_on && r.due_on < today;

function agencyFigures(rows: readonly StatisticsRow[], today: string): ComplaintAgencyFigures[] {
  const groups = new Map<string | null, StatisticsRow[]>();
  for (const r of rows) groups.set(r.agency_org_id, [...(groups.get(r.agency_org_id) ?? []), r]);
  return [...groups]
    .map(([agencyId, group]) => ({
      agencyId,
      agencyName: group[0]!.agency_name ?? NO_AGENCY,
      total: group.length,
      accepted: group.filter((r) => r.accepted_on).length,
      declined: group.filter((r) => r.status === 'declined').length,
      transferred: group.filter((r) => r.transferred_to).length,
      answered: group.filter((r) => r.answered_on).length,
      closed: group.filter((r) => r.status === 'closed').length,
      answeredOnTime: group.filter((r) => answeredInTime(r) === true).length,
      overdue: group.filter((r) => overdueNow(r, today)).length,
    }))
    .sort(
      (a, b) =>
        b.total - a.total ||
        Number(a.agencyId === null) - Number(b.agencyId === null) ||
        a.agencyName.localeCompare(b.agencyName, 'zh-CN'),
    );
}

/**
 * Complaint figures for a period (registration dates) within the user's read scope, optionally one
 * handling org and those under it: counts by channel, category and agency; whether acceptance and
 * answers kept their periods; what is open and overdue today; extensions; ratings and the share
 * satisfied (满意 and 基本满意 of those rated); complaints reopened; those routed out to
 * 行政复议 or 行政诉讼; petitions taken to 复查 and 复核.
 */
export async function complaintStatistics(
  db: Db,
  ports: ComplaintPorts,
  actor: UserActor,
  query: ComplaintStatisticsQuery,
): Promise<ComplaintStatistics> {
  if (query.from && query.to && query.from > query.to) throw invalid('to', '结束日期不能早于开始日期');
  const org = query.orgId ? await ports.orgs.findById(query.orgId) : null;
  if (query.orgId && !org) throw invalid('orgId', '单位不存在');
  const today = ports.clock.today();
  const rows = await statisticsRows(db, scopesFor(actor, 'complaint.read'), query, org?.path ?? null);
  const count = (test: (r: StatisticsRow) => boolean) => rows.filter(test).length;
  const rated = count((r) => r.rating !== null);
  const pleased = count((r) => r.rating === 'satisfied' || r.rating === 'basically');
  return {
    from: query.from ?? null,
    to: query.to ?? null,
    orgId: query.orgId ?? null,
    total: rows.length,
    byChannel: COMPLAINT_CHANNELS.map((channel) => ({ channel, total: count((r) => r.channel === channel) })),
    byCategory: COMPLAINT_CATEGORIES.map((category) => ({
      category,
      total: count((r) => r.category === category),
    })),
    byAgency: agencyFigures(rows, today),
    timeliness: {
      acceptedOnTime: count((r) => acceptedInTime(r) === true),
      acceptedLate: count((r) => acceptedInTime(r) === false),
      answeredOnTime: count((r) => answeredInTime(r) === true),
      answeredLate: count((r) => answeredInTime(r) === false),
      openOverdue: count((r) => overdueNow(r, today)),
      extensionsGranted: count((r) => r.extension_status === 'approved'),
    },
    satisfaction: {
      rated,
      byRating: COMPLAINT_RATINGS.map((rating) => ({ rating, total: count((r) => r.rating === rating) })),
      satisfiedShare: rated ? Math.round((pleased / rated) * 10_000) / 10_000 : null,
    },
    reopened: count((r) => r.reopen_count > 0),
    routedOut: {
      reconsideration: count((r) => r.route_to === 'reconsideration'),
      litigation: count((r) => r.route_to === 'litigation'),
    },
    reviews: {
      review: count((r) => Number(r.review_count ?? 0) >= 1),
      recheck: count((r) => Number(r.review_count ?? 0) >= 2),
    },
  };
}
