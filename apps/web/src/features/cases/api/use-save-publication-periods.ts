import type { PublicationPeriod } from '@jiandu/contracts/publicity';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { caseKeys } from './keys.ts';

/** Replaces the whole period table (the server audits the change with the table before and after). */
export function savePublicationPeriods(rows: PublicationPeriod[]): Promise<PublicationPeriod[]> {
  return api<PublicationPeriod[]>('PUT', '/api/publication-periods', rows);
}

/** Saves the table and shows it as stored. */
export function useSavePublicationPeriods() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: savePublicationPeriods,
    onSuccess: (rows) => client.setQueryData(caseKeys.periods, rows),
  });
}
