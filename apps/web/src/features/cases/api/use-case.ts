import type { CaseDetail } from '@jiandu/contracts/cases';
import { useQuery } from '@tanstack/react-query';
import { get } from '../../../lib/api.ts';
import { caseKeys, seg } from './keys.ts';

/** One case: its newest record, timeline, deadlines and received versions. */
export function fetchCase(id: string): Promise<CaseDetail> {
  return get<CaseDetail>(`/api/cases/${seg(id)}`);
}

/** The case detail. */
export function useCase(id: string | undefined) {
  return useQuery({
    queryKey: caseKeys.one(id ?? ''),
    queryFn: () => fetchCase(id!),
    enabled: Boolean(id),
  });
}
