import type { Certificate } from '@jiandu/contracts/officers';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { officerKeys, seg } from './keys.ts';

/** A status change (`CertificateStatusChangeSchema`): suspend, revoke, cancel or reinstate. */
export interface CertificateStatusChange {
  status: 'valid' | 'suspended' | 'revoked' | 'cancelled';
  effectiveDate: string;
  reason: string;
}

/** Changes a certificate's status from a date, with the reason. */
export function changeCertificateStatus(id: string, input: CertificateStatusChange): Promise<Certificate> {
  return api<Certificate>('POST', `/api/certificates/${seg(id)}/status`, input);
}

/** Changes a certificate's status, then refreshes its history, the officer and the lists. */
export function useChangeCertificateStatus() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id: string; input: CertificateStatusChange }) =>
      changeCertificateStatus(id, input),
    onSuccess: () => client.invalidateQueries({ queryKey: officerKeys.all }),
  });
}
