import type { EquipmentIssue } from '@jiandu/contracts/equipment';
import { useQuery } from '@tanstack/react-query';
import { get } from '../../../lib/api.ts';
import { equipmentKeys } from './keys.ts';

export function fetchIssue(id: string) {
  return get<EquipmentIssue>(`/api/equipment/${id}`);
}

/** One issue with its returns. */
export function useIssue(id: string | undefined) {
  return useQuery({ queryKey: equipmentKeys.issue(id ?? ''), queryFn: () => fetchIssue(id!), enabled: !!id });
}
