import type { Updateable } from 'kysely';
import { type ResolvedScope, scopeFilter } from '../../platform/authz/scope.ts';
import { toNumber } from '../../platform/db/dialect.ts';
import type { Db } from '../../platform/db/tables.ts';
import type { CampaignFindingTable, CampaignTable } from './plans.table.ts';

/** A campaign with its bureau's name and place in the tree, and its counts. */
export interface CampaignRow extends CampaignTable {
  org_name: string;
  org_path: string;
  org_region_code: string;
}

function joined(db: Db) {
  return db
    .selectFrom('campaign as c')
    .innerJoin('org', 'org.id', 'c.org_id')
    .selectAll('c')
    .select(['org.name as org_name', 'org.path as org_path', 'org.region_code as org_region_code']);
}

export interface CampaignFilter {
  status?: CampaignTable['status'] | undefined;
  field?: CampaignTable['field'] | undefined;
  year?: number | undefined;
}

/** The campaigns some scope reaches, newest first, with target, checked and problem counts. */
export async function listCampaigns(db: Db, scopes: readonly ResolvedScope[], filter: CampaignFilter) {
  let query = joined(db)
    .select((eb) => [
      eb
        .selectFrom('campaign_target as t')
        .select((x) => x.fn.countAll<number>().as('n'))
        .whereRef('t.campaign_id', '=', 'c.id')
        .as('targets'),
      eb
        .selectFrom('campaign_finding as f')
        .select((x) => x.fn.count<number>('f.agency_org_id').distinct().as('n'))
        .whereRef('f.campaign_id', '=', 'c.id')
        .as('checked'),
      eb
        .selectFrom('campaign_finding as f')
        .select((x) => x.fn.countAll<number>().as('n'))
        .whereRef('f.campaign_id', '=', 'c.id')
        .where('f.result', '=', 'problem')
        .as('problems'),
    ])
    .where((eb) => scopeFilter(eb, scopes, { org: 'c.org_id', region: 'org.region_code' }));
  if (filter.status) query = query.where('c.status', '=', filter.status);
  if (filter.field) query = query.where('c.field', '=', filter.field);
  if (filter.year)
    query = query
      .where('c.period_from', '<=', `${filter.year}-12-31`)
      .where('c.period_to', '>=', `${filter.year}-01-01`);
  return query.orderBy('c.period_from', 'desc').orderBy('c.id').limit(500).execute();
}

export async function findCampaign(db: Db, id: string): Promise<CampaignRow | undefined> {
  return (await joined(db).where('c.id', '=', id).executeTakeFirst()) as CampaignRow | undefined;
}

export async function insertCampaign(
  db: Db,
  row: CampaignTable,
  agencyIds: readonly string[],
): Promise<void> {
  await db.insertInto('campaign').values(row).execute();
  await db
    .insertInto('campaign_target')
    .values(agencyIds.map((agency_org_id) => ({ campaign_id: row.id, agency_org_id })))
    .execute();
}

export async function changeCampaign(
  db: Db,
  id: string,
  expected: CampaignTable['status'],
  set: Updateable<CampaignTable>,
): Promise<boolean> {
  const result = await db
    .updateTable('campaign')
    .set(set)
    .where('id', '=', id)
    .where('status', '=', expected)
    .executeTakeFirst();
  return toNumber(result.numUpdatedRows) === 1;
}

export function targetsOf(db: Db, campaignId: string) {
  return db
    .selectFrom('campaign_target as t')
    .innerJoin('org', 'org.id', 't.agency_org_id')
    .select(['t.agency_org_id', 'org.name', 'org.path'])
    .where('t.campaign_id', '=', campaignId)
    .orderBy('org.path')
    .execute();
}

export function findingsOf(db: Db, campaignId: string) {
  return db
    .selectFrom('campaign_finding as f')
    .innerJoin('org', 'org.id', 'f.agency_org_id')
    .leftJoin('matter', 'matter.id', 'f.matter_id')
    .selectAll('f')
    .select(['org.name as agency_name', 'matter.number as matter_number'])
    .where('f.campaign_id', '=', campaignId)
    .orderBy('org.path')
    .orderBy('f.item_code')
    .execute();
}

export function findFinding(db: Db, id: string): Promise<CampaignFindingTable | undefined> {
  return db.selectFrom('campaign_finding').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Replaces an agency's results for some items (never one that became a matter). */
export async function saveFindings(db: Db, rows: CampaignFindingTable[]): Promise<void> {
  for (const row of rows) {
    await db
      .deleteFrom('campaign_finding')
      .where('campaign_id', '=', row.campaign_id)
      .where('agency_org_id', '=', row.agency_org_id)
      .where('item_code', '=', row.item_code)
      .where('matter_id', 'is', null)
      .execute();
    await db.insertInto('campaign_finding').values(row).execute();
  }
}

export async function linkMatter(db: Db, findingId: string, matterId: string): Promise<boolean> {
  const result = await db
    .updateTable('campaign_finding')
    .set({ matter_id: matterId })
    .where('id', '=', findingId)
    .where('matter_id', 'is', null)
    .executeTakeFirst();
  return toNumber(result.numUpdatedRows) === 1;
}
