import { type ResolvedScope, scopeFilter } from '../../platform/authz/scope.ts';
import { toNumber } from '../../platform/db/dialect.ts';
import type { Db } from '../../platform/db/tables.ts';
import type { StaffingTargetTable } from './officers.table.ts';

/** The org kinds that are enforcement subjects and so have staffing figures. */
export const AGENCY_KINDS = ['agency', 'township_government'] as const;

/** Agencies within the scopes (optionally one subtree, or one org), in tree order. */
export function agencies(
  db: Db,
  scopes: readonly ResolvedScope[] | null,
  filter: { orgPath?: string | undefined; orgId?: string | undefined },
) {
  let query = db
    .selectFrom('org')
    .select(['id', 'name', 'kind', 'region_code', 'path'])
    .where('kind', 'in', AGENCY_KINDS)
    .where('status', '=', 'active');
  if (scopes)
    query = query.where((eb) => scopeFilter(eb, scopes, { org: 'org.id', region: 'org.region_code' }));
  if (filter.orgPath) query = query.where('path', 'like', `${filter.orgPath}%`);
  if (filter.orgId) query = query.where('id', '=', filter.orgId);
  return query.orderBy('path').execute();
}

function chunks<T>(items: readonly T[], size = 500): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Active officers of some orgs with their training hours in a year. */
export async function activeOfficers(db: Db, orgIds: readonly string[], year: number) {
  const rows = [];
  for (const chunk of chunks(orgIds)) {
    const part = await db
      .selectFrom('officer')
      .leftJoin('training_record', (join) =>
        join.onRef('training_record.officer_id', '=', 'officer.id').on('training_record.year', '=', year),
      )
      .select(['officer.id', 'officer.org_id', 'officer.legal_reviewer'])
      .select((eb) => eb.fn.coalesce(eb.fn.sum('training_record.hours'), eb.lit(0)).as('hours'))
      .where('officer.org_id', 'in', chunk)
      .where('officer.status', '=', 'active')
      .groupBy(['officer.id', 'officer.org_id', 'officer.legal_reviewer'])
      .orderBy('officer.id')
      .execute();
    rows.push(...part.map((r) => ({ ...r, hours: toNumber(r.hours) })));
  }
  return rows;
}

/** The certificates of the active officers of some orgs. */
export async function certificatesOfActive(db: Db, orgIds: readonly string[]) {
  const rows = [];
  for (const chunk of chunks(orgIds)) {
    rows.push(
      ...(await db
        .selectFrom('certificate')
        .innerJoin('officer', 'officer.id', 'certificate.officer_id')
        .select([
          'certificate.officer_id',
          'certificate.org_id',
          'certificate.type',
          'certificate.status',
          'certificate.expiry_date',
        ])
        .where('certificate.org_id', 'in', chunk)
        .where('officer.status', '=', 'active')
        .orderBy('certificate.id')
        .execute()),
    );
  }
  return rows;
}

/** Every region's own targets (a small table). */
export function allTargets(db: Db): Promise<StaffingTargetTable[]> {
  return db.selectFrom('staffing_target').selectAll().orderBy('region_code').execute();
}

/** Sets a region's own targets. */
export async function upsertTarget(db: Db, row: StaffingTargetTable): Promise<void> {
  await db
    .insertInto('staffing_target')
    .values(row)
    .onConflict((oc) =>
      oc.column('region_code').doUpdateSet({
        legal_reviewer_share: row.legal_reviewer_share,
        training_hours: row.training_hours,
        updated_at: row.updated_at,
        updated_by: row.updated_by,
      }),
    )
    .execute();
}

/** The justice bureaus (supervisor orgs) of a region, for checking who may set its targets. */
export function supervisorsOfRegion(db: Db, regionCode: string) {
  return db
    .selectFrom('org')
    .select(['id', 'path', 'region_code'])
    .where('kind', '=', 'supervisor')
    .where('region_code', '=', regionCode)
    .orderBy('path')
    .execute();
}
