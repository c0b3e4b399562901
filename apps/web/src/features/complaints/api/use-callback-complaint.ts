import type { ComplaintCallbackReopenSchema, ComplaintCallbackSchema } from '@jiandu/contracts/complaints';
import type { z } from 'zod';
import { useComplaintStep } from './complaint-mutation.ts';

/** 回访: records the complainant's rating, or that they could not be reached. */
export function useCallbackComplaint(id: string) {
  return useComplaintStep<z.input<typeof ComplaintCallbackSchema>>(id, 'callback');
}

/** The complainant, unsatisfied at the 回访, asks for the complaint to be handled again. */
export function useCallbackReopen(id: string) {
  return useComplaintStep<z.input<typeof ComplaintCallbackReopenSchema>>(id, 'callback/reopen');
}
