import type { Certificate } from '@jiandu/contracts/officers';
import { useQuery } from '@tanstack/react-query';
import { get } from '../../../lib/api.ts';
import { officerKeys, seg } from './keys.ts';

/** One certificate with its issuer, dates and fields. */
export function fetchCertificate(id: string): Promise<Certificate> {
  return get<Certificate>(`/api/certificates/${seg(id)}`);
}

/** One certificate's full details. */
export function useCertificate(id: string) {
  return useQuery({ queryKey: [...officerKeys.all, 'certificate', id], queryFn: () => fetchCertificate(id) });
}
