import type { ReviewerSource } from '@jiandu/contracts/case-review-labels';
import type { ReviewAccount } from '@jiandu/contracts/case-review-scoring';
import { ENFORCEMENT_FIELDS } from '@jiandu/contracts/fields';
import type { User } from '@jiandu/contracts/identity';
import { SUPERVISOR_CATEGORY_LABELS } from '@jiandu/contracts/people';
import type { UserActor } from '../../../platform/authz/actor.ts';
import type { ResolvedScope } from '../../../platform/authz/scope.ts';
import { todayInShanghai } from '../../../platform/calendar/dates.ts';
import { AppError } from '../../../platform/errors.ts';
import type { CaseReviewPorts, OrgRow } from '../case-review-ports.ts';
import { lentActor } from '../case-reviews.policy.ts';

/** Someone who could review: an expert, an invited supervisor, or a staff member of the organizer. */
export interface Person {
  source: ReviewerSource;
  sourceId: string;
  name: string;
  employer: string;
  orgId: string;
  orgName: string;
  detail: string;
  /** In clear, only to find the person's account by its blind index; never leaves the server. */
  idNumber: string | null;
}

/** A scoring account with the org it sits in. */
export type Account = ReviewAccount & { orgId: string };

const ALL: ResolvedScope[] = [{ kind: 'all' }];

/**
 * Where a batch finds its reviewers: the expert pools and invited supervisors of the organizer, the
 * departments above it and those below it, and the organizer's own staff; and the accounts (holding
 * 案卷评分) they score through, in the same part of the tree. Reads go through the people and
 * identity services with a reading lent for this purpose.
 */
export class ReviewerDirectory {
  readonly #scopes: ResolvedScope[];
  #scoring: Promise<{ scoring: Set<string>; reviewerOnly: Set<string> }> | null = null;

  constructor(
    private readonly ports: CaseReviewPorts,
    private readonly actor: UserActor,
    private readonly organizer: OrgRow,
  ) {
    const above = organizer.path.split('/').filter((id) => id && id !== organizer.id);
    this.#scopes = [
      { kind: 'org_subtree', orgPath: organizer.path },
      ...above.map((orgId) => ({ kind: 'own_org' as const, orgId })),
    ];
  }

  #reader(permission: 'pool.read' | 'user.read', scopes = this.#scopes) {
    return lentActor(this.actor, [
      [permission, scopes],
      ['pii.read', ALL],
    ]);
  }

  /** Every candidate: experts, active invited supervisors in their term, staff able to score. */
  async people(): Promise<Person[]> {
    const today = todayInShanghai();
    const [experts, supervisors, accounts] = await Promise.all([
      this.ports.expertPool.listAll(this.#reader('pool.read'), {}),
      this.ports.invitedSupervisors.listAll(this.#reader('pool.read'), { status: 'active' }),
      this.#users({ orgId: this.organizer.id }, [{ kind: 'own_org', orgId: this.organizer.id }]),
    ]);
    const staff: User[] = [];
    for (const user of accounts) if (await this.#isStaff(user)) staff.push(user);
    return [
      ...experts.map((e) => ({
        source: 'expert' as const,
        sourceId: e.id,
        name: e.name,
        employer: e.employer,
        orgId: e.orgId,
        orgName: e.orgName,
        detail: [e.title, e.fields.map((f) => ENFORCEMENT_FIELDS[f]).join('、')].filter(Boolean).join(' · '),
        idNumber: e.idNumber,
      })),
      ...supervisors
        .filter((s) => s.termStart <= today && s.termEnd >= today)
        .map((s) => ({
          source: 'invited_supervisor' as const,
          sourceId: s.id,
          name: s.name,
          employer: s.employer,
          orgId: s.orgId,
          orgName: s.orgName,
          detail: [SUPERVISOR_CATEGORY_LABELS[s.category], s.title].filter(Boolean).join(' · '),
          idNumber: s.idNumber,
        })),
      ...staff.map((u) => ({
        source: 'staff' as const,
        sourceId: u.id,
        name: u.displayName,
        employer: u.orgName,
        orgId: u.orgId,
        orgName: u.orgName,
        detail: u.roles.map((r) => r.roleName).join('、'),
        idNumber: null,
      })),
    ];
  }

  /** One candidate by source and id, or null when not within the batch's reach. */
  async person(source: ReviewerSource, sourceId: string): Promise<Person | null> {
    return (await this.people()).find((p) => p.source === source && p.sourceId === sourceId) ?? null;
  }

  /** The scoring account whose ID number matches the person's (by blind index), if exactly found. */
  async accountOf(person: Person): Promise<Account | null> {
    if (person.source === 'staff') return this.account(person.sourceId);
    if (!person.idNumber) return null;
    const found = await this.#users({ idNumber: person.idNumber }, ALL);
    return found.map(toAccount)[0] ?? null;
  }

  /** A scoring account by id within the batch's part of the tree, or null. */
  async account(userId: string): Promise<Account | null> {
    try {
      const user = await this.ports.users.get(this.#reader('user.read'), userId);
      return user.status === 'active' && (await this.#scores(user)) ? toAccount(user) : null;
    } catch (error) {
      if (error instanceof AppError && error.code === 'NOT_FOUND') return null;
      throw error;
    }
  }

  /** Scoring accounts within the batch's part of the tree, optionally matching a name. */
  async accounts(q?: string): Promise<Account[]> {
    return (await this.#users(q ? { q } : {}, this.#scopes)).map(toAccount);
  }

  async #roles(): Promise<{ scoring: Set<string>; reviewerOnly: Set<string> }> {
    this.#scoring ??= this.ports.roles.list().then((roles) => ({
      scoring: new Set(roles.filter((r) => r.permissions.includes('review.score')).map((r) => r.id)),
      reviewerOnly: new Set(
        roles.filter((r) => r.permissions.every((p) => p === 'review.score')).map((r) => r.id),
      ),
    }));
    return this.#scoring;
  }

  async #scores(user: User): Promise<boolean> {
    const { scoring } = await this.#roles();
    return user.roles.some((r) => scoring.has(r.roleId));
  }

  /** Staff: more than a reviewer-only account (those belong to the expert or supervisor they link). */
  async #isStaff(user: User): Promise<boolean> {
    const { reviewerOnly } = await this.#roles();
    return user.roles.some((r) => !reviewerOnly.has(r.roleId));
  }

  /** Active accounts holding 案卷评分, read page by page (at most 2,000). */
  async #users(
    filter: { q?: string; orgId?: string; idNumber?: string },
    scopes: ResolvedScope[],
  ): Promise<User[]> {
    const reader = this.#reader('user.read', scopes);
    const found: User[] = [];
    for (let page = 1; page <= 20; page++) {
      const result = await this.ports.users.list(
        reader,
        { ...filter, status: 'active' },
        { page, pageSize: 100, order: 'asc' },
      );
      for (const user of result.items) if (await this.#scores(user)) found.push(user);
      if (page * 100 >= result.total) break;
    }
    return found.sort((a, b) => (a.username < b.username ? -1 : 1));
  }
}

function toAccount(user: User): Account {
  return {
    userId: user.id,
    username: user.username,
    displayName: user.displayName,
    orgName: user.orgName,
    orgId: user.orgId,
  };
}
