/** One entry of the audit trail: who did what to which target, from where, and what changed. */
export interface AuditEventTable {
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
}

declare module '../db/tables.ts' {
  interface Database {
    audit_event: AuditEventTable;
  }
}
