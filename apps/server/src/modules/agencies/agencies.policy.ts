import type { AgencyActions } from '@jiandu/contracts/agencies';
import type { Permission } from '@jiandu/contracts/permissions';
import { scopesFor, type UserActor } from '../../platform/authz/actor.ts';
import { scopeReaches } from '../../platform/authz/scope.ts';
import type { Database } from '../../platform/db/tables.ts';
import { scopedOrg } from '../orgs/orgs.service.ts';
import type { AgencyQualificationTable } from './agencies.table.ts';

type Org = Database['org'];

/** Org kinds that may hold a qualification: agencies, and townships given or entrusted with powers. */
export const QUALIFIABLE_KINDS: readonly Org['kind'][] = ['agency', 'township_government'];

/** Why a reviewer who is not the agency's own-level supervisor is refused. */
export const NOT_SAME_LEVEL =
  '只有与该执法主体同级的司法行政机关 (行政执法监督机构) 才能确认、退回、公告或撤销其主体资格';

/** True when the user holds the permission over the agency. */
export function reaches(actor: UserActor, permission: Permission, org: Org): boolean {
  return scopeReaches(scopesFor(actor, permission), scopedOrg(org));
}

/**
 * The supervisor "of the agency's level" (同级司法行政机关): an active supervisor org that is the
 * agency's parent in the org tree or sits in the same region.
 */
export function isSupervisorOfLevel(actorOrg: Org | undefined, agency: Org): boolean {
  if (actorOrg?.kind !== 'supervisor' || actorOrg.status !== 'active') return false;
  return agency.parent_id === actorOrg.id || agency.region_code === actorOrg.region_code;
}

/** The version being drafted or awaiting confirmation, if any (never more than one). */
export function workingVersion(versions: readonly AgencyQualificationTable[]) {
  return versions.find((v) => v.status === 'draft' || v.status === 'submitted');
}

/** The version that gives the agency its status: the one in force or revoked, or its first draft. */
export function currentVersion(versions: readonly AgencyQualificationTable[]) {
  return versions.find((v) => v.is_current === 1);
}

/** Which workflow steps a user may take on an agency now, by permission, level and state. */
export function allowedActions(
  actor: UserActor,
  actorOrg: Org | undefined,
  agency: Org,
  versions: readonly AgencyQualificationTable[],
): { actions: AgencyActions; reviewNote: string | null } {
  const working = workingVersion(versions);
  const current = currentVersion(versions);
  const active = agency.status === 'active';
  const canWrite = active && reaches(actor, 'agency.write', agency);
  const mayConfirm = reaches(actor, 'agency.confirm', agency);
  const canReview = mayConfirm && isSupervisorOfLevel(actorOrg, agency);
  const inForce = current?.status === 'confirmed' || current?.status === 'published';
  return {
    actions: {
      edit: canWrite && working?.status !== 'submitted',
      submit: canWrite && working?.status === 'draft',
      return: canReview && working?.status === 'submitted',
      confirm: canReview && working?.status === 'submitted',
      publish: canReview && current?.status === 'confirmed',
      revoke: canReview && inForce,
    },
    reviewNote: mayConfirm && !canReview ? NOT_SAME_LEVEL : null,
  };
}
