import type { MatterDesk } from '@jiandu/contracts/matters';
import { useQuery } from '@tanstack/react-query';
import { matterKeys } from '../../../components/notices/keys.ts';
import { get } from '../../../lib/api.ts';

/** The supervisor's desk: counts and the matters and objections that need doing now. */
export function fetchMatterDesk(): Promise<MatterDesk> {
  return get<MatterDesk>('/api/matters/desk');
}

/** The desk, refreshed by any action on a matter or notice. */
export function useMatterDesk() {
  return useQuery({ queryKey: matterKeys.desk, queryFn: fetchMatterDesk });
}
