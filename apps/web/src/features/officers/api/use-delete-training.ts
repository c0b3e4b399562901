import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { officerKeys, seg } from './keys.ts';

/** Removes a wrongly entered training record. */
export function deleteTraining(officerId: string, recordId: string): Promise<void> {
  return api<void>('DELETE', `/api/officers/${seg(officerId)}/trainings/${seg(recordId)}`);
}

/** Removes a training record, then refreshes the officer and the staffing figures. */
export function useDeleteTraining() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ officerId, recordId }: { officerId: string; recordId: string }) =>
      deleteTraining(officerId, recordId),
    onSuccess: () => client.invalidateQueries({ queryKey: officerKeys.all }),
  });
}
