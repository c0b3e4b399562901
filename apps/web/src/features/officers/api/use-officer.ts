import type { Officer } from '@jiandu/contracts/officers';
import { useQuery } from '@tanstack/react-query';
import { get } from '../../../lib/api.ts';
import { officerKeys, seg } from './keys.ts';

/** One officer (404 when outside the user's data scope). */
export function fetchOfficer(id: string): Promise<Officer> {
  return get<Officer>(`/api/officers/${seg(id)}`);
}

/** One officer with their certificates, for the detail page. */
export function useOfficer(id: string) {
  return useQuery({ queryKey: officerKeys.one(id), queryFn: () => fetchOfficer(id) });
}
