import type { Updateable } from 'kysely';
import { type ResolvedScope, scopeFilter } from '../../platform/authz/scope.ts';
import { toNumber } from '../../platform/db/dialect.ts';
import type { Db } from '../../platform/db/tables.ts';
import type { PlanTaskTable, SupervisionPlanTable } from './plans.table.ts';

/** A plan with its bureau's name and place in the tree. */
export interface PlanRow extends SupervisionPlanTable {
  org_name: string;
  org_path: string;
  region_code: string;
}

function joined(db: Db) {
  return db
    .selectFrom('supervision_plan as p')
    .innerJoin('org', 'org.id', 'p.org_id')
    .selectAll('p')
    .select(['org.name as org_name', 'org.path as org_path', 'org.region_code']);
}

/** The plans some scope reaches, newest year first. */
export async function listPlans(
  db: Db,
  scopes: readonly ResolvedScope[],
  filter: { year?: number | undefined; status?: SupervisionPlanTable['status'] | undefined },
): Promise<PlanRow[]> {
  let query = joined(db).where((eb) =>
    scopeFilter(eb, scopes, { org: 'p.org_id', region: 'org.region_code' }),
  );
  if (filter.year) query = query.where('p.year', '=', filter.year);
  if (filter.status) query = query.where('p.status', '=', filter.status);
  return (await query.orderBy('p.year', 'desc').orderBy('org.path').limit(500).execute()) as PlanRow[];
}

export async function findPlan(db: Db, id: string): Promise<PlanRow | undefined> {
  return (await joined(db).where('p.id', '=', id).executeTakeFirst()) as PlanRow | undefined;
}

export async function findPlanOf(db: Db, orgId: string, year: number) {
  return db
    .selectFrom('supervision_plan')
    .select('id')
    .where('org_id', '=', orgId)
    .where('year', '=', year)
    .executeTakeFirst();
}

export async function insertPlan(db: Db, row: SupervisionPlanTable): Promise<void> {
  await db.insertInto('supervision_plan').values(row).execute();
}

/** Changes a plan still in one of the expected statuses; returns whether it changed. */
export async function changePlan(
  db: Db,
  id: string,
  expected: readonly SupervisionPlanTable['status'][],
  set: Updateable<SupervisionPlanTable>,
): Promise<boolean> {
  const result = await db
    .updateTable('supervision_plan')
    .set(set)
    .where('id', '=', id)
    .where('status', 'in', expected)
    .executeTakeFirst();
  return toNumber(result.numUpdatedRows) === 1;
}

/** A plan's tasks in order, with how many matters and campaigns each started. */
export async function tasksOf(db: Db, planId: string) {
  return db
    .selectFrom('plan_task as t')
    .selectAll('t')
    .select((eb) => [
      eb
        .selectFrom('matter')
        .select((m) => m.fn.countAll<number>().as('n'))
        .where('matter.origin', '=', 'plan_task')
        .whereRef('matter.origin_ref', '=', 't.id')
        .as('matters'),
      eb
        .selectFrom('campaign')
        .select((c) => c.fn.countAll<number>().as('n'))
        .whereRef('campaign.plan_task_id', '=', 't.id')
        .as('campaigns'),
    ])
    .where('t.plan_id', '=', planId)
    .orderBy('t.seq')
    .execute();
}

export async function findTask(db: Db, id: string): Promise<PlanTaskTable | undefined> {
  return db.selectFrom('plan_task').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function nextTaskSeq(db: Db, planId: string): Promise<number> {
  const { n } = await db
    .selectFrom('plan_task')
    .select((eb) => eb.fn.max('seq').as('n'))
    .where('plan_id', '=', planId)
    .executeTakeFirstOrThrow();
  return toNumber(n ?? 0) + 1;
}

export async function insertTask(db: Db, row: PlanTaskTable): Promise<void> {
  await db.insertInto('plan_task').values(row).execute();
}

export async function updateTask(db: Db, id: string, set: Updateable<PlanTaskTable>): Promise<void> {
  await db.updateTable('plan_task').set(set).where('id', '=', id).execute();
}

/** The campaigns held by bureaus under an org path in a year, with their findings (a year's figures). */
export async function campaignFiguresOfYear(db: Db, orgPath: string, from: string, to: string) {
  const campaigns = await db
    .selectFrom('campaign')
    .innerJoin('org', 'org.id', 'campaign.org_id')
    .select('campaign.id')
    .where('org.path', 'like', `${orgPath}%`)
    .where('campaign.period_from', '<=', to)
    .where('campaign.period_to', '>=', from)
    .execute();
  if (!campaigns.length) return { held: 0, findings: 0, problems: 0 };
  const findings = await db
    .selectFrom('campaign_finding')
    .select(['result', (eb) => eb.fn.countAll<number>().as('n')])
    .where(
      'campaign_id',
      'in',
      campaigns.map((c) => c.id),
    )
    .groupBy('result')
    .execute();
  const total = findings.reduce((sum, f) => sum + toNumber(f.n), 0);
  const problems = toNumber(findings.find((f) => f.result === 'problem')?.n ?? 0);
  return { held: campaigns.length, findings: total, problems };
}
