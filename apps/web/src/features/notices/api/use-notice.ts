import type { Notice } from '@jiandu/contracts/matters';
import { useQuery } from '@tanstack/react-query';
import { matterKeys, seg } from '../../../components/notices/keys.ts';
import { get } from '../../../lib/api.ts';

/** One notice with the agency's answers and objections. */
export function fetchNotice(id: string): Promise<Notice> {
  return get<Notice>(`/api/notices/${seg(id)}`);
}

/** The notice page's data. */
export function useNotice(id: string) {
  return useQuery({ queryKey: matterKeys.notice(id), queryFn: () => fetchNotice(id) });
}
