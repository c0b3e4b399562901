import type { Page } from '@jiandu/contracts/paging';
import type {
  Publication,
  PublicationPeriod,
  PublicDecision,
  PublicDecisionQuery,
} from '@jiandu/contracts/publicity';
import { recordAudit } from '../../platform/audit/audit.ts';
import { auditActor, type UserActor } from '../../platform/authz/actor.ts';
import { todayInShanghai } from '../../platform/calendar/dates.ts';
import type { Db } from '../../platform/db/tables.ts';
import { AppError } from '../../platform/errors.ts';
import * as publications from './publications.repository.ts';
import type { HandlingDeps } from './use-cases/handle-case.ts';
import { previewPublication, publishCase, withdrawPublication } from './use-cases/publish-case.ts';

/**
 * Publicity of decisions (行政执法公示): publishing a decided case on the portal with personal data
 * removed, withdrawing it, the period table, and what the portal reads.
 */
export class PublicityService {
  #afterChange: () => Promise<unknown> = async () => {};

  constructor(
    private readonly db: Db,
    private readonly handling: () => HandlingDeps,
  ) {}

  /** What to do after a publication changed a case (the job wiring queues the derivation). */
  onChanged(hook: () => Promise<unknown>): void {
    this.#afterChange = hook;
  }

  /** A case's publications, newest first, as the case page shows them. */
  async ofCase(caseId: string): Promise<Publication[]> {
    return (await publications.publicationsOf(this.db, caseId)).map((p) => ({
      id: p.id,
      status: p.status,
      publishedOn: p.published_on,
      expiresOn: p.expires_on,
      periodLabel: p.period_label,
      withdrawnOn: p.withdrawn_on,
      withdrawReason: p.withdraw_reason,
      createdBy: p.created_by,
      content: JSON.parse(p.content) as PublicDecision,
    }));
  }

  /** What the portal would show of a decided case, before it is published. */
  previewPublication(actor: UserActor, id: string): Promise<PublicDecision> {
    return previewPublication(this.handling(), actor, id);
  }

  /** Publishes a decided case on the portal, masked. */
  async publish(actor: UserActor, id: string): Promise<void> {
    await publishCase(this.handling(), actor, id);
    await this.#afterChange();
  }

  /** Takes a publication off the portal with a reason. */
  async withdrawPublication(actor: UserActor, id: string, reason: string): Promise<void> {
    await withdrawPublication(this.handling(), actor, id, reason);
    await this.#afterChange();
  }

  /** The publication period table. */
  periods(): Promise<PublicationPeriod[]> {
    return publications.periods(this.db);
  }

  /** Replaces the publication period table, audited with the old and new rows. */
  async replacePeriods(actor: UserActor, rows: PublicationPeriod[]): Promise<PublicationPeriod[]> {
    const before = await publications.periods(this.db);
    const now = new Date().toISOString();
    await this.db.transaction().execute(async (trx) => {
      await publications.replacePeriods(
        trx,
        rows.map((r) => ({
          id: r.id,
          rank: r.rank,
          label: r.label,
          kind: r.kind,
          penalty_type: r.penaltyType,
          fine_below: r.fineBelow,
          warning_only: r.warningOnly ? 1 : 0,
          months: r.months,
          basis: r.basis,
          updated_at: now,
        })),
      );
      await recordAudit(trx, auditActor(actor), {
        action: 'publicity.periods',
        targetType: 'publication_period',
        targetId: null,
        detail: { before, after: rows },
      });
    });
    return this.periods();
  }

  /** The portal's page of published decisions in force today. */
  async publicList(query: PublicDecisionQuery): Promise<Page<PublicDecision>> {
    const { total, contents } = await publications.portalPage(this.db, query, todayInShanghai());
    return {
      items: contents.map((c) => JSON.parse(c) as PublicDecision),
      total,
      page: query.page,
      pageSize: query.pageSize,
    };
  }

  /** One published decision, or NOT_FOUND once withdrawn or expired. */
  async publicOne(id: string): Promise<PublicDecision> {
    const row = await publications.portalOne(this.db, id, todayInShanghai());
    if (!row) throw new AppError('NOT_FOUND', '该公示不存在或已撤下、已到期');
    return JSON.parse(row.content) as PublicDecision;
  }

  /** The newest published decisions for the feed. */
  async publicLatest(limit = 50): Promise<{ decision: PublicDecision; createdAt: string }[]> {
    const rows = await publications.portalLatest(this.db, todayInShanghai(), limit);
    return rows.map((r) => ({ decision: JSON.parse(r.content) as PublicDecision, createdAt: r.created_at }));
  }
}
