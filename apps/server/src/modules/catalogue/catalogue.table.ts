import type {
  ItemAction,
  ItemKind,
  ItemStatus,
  Subject,
  VersionStatus,
} from '@jiandu/contracts/catalogue-labels';

/** One agency's item code, with the projection of its newest version that lists and searches use. */
export interface ItemTable {
  id: string;
  org_id: string;
  code: string;
  name: string;
  kind: ItemKind;
  /** JSON array of enforcement field codes. */
  fields: string;
  status: ItemStatus;
  pending_status: 'draft' | 'submitted' | null;
  version: number | null;
  effective_from: string | null;
  withdrawn_on: string | null;
  benchmark_status: 'none' | 'draft' | 'submitted' | 'published' | 'withdrawn';
  created_at: string;
  updated_at: string;
}

/** One version of an item or of its benchmark. */
export interface ItemVersionTable {
  id: string;
  item_id: string;
  subject: Subject;
  version: number;
  status: VersionStatus;
  name: string | null;
  /** JSON: ItemContent or BenchmarkContent. */
  content: string;
  effective_from: string | null;
  effective_to: string | null;
  reason: string | null;
  created_at: string;
  updated_at: string;
}

/** One step in an item's history; rows are only ever inserted. */
export interface ItemEventTable {
  id: string;
  item_id: string;
  version_id: string;
  subject: Subject;
  version: number;
  action: ItemAction;
  reason: string | null;
  effective_date: string;
  actor_id: string | null;
  actor_name: string;
  actor_org_name: string | null;
  recorded_at: string;
}

declare module '../../platform/db/tables.ts' {
  interface Database {
    item: ItemTable;
    item_version: ItemVersionTable;
    item_event: ItemEventTable;
  }
}
