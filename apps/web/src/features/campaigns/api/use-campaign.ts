import type { Campaign } from '@jiandu/contracts/campaigns';
import { type QueryClient, useQuery } from '@tanstack/react-query';
import { get } from '../../../lib/api.ts';
import { campaignKeys, seg } from './keys.ts';

/** One campaign with its checklist, targets and findings. */
export function fetchCampaign(id: string): Promise<Campaign> {
  return get<Campaign>(`/api/campaigns/${seg(id)}`);
}

/** One campaign with its checklist, targets and findings. */
export function useCampaign(id: string) {
  return useQuery({ queryKey: campaignKeys.one(id), queryFn: () => fetchCampaign(id) });
}

/** Every change answers with the whole campaign: it replaces the cached one, and the list is fetched again. */
export function showChangedCampaign(client: QueryClient, campaign: Campaign) {
  client.setQueryData(campaignKeys.one(campaign.id), campaign);
  return client.invalidateQueries({ queryKey: ['campaigns', 'list'] });
}
