import type { Authority, QualificationAction, QualificationStatus } from '@jiandu/contracts/agencies';

/** One version of an agency's qualification (主体资格), with its content and where it stands. */
export interface AgencyQualificationTable {
  id: string;
  org_id: string;
  region_code: string;
  version: number;
  status: QualificationStatus;
  /** 1 on the version that gives the agency its status; at most one per agency. */
  is_current: number;
  authority: Authority;
  /** JSON array of {law, article}. */
  legal_bases: string;
  /** JSON array of enforcement field codes. */
  fields: string;
  entrusting_body: string | null;
  entrusted_scope: string | null;
  entrusted_powers: string | null;
  term_start: string | null;
  term_end: string | null;
  note: string | null;
  confirmed_on: string | null;
  published_on: string | null;
  superseded_on: string | null;
  revoked_on: string | null;
  revocation_reason: string | null;
  created_at: string;
  updated_at: string;
}

/** One step in a version's history; rows are only ever inserted. */
export interface AgencyQualificationEventTable {
  id: string;
  qualification_id: string;
  org_id: string;
  version: number;
  action: QualificationAction;
  reason: string | null;
  effective_date: string;
  actor_id: string | null;
  actor_name: string;
  actor_org_name: string | null;
  recorded_at: string;
}

declare module '../../platform/db/tables.ts' {
  interface Database {
    agency_qualification: AgencyQualificationTable;
    agency_qualification_event: AgencyQualificationEventTable;
  }
}
