import type { Campaign, CampaignCreateSchema } from '@jiandu/contracts/campaigns';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { api } from '../../../lib/api.ts';
import { showChangedCampaign } from './use-campaign.ts';

/** What a new campaign takes. */
export type CampaignCreate = z.input<typeof CampaignCreateSchema>;

/** Sets up a campaign: bureau, plan task, field, region, period, checklist and target agencies. */
export function createCampaign(body: CampaignCreate): Promise<Campaign> {
  return api<Campaign>('POST', '/api/campaigns', body);
}

/** The new campaign; a plan whose task started it shows one more campaign afterwards. */
export function useCreateCampaign() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: createCampaign,
    onSuccess: (campaign) =>
      Promise.all([
        showChangedCampaign(client, campaign),
        // The supervision plans' own cache, by its key: its tasks count the campaigns they started.
        client.invalidateQueries({ queryKey: ['supervision-plans'] }),
      ]),
  });
}
