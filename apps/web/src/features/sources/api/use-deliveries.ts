import type { Page } from '@jiandu/contracts/paging';
import type { DeliveryStatus, SourceDelivery } from '@jiandu/contracts/sources';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { get } from '../../../lib/api.ts';

/** What the deliveries table asks for. */
export interface DeliveriesParams {
  status?: DeliveryStatus | undefined;
  page: number;
  pageSize: number;
}

/**
 * One page of a source's deliveries, newest first; refreshed every few seconds while shown, so a
 * test message is seen going out without reloading.
 */
export function useDeliveries(sourceId: string, params: DeliveriesParams) {
  return useQuery({
    queryKey: ['sources', 'deliveries', sourceId, params],
    queryFn: () =>
      get<Page<SourceDelivery>>(`/api/sources/${encodeURIComponent(sourceId)}/deliveries`, { ...params }),
    placeholderData: keepPreviousData,
    refetchInterval: 5_000,
  });
}
