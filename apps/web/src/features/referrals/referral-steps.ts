import type { Permission } from '@jiandu/contracts/permissions';
import type { ReferralDetail } from '@jiandu/contracts/referrals';

/** The steps a button can start on a referral page. */
export type ReferralAction =
  | 'edit'
  | 'submit'
  | 'approval'
  | 'send'
  | 'receipt'
  | 'feedback'
  | 'reconsideration'
  | 'reconsideration/decision'
  | 'supervision'
  | 'supervision/result'
  | 'handover'
  | 'close';

/**
 * What the referral's status and the user's permissions allow now, as the server's checks have it:
 * the page offers only what will be accepted (the server still decides). The head's approval is
 * offered to a head who did not submit this round; `ownSubmission` says why it is not.
 */
export function referralActions(
  r: ReferralDetail,
  can: (permission: Permission) => boolean,
  userId: string | undefined,
): { actions: ReferralAction[]; ownSubmission: boolean } {
  const manage = can('referral.manage');
  const actions: ReferralAction[] = [];
  const add = (when: boolean, ...steps: ReferralAction[]) => {
    if (when) actions.push(...steps);
  };
  const ownSubmission = r.status === 'submitted' && r.submittedById === userId;
  add(manage && (r.status === 'draft' || r.status === 'refused'), 'edit', 'submit');
  add(can('referral.approve') && r.status === 'submitted' && !ownSubmission, 'approval');
  add(manage && r.status === 'approved', 'send');
  add(manage && r.status === 'sent', 'receipt');
  add(manage && r.status === 'received', 'feedback');
  add(
    manage && r.status === 'answered' && r.reviewWindowKinds.includes('reconsideration'),
    'reconsideration',
  );
  add(manage && r.status === 'answered' && r.reviewWindowKinds.includes('supervision'), 'supervision');
  add(manage && r.status === 'reconsideration', 'reconsideration/decision');
  add(manage && r.status === 'supervision', 'supervision/result');
  add(manage && r.status === 'answered' && r.stage === 'handover', 'handover');
  add(manage && ((r.status === 'answered' && r.stage !== 'handover') || r.status === 'refused'), 'close');
  return { actions, ownSubmission: ownSubmission && can('referral.approve') };
}
