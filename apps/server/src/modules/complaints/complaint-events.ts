import type { UserActor } from '../../platform/authz/actor.ts';
import { newId } from '../../platform/ids.ts';
import type { ComplaintEventTable } from './complaints.table.ts';

/** How a person is named in a complaint's history: name and unit. */
export function actorLabel(actor: UserActor): string {
  return `${actor.displayName}(${actor.orgName})`;
}

/** A line of a complaint's history, written in the same transaction as the change it records. */
export function complaintEvent(
  at: string,
  complaintId: string,
  kind: ComplaintEventTable['kind'],
  actor: UserActor | string | null,
  note: string | null,
): ComplaintEventTable {
  return {
    id: newId(),
    complaint_id: complaintId,
    kind,
    at,
    actor_id: actor && typeof actor !== 'string' ? actor.userId : null,
    actor_name: actor === null ? '系统' : typeof actor === 'string' ? actor : actorLabel(actor),
    note,
  };
}
