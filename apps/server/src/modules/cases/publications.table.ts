/** A decision on the portal, as a masked snapshot, from publication to withdrawal. */
export interface PublicationTable {
  id: string;
  case_id: string;
  org_id: string;
  region_code: string;
  status: 'published' | 'withdrawn';
  document_number: string;
  title: string;
  party_name: string;
  decided_on: string;
  published_on: string;
  expires_on: string | null;
  period_label: string;
  /** JSON of PublicDecision. */
  content: string;
  withdrawn_on: string | null;
  withdraw_reason: string | null;
  created_by: string;
  created_at: string;
}

/** One row of the publication period table. */
export interface PublicationPeriodTable {
  id: string;
  rank: number;
  label: string;
  kind: string;
  penalty_type: string | null;
  /** Yuan; pg returns int8 as a string. */
  fine_below: number | string | null;
  warning_only: number;
  months: number | null;
  basis: string;
  updated_at: string;
}

declare module '../../platform/db/tables.ts' {
  interface Database {
    publication: PublicationTable;
    publication_period: PublicationPeriodTable;
  }
}
