import type { EquipmentOfficerOption } from '@jiandu/contracts/equipment';
import { useQuery } from '@tanstack/react-query';
import { get } from '../../../lib/api.ts';
import { equipmentKeys } from './keys.ts';

export function fetchOfficerOptions(orgId: string) {
  return get<EquipmentOfficerOption[]>('/api/equipment/officer-options', { orgId });
}

/** The officers on duty in an org, to issue items to. */
export function useOfficerOptions(orgId: string | undefined) {
  return useQuery({
    queryKey: equipmentKeys.officers(orgId ?? ''),
    queryFn: () => fetchOfficerOptions(orgId!),
    enabled: !!orgId,
    staleTime: 60_000,
  });
}
