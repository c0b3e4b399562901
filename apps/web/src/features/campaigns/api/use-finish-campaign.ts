import type { Campaign } from '@jiandu/contracts/campaigns';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { seg } from './keys.ts';
import { showChangedCampaign } from './use-campaign.ts';

/** Ends a campaign with its conclusion; refused while a target agency is unchecked. */
export function finishCampaign(id: string, conclusion: string): Promise<Campaign> {
  return api<Campaign>('POST', `/api/campaigns/${seg(id)}/finish`, { conclusion });
}

/** The finished campaign. */
export function useFinishCampaign(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (conclusion: string) => finishCampaign(id, conclusion),
    onSuccess: (campaign) => showChangedCampaign(client, campaign),
  });
}
