import type { MatterProblem } from '@jiandu/contracts/matter-labels';
import type { Attachment, MatterEventKind, MatterSummary, Notice } from '@jiandu/contracts/matters';
import type { MatterRow } from './matters.repository.ts';
import type { MatterEventTable, NoticeObjectionTable, NoticeResponseTable } from './matters.table.ts';
import type { NoticeRow } from './notices.repository.ts';
import { overdueDays } from './supervision-periods.ts';

/** A matter as a list row; `today` decides how many days its current notice is overdue. */
export function presentSummary(row: MatterRow, today: string): MatterSummary {
  return {
    id: row.id,
    number: row.number,
    title: row.title,
    orgId: row.org_id,
    orgName: row.org_name,
    agencyOrgId: row.agency_org_id,
    agencyName: row.agency_name,
    regionCode: row.region_code,
    scope: row.scope,
    mode: row.mode,
    track: row.track,
    origin: row.origin,
    originRef: row.origin_ref,
    problems: JSON.parse(row.problems) as MatterProblem[],
    status: row.status,
    dueOn: row.due_on,
    overdueDays: row.status === 'rectifying' && row.due_on ? overdueDays(row.due_on, today) : 0,
    openedOn: row.opened_on,
    closedOn: row.closed_on,
  };
}

/** Attachments as stored (JSON). */
export function attachmentsOf(json: string): Attachment[] {
  return JSON.parse(json) as Attachment[];
}

/** A notice with its answers and objections. */
export function presentNotice(
  row: NoticeRow,
  responses: readonly NoticeResponseTable[],
  objections: readonly NoticeObjectionTable[],
  today: string,
): Notice {
  return {
    id: row.id,
    matterId: row.matter_id,
    matterNumber: row.matter_number,
    matterTitle: row.matter_title,
    kind: row.kind,
    number: row.number,
    orgName: row.org_name,
    agencyOrgId: row.agency_org_id,
    agencyName: row.agency_name,
    findings: row.findings,
    requirements: row.requirements,
    basis: row.basis,
    issuedOn: row.issued_on,
    issuedBy: row.issued_by,
    dueOn: row.due_on,
    dueRule: row.due_rule,
    overdueDays: row.status === 'issued' ? overdueDays(row.due_on, today) : 0,
    objectionUntil: row.objection_until,
    status: row.status,
    readAt: row.read_at,
    readBy: row.read_by,
    responses: responses
      .filter((r) => r.notice_id === row.id)
      .map((r) => ({
        id: r.id,
        kind: r.kind,
        content: r.content,
        attachments: attachmentsOf(r.attachments),
        submittedAt: r.submitted_at,
        submittedBy: r.submitted_by,
        verdict: r.verdict,
        verdictNote: r.verdict_note,
        verdictAt: r.verdict_at,
        verdictBy: r.verdict_by,
      })),
    objections: objections
      .filter((o) => o.notice_id === row.id)
      .map((o) => ({
        id: o.id,
        grounds: o.grounds,
        filedOn: o.filed_on,
        filedBy: o.filed_by,
        decideBy: o.decide_by,
        decision: o.decision,
        decisionReason: o.decision_reason,
        decidedOn: o.decided_on,
        decidedBy: o.decided_by,
      })),
  };
}

/** One line of the history, naming the notice it concerns. */
export function presentEvent(event: MatterEventTable, noticeNumbers: ReadonlyMap<string, string>) {
  return {
    id: event.id,
    kind: event.kind as MatterEventKind,
    at: event.at,
    actorName: event.actor_name,
    note: event.note,
    noticeNumber: event.notice_id ? (noticeNumbers.get(event.notice_id) ?? null) : null,
  };
}
