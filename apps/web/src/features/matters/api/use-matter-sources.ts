import type { CaseDetail } from '@jiandu/contracts/cases';
import type { WarningDetail } from '@jiandu/contracts/warnings';
import { useQueries } from '@tanstack/react-query';
import { seg, warningKeys } from '../../../components/warnings/keys.ts';
import { get } from '../../../lib/api.ts';

/** What the opening form shows of a warning or case it names: enough to see it is the right one. */
export interface MatterSource {
  id: string;
  kind: 'warning' | 'case';
  /** The case number, or the warning's rule name. */
  label: string;
  text: string;
  agency: { id: string; name: string } | null;
  caseId: string | null;
  /** The case number, for a warning about one case. */
  caseNumber: string | null;
  error: unknown;
}

function ofWarning(id: string, d: WarningDetail | undefined, error: unknown): MatterSource {
  return {
    id,
    kind: 'warning',
    label: d ? d.summary.ruleName : id,
    text: d ? d.summary.message : '',
    agency: d ? d.summary.agency : null,
    caseId: d?.summary.case?.id ?? null,
    caseNumber: d?.summary.case?.externalId ?? null,
    error,
  };
}

function ofCase(id: string, d: CaseDetail | undefined, error: unknown): MatterSource {
  return {
    id,
    kind: 'case',
    label: d ? d.summary.externalId : id,
    text: d?.summary.title ?? '',
    agency: d ? { id: d.summary.agency.id, name: d.summary.agency.name } : null,
    caseId: id,
    caseNumber: d?.summary.externalId ?? null,
    error,
  };
}

/** The warnings and cases a new matter is opened from, each read from the server. */
export function useMatterSources(warningIds: string[], caseIds: string[]) {
  const warnings = useQueries({
    queries: warningIds.map((id) => ({
      queryKey: warningKeys.one(id),
      queryFn: () => get<WarningDetail>(`/api/warnings/${seg(id)}`),
    })),
  });
  const cases = useQueries({
    queries: caseIds.map((id) => ({
      queryKey: ['cases', 'one', id],
      queryFn: () => get<CaseDetail>(`/api/cases/${seg(id)}`),
    })),
  });
  return {
    loading: [...warnings, ...cases].some((q) => q.isLoading),
    sources: [
      ...warnings.map((q, i) => ofWarning(warningIds[i]!, q.data, q.error)),
      ...cases.map((q, i) => ofCase(caseIds[i]!, q.data, q.error)),
    ],
  };
}
