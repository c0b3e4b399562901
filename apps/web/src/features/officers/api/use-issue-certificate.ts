import type { Certificate, CertificateType } from '@jiandu/contracts/officers';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { officerKeys } from './keys.ts';

/** Issuing a certificate (`CertificateIssueSchema`). */
export interface CertificateIssue {
  officerId: string;
  number: string;
  type: CertificateType;
  issuingAuthority: string;
  issueDate: string;
  expiryDate: string;
  fields: string[];
}

/** Issues a certificate to an officer (201 with the certificate). */
export function issueCertificate(input: CertificateIssue): Promise<Certificate> {
  return api<Certificate>('POST', '/api/certificates', input);
}

/** Issues a certificate, then refreshes the officer, the lists and the staffing figures. */
export function useIssueCertificate() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: issueCertificate,
    onSuccess: () => client.invalidateQueries({ queryKey: officerKeys.all }),
  });
}
