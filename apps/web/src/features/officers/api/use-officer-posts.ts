import type { OfficerPost } from '@jiandu/contracts/officers';
import { useQuery } from '@tanstack/react-query';
import { get } from '../../../lib/api.ts';
import { officerKeys, seg } from './keys.ts';

export type { OfficerPost };

/** The posts an officer held, newest first. */
export function fetchOfficerPosts(id: string): Promise<OfficerPost[]> {
  return get<OfficerPost[]>(`/api/officers/${seg(id)}/posts`);
}

/** The post history of an officer. */
export function useOfficerPosts(id: string) {
  return useQuery({ queryKey: officerKeys.posts(id), queryFn: () => fetchOfficerPosts(id) });
}
