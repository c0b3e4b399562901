import type { TrainingRecord } from '@jiandu/contracts/officers';
import { useQuery } from '@tanstack/react-query';
import { get } from '../../../lib/api.ts';
import { officerKeys, seg } from './keys.ts';

export type { TrainingRecord };

/** An officer's training records. */
export function fetchTrainings(officerId: string): Promise<TrainingRecord[]> {
  return get<TrainingRecord[]>(`/api/officers/${seg(officerId)}/trainings`);
}

/** The training records of an officer. */
export function useTrainings(officerId: string) {
  return useQuery({ queryKey: officerKeys.trainings(officerId), queryFn: () => fetchTrainings(officerId) });
}
