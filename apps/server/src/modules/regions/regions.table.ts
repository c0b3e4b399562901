import type { RegionLevel } from '@jiandu/contracts/regions';

/**
 * One GB/T 2260 region. `code` is the official code (6 digits, 9 for a township); `prefix` is the
 * significant part of it (2/4/6/9 digits), so a subtree is exactly `code LIKE prefix || '%'`.
 */
export interface RegionTable {
  code: string;
  name: string;
  level: RegionLevel;
  parent_code: string | null;
  prefix: string;
  full_name: string;
  source: string;
  created_at: string;
  updated_at: string;
}

declare module '../../platform/db/tables.ts' {
  interface Database {
    region: RegionTable;
  }
}
