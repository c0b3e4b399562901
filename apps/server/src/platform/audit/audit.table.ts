import type { ColumnType } from 'kysely';

/** Whether the audited action succeeded; failed attempts (a refused login) are audited too. */
export type AuditResult = 'success' | 'failure';

/** A bigint column: pg returns int8 as a string, SQLite as a number, so read it through `toNumber`. */
type Sequence = ColumnType<string | number, number, number>;

/** One entry of the audit trail: who did what to which target, from where, and what changed. */
export interface AuditEventTable {
  /** Position in the hash chain: 1, 2, 3… with no gaps, in insertion order. */
  seq: Sequence;
  id: string;
  at: string;
  actor_id: string | null;
  actor_name: string;
  org_id: string | null;
  ip: string | null;
  user_agent: string | null;
  action: string;
  target_type: string;
  target_id: string | null;
  detail: string;
  result: AuditResult;
  request_id: string | null;
  /** The previous row's `hash` (or the retention anchor), which ties this row to its place. */
  prev_hash: string;
  /** Hex SM3 over `prev_hash` and the row's content, so an edit anywhere breaks the chain. */
  hash: string;
}

/** The single row (id 1) every writer locks to append: the last sequence number and hash. */
export interface AuditHeadTable {
  id: number;
  last_seq: Sequence;
  last_hash: string;
}

/** The single row (id 1) saying how far the trail has been archived and removed, and its last hash. */
export interface AuditRetentionTable {
  id: number;
  archived_through_seq: Sequence;
  anchor_hash: string;
}

declare module '../db/tables.ts' {
  interface Database {
    audit_event: AuditEventTable;
    audit_head: AuditHeadTable;
    audit_retention: AuditRetentionTable;
  }
}
