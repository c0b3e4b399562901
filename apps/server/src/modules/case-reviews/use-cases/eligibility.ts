import type { EnforcementField } from '@jiandu/contracts/fields';
import type { Expert } from '@jiandu/contracts/people';
import type { UserActor } from '../../../platform/authz/actor.ts';
import { todayInShanghai } from '../../../platform/calendar/dates.ts';
import type { CaseReviewPorts, OrgRow } from '../case-review-ports.ts';
import { lentActor } from '../case-reviews.policy.ts';
import { exclusionReason, type OrgRef } from '../exclusion.ts';

/** Who is being checked: their source, id, employer and the orgs they belong to. */
export interface Member {
  source: 'expert' | 'invited_supervisor' | 'staff';
  sourceId: string;
  employer: string;
  /** The staff member's own org, the linked account's org. */
  memberOrgIds: readonly string[];
}

const ref = (o: OrgRow): OrgRef => ({ id: o.id, path: o.path, name: o.name, shortName: o.short_name });

/**
 * Conflict-of-interest checks for one batch (回避), with what they read cached: per agency the
 * experts the pool lists as eligible (available, the agency's fields or 行政执法监督, no conflict with
 * it), per expert their registered conflicts, and the orgs involved.
 */
export class Eligibility {
  readonly #today = todayInShanghai();
  readonly #orgs = new Map<string, OrgRow>();
  readonly #eligible = new Map<string, Promise<Set<string>>>();
  readonly #experts = new Map<string, Promise<Expert | null>>();

  constructor(
    private readonly ports: CaseReviewPorts,
    private readonly actor: UserActor,
  ) {}

  /** Why the member may not review this agency's files, or null. */
  async reason(member: Member, agency: OrgRow): Promise<string | null> {
    await this.#load([agency.id, ...member.memberOrgIds]);
    const memberOf = member.memberOrgIds.flatMap((id) =>
      this.#orgs.has(id) ? [ref(this.#orgs.get(id)!)] : [],
    );
    if (member.source !== 'expert')
      return exclusionReason({ conflicts: [], memberOf, employer: member.employer }, ref(agency));
    const expert = await this.#expert(member.sourceId);
    if (!expert) return '该专家已不在专家库中';
    const conflicts = expert.conflicts.filter((c) => c.since <= this.#today);
    await this.#load(conflicts.map((c) => c.orgId));
    return exclusionReason(
      {
        conflicts: conflicts.flatMap((c) =>
          this.#orgs.has(c.orgId) ? [{ org: ref(this.#orgs.get(c.orgId)!), reason: c.reason }] : [],
        ),
        memberOf,
        employer: expert.employer,
        expertEligible: (await this.#eligibleFor(agency)).has(expert.id),
      },
      ref(agency),
    );
  }

  #expert(id: string): Promise<Expert | null> {
    let found = this.#experts.get(id);
    if (!found) {
      const reader = lentActor(this.actor, [['pool.read', [{ kind: 'all' }]]]);
      found = this.ports.expertPool.get(reader, id).catch(() => null);
      this.#experts.set(id, found);
    }
    return found;
  }

  /** The experts the pool lists for the agency: in any of its qualified fields or in 行政执法监督. */
  #eligibleFor(agency: OrgRow): Promise<Set<string>> {
    let found = this.#eligible.get(agency.id);
    if (!found) {
      found = (async () => {
        const qualification = await this.ports.agencies
          .qualificationOn(agency.id, this.#today)
          .catch(() => ({ fields: [] as string[] }));
        const fields = new Set<EnforcementField>([
          ...(qualification.fields as EnforcementField[]),
          'supervision',
        ]);
        const ids = new Set<string>();
        for (const field of fields)
          for (const e of await this.ports.expertPool.eligibleExperts(field, agency.id, this.#today))
            ids.add(e.id);
        return ids;
      })();
      this.#eligible.set(agency.id, found);
    }
    return found;
  }

  async #load(ids: readonly string[]): Promise<void> {
    const missing = [...new Set(ids)].filter((id) => !this.#orgs.has(id));
    if (!missing.length) return;
    for (const org of await this.ports.orgs.findByIds(missing)) this.#orgs.set(org.id, org);
  }
}
