import type { Officer, OfficerCreate } from '@jiandu/contracts/officers';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { officerKeys } from './keys.ts';

/** Registers an officer (201 with the officer). */
export function createOfficer(input: OfficerCreate): Promise<Officer> {
  return api<Officer>('POST', '/api/officers', input);
}

/** Registers an officer, then refreshes the lists. */
export function useCreateOfficer() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: createOfficer,
    onSuccess: () => client.invalidateQueries({ queryKey: officerKeys.all }),
  });
}
