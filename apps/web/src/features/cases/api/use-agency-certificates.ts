import type { Certificate } from '@jiandu/contracts/officers';
import type { Page } from '@jiandu/contracts/paging';
import { useQuery } from '@tanstack/react-query';
import { get } from '../../../lib/api.ts';
import { caseKeys } from './keys.ts';

/** The valid enforcement certificates held in an agency (and its units), by holder name. */
export function fetchAgencyCertificates(orgId: string): Promise<Page<Certificate>> {
  return get<Page<Certificate>>('/api/certificates', {
    orgId,
    status: 'valid',
    type: 'enforcement',
    pageSize: 100,
    sort: 'name',
    order: 'asc',
  });
}

/**
 * The officers who may act on the agency's cases: valid enforcement certificates of the agency
 * itself (a unit's officers do not count for the agency, as the server's two-officer rule says).
 */
export function useAgencyCertificates(orgId: string | undefined) {
  return useQuery({
    queryKey: caseKeys.certificates(orgId ?? ''),
    queryFn: () => fetchAgencyCertificates(orgId!),
    enabled: Boolean(orgId),
    staleTime: 60_000,
    select: (page) => page.items.filter((c) => c.orgId === orgId),
  });
}
