import type { SecurityPolicy } from '@jiandu/contracts/identity';
import { useQuery } from '@tanstack/react-query';
import { get } from '../../../lib/api.ts';

/** The cache key of the security policy. */
export const POLICY_KEY = ['security-policy'] as const;

/** The security policy in force. */
export function fetchSecurityPolicy() {
  return get<SecurityPolicy>('/api/security-policy');
}

/** The security policy. */
export function useSecurityPolicy() {
  return useQuery({ queryKey: POLICY_KEY, queryFn: fetchSecurityPolicy });
}
