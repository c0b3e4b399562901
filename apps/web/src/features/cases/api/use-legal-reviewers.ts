import type { Officer } from '@jiandu/contracts/officers';
import type { Page } from '@jiandu/contracts/paging';
import { useQuery } from '@tanstack/react-query';
import { get } from '../../../lib/api.ts';
import { caseKeys } from './keys.ts';

/** A legal reviewer as the review form offers them: name and the valid certificate that qualifies them. */
export interface ReviewerOption {
  name: string;
  number: string;
}

/** The agency's active legal reviewers (法制审核人员) holding a valid certificate. */
export function fetchLegalReviewers(orgId: string): Promise<Page<Officer>> {
  return get<Page<Officer>>('/api/officers', {
    orgId,
    legalReviewer: 'true',
    status: 'active',
    certificateStatus: 'valid',
    pageSize: 100,
  });
}

/** The reviewers a legal review may name, one entry per valid enforcement certificate. */
export function useLegalReviewers(orgId: string) {
  return useQuery({
    queryKey: caseKeys.reviewers(orgId),
    queryFn: () => fetchLegalReviewers(orgId),
    staleTime: 60_000,
    select: (page): ReviewerOption[] =>
      page.items.flatMap((o) =>
        o.certificates
          .filter((c) => c.status === 'valid' && c.type === 'enforcement')
          .map((c) => ({ name: o.name, number: c.number })),
      ),
  });
}
