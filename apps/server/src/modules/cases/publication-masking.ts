import { birthDateFromResidentId } from '@jiandu/contracts/codes';
import type { CaseRecord } from '@jiandu/contracts/exchange';
import type { PublicationPeriod, PublicDecision } from '@jiandu/contracts/publicity';

/** Patterns of personal data that may hide in free text: ID numbers, mobile and fixed phones, bank accounts. */
const PATTERNS: [RegExp, string][] = [
  [/(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])/g, '[身份证号已隐去]'],
  [/(?<!\d)\d{15,19}(?!\d)/g, '[账号已隐去]'],
  [/(?<!\d)1[3-9]\d{9}(?!\d)/g, '[电话已隐去]'],
  [/(?<!\d)0\d{2,3}-?\d{7,8}(?!\d)/g, '[电话已隐去]'],
];

/** A person as published: the surname and 某 (王秀英 → 王某). */
export function publishedPersonName(name: string): string {
  return `${Array.from(name)[0] ?? ''}某`;
}

/**
 * Removes what must not be published from a free-text field (§14 of the domain notes): ID numbers,
 * phone numbers and bank accounts wherever they appear, the party's address, and a person party's
 * full name (left as surname + 某). Names of third persons cannot be found by pattern; the console
 * shows this text before publishing so the agency can check it.
 */
export function maskFreeText(text: string, record: CaseRecord): string {
  let out = text;
  const party = record.party;
  if (party?.address) out = out.split(party.address).join('[住址已隐去]');
  if (party?.type === 'person' && party.name.length > 1)
    out = out.split(party.name).join(publishedPersonName(party.name));
  for (const [pattern, replacement] of PATTERNS) out = out.replace(pattern, replacement);
  return out;
}

/** The party's age in whole years on a day, from the birth date or the ID number; null when unknown. */
export function ageOn(record: CaseRecord, day: string): number | null {
  const party = record.party;
  if (party?.type !== 'person') return null;
  const birth = party.birthDate?.slice(0, 10) ?? birthDateFromResidentId(party.idNumber);
  if (!birth) return null;
  const years = Number(day.slice(0, 4)) - Number(birth.slice(0, 4));
  return day.slice(5) < birth.slice(5) ? years - 1 : years;
}

/** The first period row that matches the decision, or null when none does. */
export function periodFor(record: CaseRecord, rows: readonly PublicationPeriod[]): PublicationPeriod | null {
  const penalties = record.decision?.penalties ?? [];
  const fines = penalties.reduce((sum, p) => sum + (p.type === 'fine' ? (p.amount ?? 0) : 0), 0);
  const warningOnly = penalties.length > 0 && penalties.every((p) => p.type === 'warning');
  for (const row of [...rows].sort((a, b) => a.rank - b.rank)) {
    if (row.kind !== record.kind) continue;
    if (row.warningOnly && !warningOnly) continue;
    if (row.penaltyType && !penalties.some((p) => p.type === row.penaltyType)) continue;
    if (row.fineBelow !== null && !(fines > 0 && fines < row.fineBelow)) continue;
    return row;
  }
  return null;
}

/** Adds whole months to a day, landing on the month's last day when it is shorter (01-31 + 1 → 02-28). */
export function addMonths(day: string, months: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, last));
  return target.toISOString().slice(0, 10);
}

/** The published form of a decided case. */
export function publicContent(
  record: CaseRecord,
  meta: {
    id: string;
    agencyName: string;
    agencyCreditCode: string | null;
    decidedOn: string;
    publishedOn: string;
    expiresOn: string | null;
  },
): PublicDecision {
  const party = record.party;
  const decision = record.decision;
  return {
    id: meta.id,
    agencyName: meta.agencyName,
    agencyCreditCode: meta.agencyCreditCode,
    documentNumber: decision?.documentNumber ?? record.externalId,
    title: maskFreeText(record.title ?? '', record),
    kind: record.kind,
    partyType: party?.type ?? 'organization',
    partyName: party ? (party.type === 'person' ? publishedPersonName(party.name) : party.name) : '',
    partyCreditCode: party?.type === 'organization' ? party.creditCode : null,
    facts: decision?.facts ? maskFreeText(decision.facts, record) : null,
    legalBasis: decision?.legalBasis ?? null,
    penalties: (decision?.penalties ?? []).map((p) => ({ type: p.type, amount: p.amount ?? null })),
    circumstance: decision?.circumstance ?? null,
    decidedOn: meta.decidedOn,
    publishedOn: meta.publishedOn,
    expiresOn: meta.expiresOn,
  };
}
