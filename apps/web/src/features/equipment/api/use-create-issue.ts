import type { EquipmentIssue, EquipmentIssueCreate } from '@jiandu/contracts/equipment';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { equipmentKeys } from './keys.ts';

/** Issues items to an org or one of its officers. */
export function createIssue(input: EquipmentIssueCreate) {
  return api<EquipmentIssue>('POST', '/api/equipment', input);
}

export function useCreateIssue() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: createIssue,
    onSuccess: () => client.invalidateQueries({ queryKey: equipmentKeys.all }),
  });
}
