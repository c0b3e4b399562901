/** An enforcement platform that sends data through the exchange API, with its hashed bearer token. */
export interface SourceSystemTable {
  id: string;
  name: string;
  token_hash: string;
  /** The first characters of the token, so an operator can tell tokens apart without seeing them. */
  token_prefix: string;
  created_by: string;
  created_at: string;
  revoked_at: string | null;
  revoked_by: string | null;
  last_used_at: string | null;
  last_used_ip: string | null;
  /** Where the outbox POSTs this source's messages; null when none is set. */
  webhook_url: string | null;
  /** The webhook signing secret, encrypted with the field cipher. */
  webhook_secret_enc: string | null;
  webhook_updated_at: string | null;
}

/** An org a source system may write for. */
export interface SourceSystemOrgTable {
  source_id: string;
  org_id: string;
}

declare module '../../platform/db/tables.ts' {
  interface Database {
    source_system: SourceSystemTable;
    source_system_org: SourceSystemOrgTable;
  }
}
