import type { CaseKind, EvidenceKind, PartyType, Procedure } from '@jiandu/contracts/case-labels';

/** Where a case stands, derived from its events. */
export type CaseStatus = 'open' | 'decided' | 'closed';

/** One enforcement case with the projection of its newest version that lists and filters use. */
export interface EnforcementCaseTable {
  id: string;
  /** The source system's id, or `native:<org id>` for a case handled in Jiandu. */
  source_key: string;
  source_id: string | null;
  external_id: string;
  version: number;
  org_id: string;
  region_code: string;
  kind: CaseKind;
  procedure: Procedure | null;
  item_code: string;
  title: string | null;
  major: number;
  party_type: PartyType | null;
  party_name: string | null;
  party_key: string | null;
  status: CaseStatus;
  filed_on: string | null;
  decided_on: string | null;
  published_on: string | null;
  closed_on: string | null;
  acted_on: string | null;
  /** Fen (分); pg returns int8 as a string, so read it through toNumber. */
  fine_cents: number | string | null;
  derived_version: number | null;
  received_at: string;
  created_at: string;
}

/** One version of a case record, kept whole. */
export interface CaseVersionTable {
  id: string;
  case_id: string;
  region_code: string;
  version: number;
  /** JSON of the record without the person party's identifying data. */
  content: string;
  party_secret: string | null;
  content_hash: string;
  received_at: string;
  received_by: string;
}

/** A due date derived from a case's newest version. */
export interface CaseDeadlineTable {
  case_id: string;
  code: string;
  region_code: string;
  due: string;
  met_on: string | null;
  provisional: number;
  /** JSON: start, startEvent, amount, unit, basis, explanation. */
  derivation: string;
}

/** An evidence file of a case, with what the person uploading it said about it. */
export interface CaseEvidenceTable {
  id: string;
  case_id: string;
  region_code: string;
  sha256: string;
  kind: EvidenceKind;
  captured_at: string;
  device: string | null;
  officer: string | null;
  file_name: string;
  content_type: string;
  /** pg returns int8 as a string. */
  size: number | string;
  uploaded_by: string;
  uploaded_at: string;
}

declare module '../../platform/db/tables.ts' {
  interface Database {
    case_evidence: CaseEvidenceTable;
    enforcement_case: EnforcementCaseTable;
    case_version: CaseVersionTable;
    case_deadline: CaseDeadlineTable;
  }
}
