import type {
  ReferralApprovalSchema,
  ReferralCloseSchema,
  ReferralDetail,
  ReferralFeedbackSchema,
  ReferralHandoverSchema,
  ReferralReceiptSchema,
  ReferralReviewDecisionSchema,
  ReferralReviewRequestSchema,
  ReferralSendSchema,
} from '@jiandu/contracts/referrals';
import type { z } from 'zod';
import { api } from '../../../lib/api.ts';
import { seg } from './keys.ts';
import { useReferralMutation } from './referral-mutation.ts';

/** Every step on a referral by the path under `/api/referrals/{id}/`, with the body it takes. */
export interface ReferralSteps {
  submit: Record<string, never>;
  approval: z.input<typeof ReferralApprovalSchema>;
  send: z.input<typeof ReferralSendSchema>;
  receipt: z.input<typeof ReferralReceiptSchema>;
  feedback: z.input<typeof ReferralFeedbackSchema>;
  reconsideration: z.input<typeof ReferralReviewRequestSchema>;
  'reconsideration/decision': z.input<typeof ReferralReviewDecisionSchema>;
  supervision: z.input<typeof ReferralReviewRequestSchema>;
  'supervision/result': z.input<typeof ReferralReviewDecisionSchema>;
  handover: z.input<typeof ReferralHandoverSchema>;
  close: z.input<typeof ReferralCloseSchema>;
}

/**
 * Takes one step (submit, approval, send, receipt, feedback, reconsideration and supervision and
 * their answers, handover, close); the server answers with the referral as it now stands.
 */
export function takeStep<S extends keyof ReferralSteps>(
  id: string,
  step: S,
  body: ReferralSteps[S],
): Promise<ReferralDetail> {
  return api<ReferralDetail>('POST', `/api/referrals/${seg(id)}/${step}`, body);
}

/** One step as a mutation: the page shows the answer at once, the lists refresh. */
export function useReferralStep<S extends keyof ReferralSteps>(id: string, step: S) {
  return useReferralMutation(id, (referralId, body: ReferralSteps[S]) => takeStep(referralId, step, body));
}
