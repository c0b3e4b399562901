import type { CertificateValidity } from '@jiandu/contracts/officers';
import { useQuery } from '@tanstack/react-query';
import { get } from '../../../lib/api.ts';
import { officerKeys, seg } from './keys.ts';

export type { CertificateValidity };

/** Asks whether a certificate was valid on a date (YYYY-MM-DD). */
export function fetchCertificateValidity(id: string, date: string): Promise<CertificateValidity> {
  return get<CertificateValidity>(`/api/certificates/${seg(id)}/validity`, { date });
}

/** The validity of a certificate on a date; idle until a date is chosen. */
export function useCertificateValidity(id: string, date: string | null) {
  return useQuery({
    queryKey: officerKeys.validity(id, date ?? ''),
    queryFn: () => fetchCertificateValidity(id, date!),
    enabled: Boolean(date),
  });
}
