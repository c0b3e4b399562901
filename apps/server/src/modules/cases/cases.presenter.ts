import type { DeadlineCode } from '@jiandu/contracts/case-labels';
import { shanghaiDay } from '@jiandu/contracts/case-labels';
import type { CaseDeadlineView, CaseDetail, CaseSummary, DeadlineState } from '@jiandu/contracts/cases';
import type { CaseRecord } from '@jiandu/contracts/exchange';
import { toNumber } from '../../platform/db/dialect.ts';
import { maskIdNumber, maskName } from '../../platform/masking.ts';
import type { CaseDeadlineTable } from './cases.table.ts';
import type { CaseListRow } from './cases-console.repository.ts';

/** A list row as the console shows it; the party's name is already masked in the row. */
export function presentSummary(row: CaseListRow): CaseSummary {
  const fine = row.fine_cents === null ? null : toNumber(row.fine_cents) / 100;
  return {
    id: row.id,
    externalId: row.external_id,
    version: row.version,
    origin: row.source_id ? 'exchange' : 'native',
    sourceName: row.source_name,
    agency: { id: row.org_id, name: row.agency_name, creditCode: row.agency_credit_code },
    regionCode: row.region_code,
    kind: row.kind,
    procedure: row.procedure,
    itemCode: row.item_code,
    title: row.title,
    major: row.major === 1,
    partyType: row.party_type,
    partyName: row.party_name,
    status: row.status,
    filedOn: row.filed_on,
    decidedOn: row.decided_on,
    publishedOn: row.published_on,
    closedOn: row.closed_on,
    fine,
    lateDeadlines: toNumber(row.late_deadlines),
    receivedAt: row.received_at,
  };
}

/** Periods that are the party's to use (a right), not the agency's to meet (a duty). */
const PARTY_PERIODS = new Set(['HEARING_REQUEST_UNTIL']);

function stateOf(code: string, due: string, metOn: string | null, today: string): DeadlineState {
  if (PARTY_PERIODS.has(code)) return metOn ? 'met' : due < today ? 'lapsed' : 'open';
  if (metOn) return metOn > due ? 'met_late' : 'met';
  return due < today ? 'overdue' : 'open';
}

/** Stored deadlines with where each stands today. */
export function presentDeadlines(rows: CaseDeadlineTable[], today: string): CaseDeadlineView[] {
  return rows.map((row) => {
    const derivation = JSON.parse(row.derivation) as {
      startEvent: string;
      basis: string;
      explanation: string;
    };
    return {
      code: row.code as DeadlineCode,
      due: row.due,
      metOn: row.met_on,
      state: stateOf(row.code, row.due, row.met_on, today),
      provisional: row.provisional === 1,
      basis: derivation.basis,
      startEvent: derivation.startEvent,
      explanation: derivation.explanation,
    };
  });
}

/** The record for the console: a person's name and ID number masked unless the user may read them. */
export function recordView(record: CaseRecord, revealPersonalData: boolean): CaseDetail['record'] {
  const party = record.party;
  if (!party || party.type === 'organization' || revealPersonalData) return record;
  return {
    ...record,
    party: {
      type: 'person',
      name: maskName(party.name),
      idNumber: maskIdNumber(party.idNumber),
      ...(party.birthDate ? { birthDate: `${party.birthDate.slice(0, 4)}-**-**` } : {}),
    },
  };
}

/** The events in date order, each with its Shanghai day. */
export function timelineOf(record: CaseRecord): CaseDetail['timeline'] {
  return record.events
    .map((event, index) => ({ ...event, day: shanghaiDay(event.at) ?? event.at, index }))
    .sort((a, b) => (a.day === b.day ? a.index - b.index : a.day < b.day ? -1 : 1))
    .map(({ index: _index, ...entry }) => entry);
}
