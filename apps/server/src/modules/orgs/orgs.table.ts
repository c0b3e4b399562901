/** A body in the org tree: justice department, enforcement agency, township government or other. */
export interface OrgTable {
  id: string;
  parent_id: string | null;
  /** Materialised path of ids, `/root/…/self/`, so a subtree is one LIKE on an index. */
  path: string;
  depth: number;
  name: string;
  short_name: string | null;
  kind: 'supervisor' | 'agency' | 'township_government' | 'other';
  region_code: string;
  credit_code: string | null;
  status: 'active' | 'disabled';
  sort_order: number;
  created_at: string;
  updated_at: string;
}

declare module '../../platform/db/tables.ts' {
  interface Database {
    org: OrgTable;
  }
}
