import type { ComplaintReviewLevel } from '@jiandu/contracts/complaint-labels';
import type { ComplaintReviewRequestSchema } from '@jiandu/contracts/complaints';
import type { z } from 'zod';
import { useComplaintStep } from './complaint-mutation.ts';

/** 复查申请 / 复核申请: a petitioner's request entered by a handler, within its window. */
export function useRequestReview(id: string, level: ComplaintReviewLevel) {
  return useComplaintStep<z.input<typeof ComplaintReviewRequestSchema>>(id, level);
}
