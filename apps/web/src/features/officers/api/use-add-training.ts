import type { TrainingRecordCreateSchema } from '@jiandu/contracts/officers';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { api } from '../../../lib/api.ts';
import { officerKeys, seg } from './keys.ts';
import type { TrainingRecord } from './use-trainings.ts';

/** A training record to add. */
export type TrainingInput = z.input<typeof TrainingRecordCreateSchema>;

/** Adds a training record to an officer. */
export function addTraining(officerId: string, input: TrainingInput): Promise<TrainingRecord> {
  return api<TrainingRecord>('POST', `/api/officers/${seg(officerId)}/trainings`, input);
}

/** Adds a training record, then refreshes the officer (yearly hours) and the staffing figures. */
export function useAddTraining() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ officerId, input }: { officerId: string; input: TrainingInput }) =>
      addTraining(officerId, input),
    onSuccess: () => client.invalidateQueries({ queryKey: officerKeys.all }),
  });
}
