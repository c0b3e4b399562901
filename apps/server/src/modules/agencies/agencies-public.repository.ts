import { containing, like, regionPrefix } from '../../platform/db/search.ts';
import type { Db } from '../../platform/db/tables.ts';
import type { AgencyQualificationTable } from './agencies.table.ts';

/** A published version as the public sees it, with its org. */
export interface PublicRow {
  name: string;
  credit_code: string;
  region_code: string;
  authority: AgencyQualificationTable['authority'];
  fields: string;
  legal_bases: string;
  entrusting_body: string | null;
  entrusted_scope: string | null;
  entrusted_powers: string | null;
  term_start: string | null;
  term_end: string | null;
  published_on: string;
}

/**
 * The last published version of each active agency, unless a later version has been published
 * or revoked since; entrusted agencies only within their term on `today`.
 */
function publicQuery(db: Db, today: string) {
  return db
    .selectFrom('agency_qualification as q')
    .innerJoin('org', 'org.id', 'q.org_id')
    .where('q.published_on', 'is not', null)
    .where('q.status', 'in', ['published', 'superseded'])
    .where('org.status', '=', 'active')
    .where('org.credit_code', 'is not', null)
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('agency_qualification as later')
            .select('later.id')
            .whereRef('later.org_id', '=', 'q.org_id')
            .whereRef('later.version', '>', 'q.version')
            .where((l) => l.or([l('later.published_on', 'is not', null), l('later.status', '=', 'revoked')])),
        ),
      ),
    )
    .where((eb) =>
      eb.or([
        eb('q.authority', '<>', 'entrusted'),
        eb.and([eb('q.term_start', '<=', today), eb('q.term_end', '>=', today)]),
      ]),
    )
    .select([
      'org.name',
      'org.credit_code',
      'org.region_code',
      'q.authority',
      'q.fields',
      'q.legal_bases',
      'q.entrusting_body',
      'q.entrusted_scope',
      'q.entrusted_powers',
      'q.term_start',
      'q.term_end',
      'q.published_on',
    ]);
}

/** Published agencies matching a text and a region prefix, by region then name, at most `limit`. */
export async function publicAgencies(
  db: Db,
  filter: { q?: string | undefined; region?: string | undefined },
  today: string,
  limit: number,
): Promise<PublicRow[]> {
  let query = publicQuery(db, today);
  if (filter.q) {
    const name = containing(filter.q);
    const code = containing(filter.q.toUpperCase());
    query = query.where((eb) => eb.or([like('org.name', name), like('org.credit_code', code)]));
  }
  if (filter.region) query = query.where('org.region_code', 'like', `${regionPrefix(filter.region)}%`);
  const rows = await query
    .orderBy('org.region_code')
    .orderBy('org.name')
    .orderBy('org.id')
    .limit(limit)
    .execute();
  return rows as PublicRow[];
}

/** One published agency by credit code. */
export async function publicAgency(
  db: Db,
  creditCode: string,
  today: string,
): Promise<PublicRow | undefined> {
  return (await publicQuery(db, today).where('org.credit_code', '=', creditCode).executeTakeFirst()) as
    | PublicRow
    | undefined;
}
