import type { ComplaintReviewLevel } from '@jiandu/contracts/complaint-labels';
import type { ComplaintReviewAnswerSchema } from '@jiandu/contracts/complaints';
import type { z } from 'zod';
import { useComplaintStep } from './complaint-mutation.ts';

/** 复查答复 / 复核意见: the reviewing organ's written opinion. */
export function useAnswerReview(id: string, level: ComplaintReviewLevel) {
  return useComplaintStep<z.input<typeof ComplaintReviewAnswerSchema>>(id, `${level}/answer`);
}
