import type { RegionLevel } from '@jiandu/contracts/regions';
import { toNumber } from '../../platform/db/dialect.ts';
import type { Db } from '../../platform/db/tables.ts';
import type { RegionTable } from './regions.table.ts';

/** One region by its official code. */
export function findRegion(db: Db, code: string): Promise<RegionTable | undefined> {
  return db.selectFrom('region').selectAll().where('code', '=', code).executeTakeFirst();
}

/** The regions with these codes, in code order (unknown codes are simply absent). */
export function findRegions(db: Db, codes: string[]): Promise<RegionTable[]> {
  if (!codes.length) return Promise.resolve([]);
  return db.selectFrom('region').selectAll().where('code', 'in', codes).orderBy('code').execute();
}

/** The regions whose prefix is one of these (how ancestors are found), shortest prefix first. */
export async function findByPrefixes(db: Db, prefixes: string[]): Promise<RegionTable[]> {
  if (!prefixes.length) return [];
  const rows = await db.selectFrom('region').selectAll().where('prefix', 'in', prefixes).execute();
  return rows.sort((a, b) => a.prefix.length - b.prefix.length);
}

/** Every region of a subtree, the root included. */
export function listSubtree(db: Db, prefix: string): Promise<RegionTable[]> {
  return db.selectFrom('region').selectAll().where('code', 'like', `${prefix}%`).orderBy('code').execute();
}

/** The direct children of a region. */
export function listChildren(db: Db, code: string): Promise<RegionTable[]> {
  return db.selectFrom('region').selectAll().where('parent_code', '=', code).orderBy('code').execute();
}

/** How many direct children a region has. */
export async function countChildren(db: Db, code: string): Promise<number> {
  const row = await db
    .selectFrom('region')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('parent_code', '=', code)
    .executeTakeFirstOrThrow();
  return toNumber(row.n);
}

/** Search filters; `q` must already be free of LIKE wildcards. */
export interface RegionFilter {
  q?: string;
  level?: RegionLevel;
  parent?: string;
}

/**
 * Regions matching a text, a level and a parent. Exact names rank first, then names containing
 * the text, then matches on the full name or the code, so "和平" finds 和平区 before its streets.
 */
export function searchRegions(db: Db, filter: RegionFilter, limit: number): Promise<RegionTable[]> {
  let query = db.selectFrom('region').selectAll();
  const { q, level, parent } = filter;
  if (level) query = query.where('level', '=', level);
  if (parent) query = query.where('parent_code', '=', parent);
  if (q) {
    query = query
      .where((eb) => eb.or([eb('full_name', 'like', `%${q}%`), eb('code', 'like', `${q}%`)]))
      .orderBy((eb) =>
        eb.case().when('name', '=', q).then(0).when('name', 'like', `%${q}%`).then(1).else(2).end(),
      );
  }
  return query.orderBy('code').limit(limit).execute();
}

/** Inserts new regions and rewrites changed ones (matched by code); rows must come parents first. */
export async function upsertRegions(trx: Db, rows: RegionTable[]): Promise<void> {
  if (!rows.length) return;
  await trx
    .insertInto('region')
    .values(rows)
    .onConflict((oc) =>
      oc.column('code').doUpdateSet((eb) => ({
        name: eb.ref('excluded.name'),
        level: eb.ref('excluded.level'),
        parent_code: eb.ref('excluded.parent_code'),
        prefix: eb.ref('excluded.prefix'),
        full_name: eb.ref('excluded.full_name'),
        source: eb.ref('excluded.source'),
        updated_at: eb.ref('excluded.updated_at'),
      })),
    )
    .execute();
}
