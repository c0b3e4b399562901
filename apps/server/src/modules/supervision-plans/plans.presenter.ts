import type { Plan } from '@jiandu/contracts/supervision-plans';
import { toNumber } from '../../platform/db/dialect.ts';
import type { PlanRow } from './plans.repository.ts';
import type { PlanTaskTable } from './plans.table.ts';

/** A plan with its tasks as the console shows them. */
export function presentPlan(
  row: PlanRow,
  tasks: readonly (PlanTaskTable & { matters: number | string | null; campaigns: number | string | null })[],
): Plan {
  return {
    id: row.id,
    orgId: row.org_id,
    orgName: row.org_name,
    year: row.year,
    title: row.title,
    summary: row.summary,
    status: row.status,
    publishedOn: row.published_on,
    midyearOn: row.midyear_on,
    midyearNote: row.midyear_note,
    concludedOn: row.concluded_on,
    conclusion: row.conclusion,
    hasReport: !!row.report_pdf_sha256,
    tasks: tasks.map((t) => ({
      id: t.id,
      seq: t.seq,
      title: t.title,
      description: t.description,
      track: t.track,
      field: t.field,
      target: t.target,
      startOn: t.start_on,
      endOn: t.end_on,
      responsible: t.responsible,
      status: t.status,
      progressNote: t.progress_note,
      doneOn: t.done_on,
      matters: toNumber(t.matters ?? 0),
      campaigns: toNumber(t.campaigns ?? 0),
    })),
    createdAt: row.created_at,
  };
}
