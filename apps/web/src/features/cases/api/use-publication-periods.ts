import type { PublicationPeriod } from '@jiandu/contracts/publicity';
import { useQuery } from '@tanstack/react-query';
import { get } from '../../../lib/api.ts';
import { caseKeys } from './keys.ts';

/** The publication period table, in rank order. */
export function fetchPublicationPeriods(): Promise<PublicationPeriod[]> {
  return get<PublicationPeriod[]>('/api/publication-periods');
}

/** The period table for the settings page. */
export function usePublicationPeriods() {
  return useQuery({ queryKey: caseKeys.periods, queryFn: fetchPublicationPeriods });
}
