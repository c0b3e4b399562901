import type { HotlineReportedSchema, HotlineResult } from '@jiandu/contracts/complaints';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { api, download, get } from '../../../lib/api.ts';
import { complaintKeys } from './keys.ts';

/** Which 12345 results: answered in a period, optionally only those not yet reported back. */
export interface HotlineResultsFilter {
  from?: string;
  to?: string;
  unreported: boolean;
}

const query = (f: HotlineResultsFilter) => ({
  from: f.from,
  to: f.to,
  unreported: f.unreported ? 'true' : undefined,
});

/** The results the export would hold, to show them before downloading and to mark them reported. */
export function useHotlineResults(filter: HotlineResultsFilter) {
  return useQuery({
    queryKey: complaintKeys.hotlineResults(filter),
    queryFn: async () =>
      (
        await get<{ items: HotlineResult[] }>('/api/complaints/hotline/results', {
          ...query(filter),
          format: 'json',
        })
      ).items,
    placeholderData: keepPreviousData,
  });
}

/** Downloads the results as xlsx, CSV or JSON for the 12345 platform to re-import. */
export function downloadHotlineResults(
  filter: HotlineResultsFilter,
  format: 'xlsx' | 'csv' | 'json',
): Promise<void> {
  return download('/api/complaints/hotline/results', { ...query(filter), format });
}

/** Marks the shown results reported back, each in the status it was exported in. */
export function useMarkHotlineReported() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: z.input<typeof HotlineReportedSchema>) =>
      api<{ marked: number; skipped: number }>('POST', '/api/complaints/hotline/results/reported', body),
    onSuccess: () => client.invalidateQueries({ queryKey: complaintKeys.all }),
  });
}
