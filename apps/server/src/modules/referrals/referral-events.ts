import type { UserActor } from '../../platform/authz/actor.ts';
import { newId } from '../../platform/ids.ts';
import { actorLabel } from './referrals.policy.ts';
import type { ReferralEventTable } from './referrals.table.ts';

/** A line of a referral's history, written in the same transaction as the change it records. */
export function referralEvent(
  at: string,
  referralId: string,
  kind: ReferralEventTable['kind'],
  actor: UserActor | null,
  note: string | null,
): ReferralEventTable {
  return {
    id: newId(),
    referral_id: referralId,
    kind,
    at,
    actor_id: actor?.userId ?? null,
    actor_name: actor ? actorLabel(actor) : '系统',
    note,
  };
}
