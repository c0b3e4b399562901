import type { Certificate, CertificateStatus, CertificateType } from '@jiandu/contracts/officers';
import type { Page } from '@jiandu/contracts/paging';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { get } from '../../../lib/api.ts';
import { officerKeys } from './keys.ts';

/** The filters of the certificate list (also what the export takes); see `CertificateListQuerySchema`. */
export type CertificateFilters = {
  orgId?: string | undefined;
  q?: string | undefined;
  type?: CertificateType | undefined;
  status?: CertificateStatus | undefined;
  expiringWithinDays?: number | undefined;
};

/** Server-side sort keys of the certificate list. */
export type CertificateSort = 'number' | 'name' | 'issueDate' | 'expiryDate';

/** One page request of the certificate list. */
export type CertificateListQuery = CertificateFilters & {
  page: number;
  pageSize: number;
  sort?: CertificateSort | undefined;
  order?: 'asc' | 'desc' | undefined;
};

/** One page of the certificates in the user's data scope. */
export function fetchCertificates(query: CertificateListQuery): Promise<Page<Certificate>> {
  return get<Page<Certificate>>('/api/certificates', query);
}

/** The certificate list, paged on the server. */
export function useCertificates(query: CertificateListQuery) {
  return useQuery({
    queryKey: officerKeys.certificates(query),
    queryFn: () => fetchCertificates(query),
    placeholderData: keepPreviousData,
  });
}
