import type { EquipmentIssue, EquipmentReturnCreate } from '@jiandu/contracts/equipment';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { equipmentKeys } from './keys.ts';

/** Takes back all or part of an issue. */
export function returnIssue(id: string, input: EquipmentReturnCreate) {
  return api<EquipmentIssue>('POST', `/api/equipment/${id}/returns`, input);
}

export function useReturnIssue() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id: string; input: EquipmentReturnCreate }) => returnIssue(id, input),
    onSuccess: () => client.invalidateQueries({ queryKey: equipmentKeys.all }),
  });
}
