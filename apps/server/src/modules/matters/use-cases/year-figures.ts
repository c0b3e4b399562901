import type { Db } from '../../../platform/db/tables.ts';
import * as repo from '../matters.repository.ts';

/**
 * A year's figures of the matters about agencies under an org (the year-end summary of a
 * supervision plan): opened, closed, still open, overdue, by origin and problem; notices by kind.
 * No actor: the plan's service has checked the org.
 */
export async function matterYearFigures(db: Db, today: string, orgPath: string, year: number) {
  const from = `${year}-01-01`;
  const to = `${year}-12-31`;
  const rows = await repo.mattersOfYear(db, orgPath, from, to);
  const count = <K extends string>(keys: K[]) =>
    keys.reduce<Record<string, number>>((acc, k) => {
      acc[k] = (acc[k] ?? 0) + 1;
      return acc;
    }, {});
  const opened = rows.filter((r) => r.opened_on >= from);
  const { notices, objections, escalations } = await repo.noticeFiguresOfYear(
    db,
    rows.map((r) => r.id),
    from,
    to,
  );
  return {
    matters: {
      opened: opened.length,
      closed: rows.filter((r) => r.closed_on && r.closed_on <= to).length,
      open: rows.filter((r) => r.status !== 'closed').length,
      overdue: rows.filter((r) => r.status === 'rectifying' && r.due_on && r.due_on < today).length,
      byOrigin: count(opened.map((r) => r.origin)),
      byProblem: count(opened.flatMap((r) => JSON.parse(r.problems) as string[])),
    },
    notices: {
      issued: notices.length,
      byKind: count(notices.map((n) => n.kind)),
      accepted: notices.filter((n) => n.status === 'accepted').length,
      objections,
      escalations,
    },
  };
}
