import type { ComplaintCloseSchema } from '@jiandu/contracts/complaints';
import type { z } from 'zod';
import { useComplaintStep } from './complaint-mutation.ts';

/** 办结 an answered or rated complaint. */
export function useCloseComplaint(id: string) {
  return useComplaintStep<z.input<typeof ComplaintCloseSchema>>(id, 'close');
}
