import type { WarningRule } from '@jiandu/contracts/warnings';
import { useQuery } from '@tanstack/react-query';
import { warningKeys } from '../../../components/warnings/keys.ts';
import { get } from '../../../lib/api.ts';

/** Every rule with its parameters, the values in force today and those still to come. */
export function fetchWarningRules(): Promise<WarningRule[]> {
  return get<WarningRule[]>('/api/warning-rules');
}

/** The rules page's rules. */
export function useWarningRules() {
  return useQuery({ queryKey: warningKeys.rules, queryFn: fetchWarningRules });
}
