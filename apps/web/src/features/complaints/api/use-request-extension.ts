import type { ComplaintExtensionRequestSchema } from '@jiandu/contracts/complaints';
import type { z } from 'zod';
import { useComplaintStep } from './complaint-mutation.ts';

/** 申请延期: more days to answer, once, with the reason. */
export function useRequestExtension(id: string) {
  return useComplaintStep<z.input<typeof ComplaintExtensionRequestSchema>>(id, 'extension');
}
