import type {
  BenchmarkContent,
  BenchmarkVersion,
  ItemContent,
  ItemEvent,
  ItemSummary,
  ItemVersion,
} from '@jiandu/contracts/catalogue';
import { formatLegalBasis } from '@jiandu/contracts/catalogue-labels';
import type { PublicItem, PublicItemDetail } from '@jiandu/contracts/catalogue-public';
import { ENFORCEMENT_FIELDS, type EnforcementField } from '@jiandu/contracts/fields';
import type { ItemRow } from './catalogue.repository.ts';
import type { ItemEventTable, ItemVersionTable } from './catalogue.table.ts';

/** An item as the console lists it. */
export function presentSummary(row: ItemRow): ItemSummary {
  return {
    id: row.id,
    agencyId: row.org_id,
    agencyName: row.agency_name,
    agencyCreditCode: row.agency_credit_code,
    regionCode: row.region_code,
    code: row.code,
    name: row.name,
    kind: row.kind,
    fields: JSON.parse(row.fields) as string[],
    status: row.status,
    pendingStatus: row.pending_status,
    version: row.version,
    effectiveFrom: row.effective_from,
    withdrawnOn: row.withdrawn_on,
    benchmarkStatus: row.benchmark_status,
    updatedAt: row.updated_at,
  };
}

function versionBase(row: ItemVersionTable) {
  return {
    id: row.id,
    itemId: row.item_id,
    version: Number(row.version),
    status: row.status,
    effectiveFrom: row.effective_from,
    effectiveTo: row.effective_to,
    reason: row.reason,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** The content of an item version. */
export function itemContentOf(row: ItemVersionTable): ItemContent {
  return JSON.parse(row.content) as ItemContent;
}

/** The content of a benchmark version. */
export function benchmarkContentOf(row: ItemVersionTable): BenchmarkContent {
  return JSON.parse(row.content) as BenchmarkContent;
}

export function presentItemVersion(row: ItemVersionTable): ItemVersion {
  return { ...versionBase(row), content: itemContentOf(row) };
}

export function presentBenchmarkVersion(row: ItemVersionTable): BenchmarkVersion {
  return { ...versionBase(row), content: benchmarkContentOf(row) };
}

export function presentEvent(row: ItemEventTable): ItemEvent {
  return {
    id: row.id,
    subject: row.subject,
    version: Number(row.version),
    action: row.action,
    reason: row.reason,
    effectiveDate: row.effective_date,
    actorName: row.actor_name,
    actorOrgName: row.actor_org_name,
    recordedAt: row.recorded_at,
  };
}

/** Field codes as Chinese labels (unknown codes as they are). */
export function fieldLabels(codes: readonly string[]): string[] {
  return codes.map((c) => ENFORCEMENT_FIELDS[c as EnforcementField] ?? c);
}

/** An item's legal bases as one citation line. */
export function legalBasisLine(content: ItemContent): string {
  return content.legalBases.map(formatLegalBasis).join('; ');
}

/** A public row: the item version in force today, its agency, and whether a benchmark is in force. */
export interface PublicItemRow {
  code: string;
  content: string;
  version: number;
  effective_from: string;
  agency_name: string;
  agency_credit_code: string;
  benchmark: string | null;
  benchmark_version: number | null;
  benchmark_from: string | null;
  first_offence_exempt: number | string;
  not_punished: number | string;
}

export function presentPublic(row: PublicItemRow): PublicItem {
  const content = JSON.parse(row.content) as ItemContent;
  return {
    code: row.code,
    name: content.name,
    kind: content.kind,
    legalBasis: legalBasisLine(content),
    agencyCreditCode: row.agency_credit_code,
    agencyName: row.agency_name,
    hasBenchmark: row.benchmark !== null,
    lists: [
      ...(Number(row.first_offence_exempt) === 1 ? (['firstOffenceExempt'] as const) : []),
      ...(Number(row.not_punished) === 1 ? (['notPunished'] as const) : []),
    ],
  };
}

export function presentPublicDetail(row: PublicItemRow): PublicItemDetail {
  const content = JSON.parse(row.content) as ItemContent;
  const benchmark = row.benchmark ? (JSON.parse(row.benchmark) as BenchmarkContent) : null;
  return {
    ...presentPublic(row),
    legalBases: content.legalBases.map((b) => ({
      law: b.law,
      article: b.article ?? null,
      clause: b.clause ?? null,
      text: b.text ?? null,
    })),
    post: content.post,
    fields: fieldLabels(content.fields),
    version: Number(row.version),
    effectiveFrom: row.effective_from,
    benchmark:
      benchmark && row.benchmark_version !== null && row.benchmark_from
        ? {
            version: Number(row.benchmark_version),
            effectiveFrom: row.benchmark_from,
            document: benchmark.document,
            documentNumber: benchmark.documentNumber ?? null,
            tiers: benchmark.tiers,
            lists: benchmark.lists,
          }
        : null,
  };
}
