import { useMutation } from '@tanstack/react-query';
import { download } from '../../../lib/api.ts';
import type { ReferralFilters } from './use-referrals.ts';

/** Downloads the referrals matching the filters as xlsx (the server refuses more than 20,000 and says why). */
export function exportReferrals(filters: ReferralFilters): Promise<void> {
  return download('/api/referrals/export', filters);
}

/** The export as a mutation, so the button can show that it is working. */
export function useExportReferrals() {
  return useMutation({ mutationFn: exportReferrals });
}
