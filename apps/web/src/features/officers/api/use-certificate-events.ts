import type { CertificateEvent } from '@jiandu/contracts/officers';
import { useQuery } from '@tanstack/react-query';
import { get } from '../../../lib/api.ts';
import { officerKeys, seg } from './keys.ts';

/** A certificate's status changes, oldest first. */
export function fetchCertificateEvents(id: string): Promise<CertificateEvent[]> {
  return get<CertificateEvent[]>(`/api/certificates/${seg(id)}/events`);
}

/** The history of one certificate. */
export function useCertificateEvents(id: string) {
  return useQuery({ queryKey: officerKeys.events(id), queryFn: () => fetchCertificateEvents(id) });
}
