import type { ComplaintDetail } from '@jiandu/contracts/complaints';
import { useQuery } from '@tanstack/react-query';
import { get } from '../../../lib/api.ts';
import { complaintKeys, seg } from './keys.ts';

/** One complaint with its deadlines, history, related complaints and (when allowed) who complained. */
export function fetchComplaint(id: string): Promise<ComplaintDetail> {
  return get<ComplaintDetail>(`/api/complaints/${seg(id)}`);
}

/** The complaint page's data. */
export function useComplaint(id: string) {
  return useQuery({ queryKey: complaintKeys.one(id), queryFn: () => fetchComplaint(id) });
}
