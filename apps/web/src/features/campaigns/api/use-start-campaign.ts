import type { Campaign } from '@jiandu/contracts/campaigns';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { seg } from './keys.ts';
import { showChangedCampaign } from './use-campaign.ts';

/** Starts a planned campaign's checks. */
export function startCampaign(id: string): Promise<Campaign> {
  return api<Campaign>('POST', `/api/campaigns/${seg(id)}/start`);
}

/** The campaign under way. */
export function useStartCampaign(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => startCampaign(id),
    onSuccess: (campaign) => showChangedCampaign(client, campaign),
  });
}
