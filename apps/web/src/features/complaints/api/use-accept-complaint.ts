import type { ComplaintAcceptSchema } from '@jiandu/contracts/complaints';
import type { z } from 'zod';
import { useComplaintStep } from './complaint-mutation.ts';

/** 受理 (with an optional note); the answer period starts today. */
export function useAcceptComplaint(id: string) {
  return useComplaintStep<z.input<typeof ComplaintAcceptSchema>>(id, 'accept');
}
