import type { UserActor } from '../../platform/authz/actor.ts';
import { newId } from '../../platform/ids.ts';
import { actorLabel } from './matters.policy.ts';
import type { MatterEventTable } from './matters.table.ts';

/** A line of a matter's history, written in the same transaction as the change it records. */
export function matterEvent(
  at: string,
  matterId: string,
  kind: MatterEventTable['kind'],
  actor: UserActor | null,
  note: string | null,
  noticeId: string | null = null,
): MatterEventTable {
  return {
    id: newId(),
    matter_id: matterId,
    notice_id: noticeId,
    kind,
    at,
    actor_id: actor?.userId ?? null,
    actor_name: actor ? actorLabel(actor) : '系统',
    note,
  };
}
