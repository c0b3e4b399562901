import type { Db } from '../../platform/db/tables.ts';
import type { SourceSystemTable } from './sources.table.ts';

/** An org bound to a source, as lists show it. */
export interface SourceOrgRow {
  source_id: string;
  id: string;
  name: string;
  credit_code: string | null;
}

/** A source by id. */
export function findSource(db: Db, id: string): Promise<SourceSystemTable | undefined> {
  return db.selectFrom('source_system').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Every source, newest first. */
export function listSources(db: Db): Promise<SourceSystemTable[]> {
  return db.selectFrom('source_system').selectAll().orderBy('created_at', 'desc').orderBy('id').execute();
}

/** The orgs bound to the given sources, by name. */
export function listSourceOrgs(db: Db, sourceIds: string[]): Promise<SourceOrgRow[]> {
  if (!sourceIds.length) return Promise.resolve([]);
  return db
    .selectFrom('source_system_org')
    .innerJoin('org', 'org.id', 'source_system_org.org_id')
    .select(['source_system_org.source_id', 'org.id', 'org.name', 'org.credit_code'])
    .where('source_system_org.source_id', 'in', sourceIds)
    .orderBy('org.name')
    .orderBy('org.id')
    .execute();
}

/** Live sources bound to any of these orgs (an agency and its ancestors), by id. */
export function liveSourcesOfOrgs(db: Db, orgIds: readonly string[]): Promise<{ id: string }[]> {
  if (!orgIds.length) return Promise.resolve([]);
  return db
    .selectFrom('source_system')
    .innerJoin('source_system_org', 'source_system_org.source_id', 'source_system.id')
    .select('source_system.id')
    .distinct()
    .where('source_system_org.org_id', 'in', orgIds)
    .where('source_system.revoked_at', 'is', null)
    .orderBy('source_system.id')
    .execute();
}

/** Stores a source's webhook address and encrypted secret (both null to clear it). */
export async function updateWebhook(
  db: Db,
  id: string,
  webhook: { url: string | null; secretEnc: string | null; at: string },
): Promise<void> {
  await db
    .updateTable('source_system')
    .set({ webhook_url: webhook.url, webhook_secret_enc: webhook.secretEnc, webhook_updated_at: webhook.at })
    .where('id', '=', id)
    .execute();
}
