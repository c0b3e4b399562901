import type { Campaign, CampaignCheckSchema } from '@jiandu/contracts/campaigns';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { api } from '../../../lib/api.ts';
import { seg } from './keys.ts';
import { showChangedCampaign } from './use-campaign.ts';

/** One agency's results against the checklist. */
export type CampaignCheck = z.input<typeof CampaignCheckSchema>;

/** Records (or corrects) one agency's results; a problem needs a note saying what was found. */
export function recordCheck(id: string, body: CampaignCheck): Promise<Campaign> {
  return api<Campaign>('POST', `/api/campaigns/${seg(id)}/checks`, body);
}

/** The campaign with the agency's results. */
export function useRecordCheck(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: CampaignCheck) => recordCheck(id, body),
    onSuccess: (campaign) => showChangedCampaign(client, campaign),
  });
}
