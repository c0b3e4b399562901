import type { PublicDecision } from '@jiandu/contracts/publicity';
import { useQuery } from '@tanstack/react-query';
import { get } from '../../../lib/api.ts';
import { caseKeys, seg } from './keys.ts';

/** What the portal would show of the case's decision, personal data removed. */
export function fetchPublicationPreview(id: string): Promise<PublicDecision> {
  return get<PublicDecision>(`/api/cases/${seg(id)}/publication/preview`);
}

/** The preview, asked for while the preview dialog is open; a refusal is not retried. */
export function usePublicationPreview(id: string) {
  return useQuery({
    queryKey: caseKeys.preview(id),
    queryFn: () => fetchPublicationPreview(id),
    retry: false,
    gcTime: 0,
  });
}
