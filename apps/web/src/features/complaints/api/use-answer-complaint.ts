import type { ComplaintAnswerSchema } from '@jiandu/contracts/complaints';
import type { z } from 'zod';
import { useComplaintStep } from './complaint-mutation.ts';

/** 答复: the answer the complainant reads on the tracking page. */
export function useAnswerComplaint(id: string) {
  return useComplaintStep<z.input<typeof ComplaintAnswerSchema>>(id, 'answer');
}
