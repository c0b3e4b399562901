import type { EquipmentSummaryQuery, EquipmentSummaryRow } from '@jiandu/contracts/equipment';
import type { Page } from '@jiandu/contracts/paging';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { get } from '../../../lib/api.ts';
import { equipmentKeys } from './keys.ts';

/** Filters and paging of the per-org summary. */
export type SummaryParams = EquipmentSummaryQuery & { page: number; pageSize: number };

export function fetchSummary(params: SummaryParams) {
  return get<Page<EquipmentSummaryRow>>('/api/equipment/summary', { ...params });
}

/** Per org and item: issued, returned, in use. */
export function useSummary(params: SummaryParams) {
  return useQuery({
    queryKey: [...equipmentKeys.summary, params],
    queryFn: () => fetchSummary(params),
    placeholderData: keepPreviousData,
  });
}
