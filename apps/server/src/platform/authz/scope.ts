import { type Expression, type ExpressionBuilder, type SqlBool, sql } from 'kysely';

/**
 * How far one grant reaches, resolved for queries: everything, one org, an org and everything
 * under it (by the org's materialised path), or a region and everything in it (by code prefix).
 */
export type ResolvedScope =
  | { kind: 'all' }
  | { kind: 'own_org'; orgId: string }
  | { kind: 'org_subtree'; orgPath: string }
  | { kind: 'region_subtree'; regionPrefix: string };

/** An org as the scope check needs it. */
export interface ScopedOrg {
  id: string;
  path: string;
  regionCode: string;
}

/** True when a set of scopes reaches a given org. */
export function scopeReaches(scopes: readonly ResolvedScope[], org: ScopedOrg): boolean {
  return scopes.some((s) => {
    switch (s.kind) {
      case 'all':
        return true;
      case 'own_org':
        return s.orgId === org.id;
      case 'org_subtree':
        return org.path.startsWith(s.orgPath);
      case 'region_subtree':
        return org.regionCode.startsWith(s.regionPrefix);
      default:
        return false;
    }
  });
}

/** Which columns of the filtered rows name their org (and, optionally, their region). */
export interface ScopeColumns {
  /** Reference to the row's org id, e.g. 'org.id' or 'app_user.org_id'. */
  org: string;
  /** Reference to the row's region code; without it a region scope goes through the row's org. */
  region?: string;
}

/**
 * The one data-scope filter: a WHERE condition keeping only rows some scope reaches. Every
 * business query applies it; no route writes its own. No scopes means no rows.
 *
 * It reads the `org` table (id, path, region_code) of the org tree, which is what scopes are about.
 */
export function scopeFilter(
  // biome-ignore lint/suspicious/noExplicitAny: works over any table's expression builder.
  eb: ExpressionBuilder<any, any>,
  scopes: readonly ResolvedScope[],
  columns: ScopeColumns,
): Expression<SqlBool> {
  if (scopes.some((s) => s.kind === 'all')) return sql<SqlBool>`1 = 1`;
  const org = sql.ref(columns.org);
  const parts = scopes.map((s): Expression<SqlBool> => {
    switch (s.kind) {
      case 'own_org':
        return sql<SqlBool>`${org} = ${s.orgId}`;
      case 'org_subtree':
        return sql<SqlBool>`${org} in (select scope_org.id from org as scope_org where scope_org.path like ${`${s.orgPath}%`})`;
      case 'region_subtree':
        return columns.region
          ? sql<SqlBool>`${sql.ref(columns.region)} like ${`${s.regionPrefix}%`}`
          : sql<SqlBool>`${org} in (select scope_org.id from org as scope_org where scope_org.region_code like ${`${s.regionPrefix}%`})`;
      default:
        return sql<SqlBool>`1 = 1`;
    }
  });
  return parts.length ? eb.or(parts) : sql<SqlBool>`1 = 0`;
}
