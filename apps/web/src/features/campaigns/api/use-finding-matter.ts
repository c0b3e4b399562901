import type { FindingMatterSchema } from '@jiandu/contracts/campaigns';
import type { MatterDetail } from '@jiandu/contracts/matters';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { api } from '../../../lib/api.ts';
import { campaignKeys, seg } from './keys.ts';

/** What a matter made of a problem found takes. */
export type FindingMatter = z.input<typeof FindingMatterSchema>;

/** Turns a problem found into a supervision matter of the campaign track. */
export function openFindingMatter(findingId: string, body: FindingMatter): Promise<MatterDetail> {
  return api<MatterDetail>('POST', `/api/campaigns/findings/${seg(findingId)}/matter`, body);
}

/** The new matter; the campaign is fetched again so the problem links to it. */
export function useFindingMatter(campaignId: string, findingId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: FindingMatter) => openFindingMatter(findingId, body),
    onSuccess: () => client.invalidateQueries({ queryKey: campaignKeys.one(campaignId) }),
  });
}
