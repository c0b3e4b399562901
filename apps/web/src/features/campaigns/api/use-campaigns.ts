import type { CampaignListQuerySchema, CampaignSummarySchema } from '@jiandu/contracts/campaigns';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import { get } from '../../../lib/api.ts';
import { campaignKeys } from './keys.ts';

/** A row of the campaign list with its progress. */
export type CampaignSummary = z.output<typeof CampaignSummarySchema>;

/** The campaign list's filters: status, field and year. */
export type CampaignFilters = z.output<typeof CampaignListQuerySchema>;

/** The campaigns in the user's data scope. */
export function fetchCampaigns(filters: CampaignFilters): Promise<CampaignSummary[]> {
  return get<CampaignSummary[]>('/api/campaigns', { ...filters });
}

/** The campaign list; the previous one stays on screen while a new filter loads. */
export function useCampaigns(filters: CampaignFilters) {
  return useQuery({
    queryKey: campaignKeys.list(filters),
    queryFn: () => fetchCampaigns(filters),
    placeholderData: keepPreviousData,
  });
}
