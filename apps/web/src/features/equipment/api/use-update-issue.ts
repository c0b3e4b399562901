import type { EquipmentIssue, EquipmentIssueUpdate } from '@jiandu/contracts/equipment';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { equipmentKeys } from './keys.ts';

/** Corrects an issue. */
export function updateIssue(id: string, changes: EquipmentIssueUpdate) {
  return api<EquipmentIssue>('PATCH', `/api/equipment/${id}`, changes);
}

export function useUpdateIssue() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, changes }: { id: string; changes: EquipmentIssueUpdate }) => updateIssue(id, changes),
    onSuccess: () => client.invalidateQueries({ queryKey: equipmentKeys.all }),
  });
}
