import type { MatterDetail } from '@jiandu/contracts/matters';
import { useQuery } from '@tanstack/react-query';
import { matterKeys, seg } from '../../../components/notices/keys.ts';
import { get } from '../../../lib/api.ts';

/** One matter with its cases, warnings, supervisors, records, notices and history. */
export function fetchMatter(id: string): Promise<MatterDetail> {
  return get<MatterDetail>(`/api/matters/${seg(id)}`);
}

/** The matter page's data. */
export function useMatter(id: string) {
  return useQuery({ queryKey: matterKeys.one(id), queryFn: () => fetchMatter(id) });
}
