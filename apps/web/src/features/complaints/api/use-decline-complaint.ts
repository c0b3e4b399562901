import type { ComplaintDeclineSchema } from '@jiandu/contracts/complaints';
import type { z } from 'zod';
import { useComplaintStep } from './complaint-mutation.ts';

/** 不予受理, with the written reasons the complainant is told. */
export function useDeclineComplaint(id: string) {
  return useComplaintStep<z.input<typeof ComplaintDeclineSchema>>(id, 'decline');
}
