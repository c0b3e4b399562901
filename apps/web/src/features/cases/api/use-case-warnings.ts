import type { Page } from '@jiandu/contracts/paging';
import type { WarningSummary } from '@jiandu/contracts/warnings';
import { useQuery } from '@tanstack/react-query';
import { warningKeys } from '../../../components/warnings/keys.ts';
import { get } from '../../../lib/api.ts';

/** A case has few warnings; one page of the most the list serves holds them all. */
const ALL = 100;

/** The warnings raised on one case, every status, newest first. */
export function fetchCaseWarnings(caseId: string): Promise<Page<WarningSummary>> {
  return get<Page<WarningSummary>>('/api/warnings', { caseId, pageSize: ALL });
}

/** The case page's warning tab; off for users who may not read warnings. */
export function useCaseWarnings(caseId: string, enabled: boolean) {
  return useQuery({
    queryKey: warningKeys.ofCase(caseId),
    queryFn: () => fetchCaseWarnings(caseId),
    enabled: enabled && Boolean(caseId),
  });
}
