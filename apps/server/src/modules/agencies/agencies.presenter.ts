import type {
  AgencySummary,
  Entrustment,
  PublicAgency,
  PublicAgencyDetail,
  QualificationEvent,
  QualificationVersion,
} from '@jiandu/contracts/agencies';
import { ENFORCEMENT_FIELDS, type EnforcementField } from '@jiandu/contracts/fields';
import type { AgencyRow } from './agencies.repository.ts';
import type { AgencyQualificationEventTable, AgencyQualificationTable } from './agencies.table.ts';
import type { PublicRow } from './agencies-public.repository.ts';

type Bases = { law: string; article: string | null }[];

function parseList<T>(text: string | null): T[] {
  if (!text) return [];
  try {
    const value = JSON.parse(text);
    return Array.isArray(value) ? (value as T[]) : [];
  } catch {
    return [];
  }
}

/** The entrustment of a version's columns, or null when it is not entrusted. */
function entrustmentOf(row: {
  authority: string;
  entrusting_body: string | null;
  entrusted_scope: string | null;
  entrusted_powers: string | null;
  term_start: string | null;
  term_end: string | null;
}): Entrustment | null {
  if (row.authority !== 'entrusted') return null;
  return {
    entrustingBody: row.entrusting_body ?? '',
    scope: row.entrusted_scope ?? '',
    powers: row.entrusted_powers ?? '',
    startDate: row.term_start ?? '',
    endDate: row.term_end ?? '',
  };
}

/** The Chinese labels of field codes, for the public. */
export function fieldLabels(codes: readonly string[]): string[] {
  return codes.map((c) => ENFORCEMENT_FIELDS[c as EnforcementField] ?? c);
}

/** Field codes stored on a version. */
export function fieldsOf(row: { fields: string }): string[] {
  return parseList<string>(row.fields);
}

/** Presents a version. */
export function presentVersion(row: AgencyQualificationTable): QualificationVersion {
  return {
    id: row.id,
    orgId: row.org_id,
    version: Number(row.version),
    status: row.status,
    authority: row.authority,
    legalBases: parseList<Bases[number]>(row.legal_bases),
    entrustment: entrustmentOf(row),
    fields: fieldsOf(row),
    note: row.note,
    confirmedOn: row.confirmed_on,
    publishedOn: row.published_on,
    supersededOn: row.superseded_on,
    revokedOn: row.revoked_on,
    revocationReason: row.revocation_reason,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** Presents a history event. */
export function presentEvent(row: AgencyQualificationEventTable): QualificationEvent {
  return {
    id: row.id,
    qualificationId: row.qualification_id,
    version: Number(row.version),
    action: row.action,
    reason: row.reason,
    effectiveDate: row.effective_date,
    actorName: row.actor_name,
    actorOrgName: row.actor_org_name,
    recordedAt: row.recorded_at,
  };
}

/** Presents a list row: the agency and its current qualification. */
export function presentSummary(row: AgencyRow): AgencySummary {
  const status = row.cur_status;
  return {
    orgId: row.org_id,
    name: row.name,
    kind: row.kind,
    creditCode: row.credit_code,
    regionCode: row.region_code,
    regionName: row.region_name,
    parentName: row.parent_name,
    orgStatus: row.org_status,
    status: status === null || status === 'superseded' ? 'none' : status,
    pendingStatus: row.pen_status === 'draft' || row.pen_status === 'submitted' ? row.pen_status : null,
    version: row.cur_version,
    authority: row.cur_authority,
    fields: parseList<string>(row.cur_fields),
    confirmedOn: row.cur_confirmed_on,
    publishedOn: row.cur_published_on,
    revokedOn: row.cur_revoked_on,
    updatedAt: [row.cur_updated_at, row.pen_updated_at].filter(Boolean).sort().at(-1) ?? null,
  };
}

/** Presents a published agency for the public: exactly these keys, nothing about persons. */
export function presentPublic(row: PublicRow): PublicAgency {
  return {
    name: row.name,
    creditCode: row.credit_code,
    regionCode: row.region_code,
    fields: fieldLabels(parseList<string>(row.fields)),
    authority: row.authority,
    status: 'published',
  };
}

/** Presents one published agency with its legal bases and entrustment. */
export function presentPublicDetail(row: PublicRow): PublicAgencyDetail {
  return {
    ...presentPublic(row),
    legalBases: parseList<Bases[number]>(row.legal_bases),
    entrustment: entrustmentOf(row),
    publishedOn: row.published_on,
  };
}
