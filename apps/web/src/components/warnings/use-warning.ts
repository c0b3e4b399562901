import type { WarningDetail } from '@jiandu/contracts/warnings';
import { useQuery } from '@tanstack/react-query';
import { get } from '../../lib/api.ts';
import { seg, warningKeys } from './keys.ts';

/** One warning: why it was raised (facts, parameters, basis), how it was handled, and its history. */
export function fetchWarning(id: string): Promise<WarningDetail> {
  return get<WarningDetail>(`/api/warnings/${seg(id)}`);
}

/** The warning the drawer shows. */
export function useWarning(id: string) {
  return useQuery({ queryKey: warningKeys.one(id), queryFn: () => fetchWarning(id) });
}
