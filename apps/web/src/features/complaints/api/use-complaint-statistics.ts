import type { ComplaintStatistics, ComplaintStatisticsQuery } from '@jiandu/contracts/complaints';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { get } from '../../../lib/api.ts';
import { complaintKeys } from './keys.ts';

/** Complaint figures for a registration period and a handling org (with those below it). */
export function fetchComplaintStatistics(query: ComplaintStatisticsQuery): Promise<ComplaintStatistics> {
  return get<ComplaintStatistics>('/api/complaints/statistics', query);
}

/** The statistics page's figures; the previous ones stay on screen while new filters load. */
export function useComplaintStatistics(query: ComplaintStatisticsQuery) {
  return useQuery({
    queryKey: complaintKeys.statistics(query),
    queryFn: () => fetchComplaintStatistics(query),
    placeholderData: keepPreviousData,
  });
}
