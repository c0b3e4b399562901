import type { ComplaintTransferSchema } from '@jiandu/contracts/complaints';
import type { z } from 'zod';
import { useComplaintStep } from './complaint-mutation.ts';

/** 转办 to the competent org, which then decides on acceptance. */
export function useTransferComplaint(id: string) {
  return useComplaintStep<z.input<typeof ComplaintTransferSchema>>(id, 'transfer');
}
