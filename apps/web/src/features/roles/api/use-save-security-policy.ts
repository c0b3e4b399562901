import type { SecurityPolicy } from '@jiandu/contracts/identity';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { POLICY_KEY } from './use-security-policy.ts';

/** Replaces the security policy (the server audits the change). */
export function saveSecurityPolicy(policy: SecurityPolicy) {
  return api<SecurityPolicy>('PUT', '/api/security-policy', policy);
}

/** Saving the policy; the answer becomes the cached policy. */
export function useSaveSecurityPolicy() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: saveSecurityPolicy,
    onSuccess: (saved) => client.setQueryData(POLICY_KEY, saved),
  });
}
