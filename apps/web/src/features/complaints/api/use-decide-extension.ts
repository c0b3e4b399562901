import type { ComplaintExtensionDecisionSchema } from '@jiandu/contracts/complaints';
import type { z } from 'zod';
import { useComplaintStep } from './complaint-mutation.ts';

/** 审批延期: approved (the answer falls due later) or refused. */
export function useDecideExtension(id: string) {
  return useComplaintStep<z.input<typeof ComplaintExtensionDecisionSchema>>(id, 'extension/decision');
}
