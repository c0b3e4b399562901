import type { ComplaintChannel } from '@jiandu/contracts/complaint-labels';
import { type ResolvedScope, scopeFilter } from '../../platform/authz/scope.ts';
import type { Db } from '../../platform/db/tables.ts';

/** Complaints already registered from these external references of a channel (re-imports). */
export async function findByExternalRefs(
  db: Db,
  channel: ComplaintChannel,
  refs: readonly string[],
): Promise<Map<string, { id: string; trackingCode: string }>> {
  const found = new Map<string, { id: string; trackingCode: string }>();
  for (let start = 0; start < refs.length; start += 500) {
    const rows = await db
      .selectFrom('complaint')
      .select(['id', 'tracking_code', 'external_ref'])
      .where('channel', '=', channel)
      .where('external_ref', 'in', refs.slice(start, start + 500))
      .orderBy('external_ref')
      .execute();
    for (const r of rows) found.set(r.external_ref!, { id: r.id, trackingCode: r.tracking_code });
  }
  return found;
}

/** An agency (or township) a work order may name. */
export interface NamedAgency {
  id: string;
  name: string;
  short_name: string | null;
  region_code: string;
}

/** The active agencies and townships some scope reaches whose full or short name is one of `names`. */
export async function agenciesNamed(
  db: Db,
  scopes: readonly ResolvedScope[],
  names: readonly string[],
): Promise<NamedAgency[]> {
  if (!names.length) return [];
  return db
    .selectFrom('org')
    .select(['org.id', 'org.name', 'org.short_name', 'org.region_code'])
    .where('org.kind', 'in', ['agency', 'township_government'])
    .where('org.status', '=', 'active')
    .where((eb) => eb.or([eb('org.name', 'in', names), eb('org.short_name', 'in', names)]))
    .where((eb) => scopeFilter(eb, scopes, { org: 'org.id', region: 'org.region_code' }))
    .orderBy('org.path')
    .execute();
}
