import type {
  BenchmarkContent,
  ItemContent,
  ItemDetail,
  ItemListQuery,
  ItemSummary,
} from '@jiandu/contracts/catalogue';
import type { EvaluateRequest, EvaluateResult, ItemOn } from '@jiandu/contracts/catalogue-evaluation';
import type { ItemKind, ListKind, Subject } from '@jiandu/contracts/catalogue-labels';
import type { PublicItem, PublicItemDetail } from '@jiandu/contracts/catalogue-public';
import type { ImportResult } from '@jiandu/contracts/orgs';
import type { Page, PageQuery } from '@jiandu/contracts/paging';
import { scopesFor, type UserActor } from '../../platform/authz/actor.ts';
import { todayInShanghai } from '../../platform/calendar/dates.ts';
import type { Db } from '../../platform/db/tables.ts';
import { AppError } from '../../platform/errors.ts';
import type { TableRow } from '../../platform/files/xlsx.ts';
import type { AgencyService } from '../agencies/agencies.service.ts';
import type { OrgService } from '../orgs/orgs.service.ts';
import { NOT_SAME_LEVEL, ofSubject, subjectActions, workingVersion } from './catalogue.policy.ts';
import {
  presentBenchmarkVersion,
  presentEvent,
  presentItemVersion,
  presentPublic,
  presentPublicDetail,
  presentSummary,
} from './catalogue.presenter.ts';
import * as repo from './catalogue.repository.ts';
import * as publicRepo from './catalogue-public.repository.ts';
import { type ExportItem, exportRows } from './items-export.ts';
import { importItems } from './items-import-save.ts';
import { createItem, discardDraft, saveDraft, submitDraft } from './use-cases/draft-item.ts';
import { evaluate, type ItemTimeline, itemOn, itemTimelines } from './use-cases/evaluate-benchmark.ts';
import { type CatalogueDeps, itemFor, reaches } from './use-cases/item-access.ts';
import { type ItemHistory, loadHistory } from './use-cases/load-history.ts';
import { publishVersion, returnVersion, withdrawVersion } from './use-cases/review-item.ts';

/** The most items one public search returns. */
export const PUBLIC_LIMIT = 200;

/**
 * The item catalogue (执法事项目录) and discretion benchmarks (行政裁量权基准): agencies draft and
 * submit items and benchmarks, their supervisor of the same level reviews, publishes and withdraws
 * them; every version is kept with its effective dates, so a case is judged by the version in
 * force on the day of the act.
 */
export class CatalogueService {
  readonly #deps: CatalogueDeps;

  constructor(
    private readonly db: Db,
    orgs: OrgService,
    agencies: AgencyService,
  ) {
    this.#deps = { db, orgs, agencies };
  }

  /** One page of the items the user may see. */
  async list(actor: UserActor, filter: ItemListQuery, page: PageQuery): Promise<Page<ItemSummary>> {
    const { total, rows } = await repo.listItems(this.db, scopesFor(actor, 'item.read'), filter, page);
    return { items: rows.map(presentSummary), total, page: page.page, pageSize: page.pageSize };
  }

  /** Every item the user may see matching the filter, with the content shown (export). */
  async listAll(actor: UserActor, filter: ItemListQuery): Promise<ExportItem[]> {
    const rows = await repo.listAllItems(this.db, scopesFor(actor, 'item.read'), filter);
    return exportRows(this.db, rows);
  }

  /** One item: its versions and its benchmark's, the history, and what the user may do. */
  async detail(actor: UserActor, id: string): Promise<ItemDetail> {
    const { item, org } = await itemFor(this.#deps, actor, id, 'item.read');
    const [versions, events, reviewer] = await Promise.all([
      repo.versionsOf(this.db, id),
      repo.eventsOf(this.db, id),
      this.#deps.agencies.isReviewerOf(actor, org.id),
    ]);
    const items = ofSubject(versions, 'item');
    const benchmarks = ofSubject(versions, 'benchmark');
    const write = org.status === 'active' && reaches(actor, 'item.write', org);
    const mayPublish = reaches(actor, 'item.publish', org);
    const review = mayPublish && reviewer;
    const today = todayInShanghai();
    const pick = (list: typeof versions) => {
      const tookEffect = list.filter((v) => v.effective_from !== null && v.effective_from <= today);
      const inForce = tookEffect.find((v) => v.effective_to === null || today <= v.effective_to);
      const upcoming = list.find((v) => v.status === 'published' && (v.effective_from ?? '') > today);
      return { current: inForce ?? tookEffect[0], upcoming, pending: workingVersion(list) };
    };
    const i = pick(items);
    const b = pick(benchmarks);
    return {
      item: presentSummary(item),
      current: i.current ? presentItemVersion(i.current) : null,
      upcoming: i.upcoming ? presentItemVersion(i.upcoming) : null,
      pending: i.pending ? presentItemVersion(i.pending) : null,
      versions: items.map(presentItemVersion),
      benchmark: {
        current: b.current ? presentBenchmarkVersion(b.current) : null,
        upcoming: b.upcoming ? presentBenchmarkVersion(b.upcoming) : null,
        pending: b.pending ? presentBenchmarkVersion(b.pending) : null,
        versions: benchmarks.map(presentBenchmarkVersion),
      },
      events: events.map(presentEvent),
      actions: {
        item: subjectActions(items, { write, review }),
        benchmark: subjectActions(benchmarks, { write, review, benchmarkAllowed: item.kind === 'penalty' }),
      },
      reviewNote: mayPublish && !reviewer ? NOT_SAME_LEVEL : null,
    };
  }

  /** Creates an item with its first draft. */
  async create(
    actor: UserActor,
    input: { agencyId: string; code: string; content: ItemContent; reason?: string | null | undefined },
  ): Promise<ItemDetail> {
    return this.detail(actor, await createItem(this.#deps, actor, input));
  }

  /** Creates or edits the draft of the item. */
  async saveItemDraft(
    actor: UserActor,
    id: string,
    content: ItemContent,
    reason?: string | null,
  ): Promise<ItemDetail> {
    await saveDraft(this.#deps, actor, id, { subject: 'item', content }, reason);
    return this.detail(actor, id);
  }

  /** Creates or edits the draft of the item's benchmark. */
  async saveBenchmarkDraft(
    actor: UserActor,
    id: string,
    content: BenchmarkContent,
    reason?: string | null,
  ): Promise<ItemDetail> {
    await saveDraft(this.#deps, actor, id, { subject: 'benchmark', content }, reason);
    return this.detail(actor, id);
  }

  /** Submits a draft for review. */
  async submit(actor: UserActor, id: string, subject: Subject): Promise<ItemDetail> {
    await submitDraft(this.#deps, actor, id, subject);
    return this.detail(actor, id);
  }

  /** Gives up a draft never submitted. */
  async discard(actor: UserActor, id: string, subject: Subject): Promise<ItemDetail> {
    await discardDraft(this.#deps, actor, id, subject);
    return this.detail(actor, id);
  }

  /** Returns a submitted version (退回). */
  async returnToDraft(actor: UserActor, id: string, subject: Subject, reason: string): Promise<ItemDetail> {
    await returnVersion(this.#deps, actor, id, subject, reason);
    return this.detail(actor, id);
  }

  /** Publishes a submitted version from a date (发布). */
  async publish(actor: UserActor, id: string, subject: Subject, effectiveDate?: string): Promise<ItemDetail> {
    await publishVersion(this.#deps, actor, id, subject, { effectiveDate });
    return this.detail(actor, id);
  }

  /** Takes the published version out of force from a date (取消). */
  async withdraw(
    actor: UserActor,
    id: string,
    subject: Subject,
    input: { reason: string; effectiveDate: string },
  ): Promise<ItemDetail> {
    await withdrawVersion(this.#deps, actor, id, subject, input);
    return this.detail(actor, id);
  }

  /** Imports items from a spreadsheet as drafts; good rows are kept, bad rows say why. */
  import(actor: UserActor, rows: TableRow[]): Promise<ImportResult> {
    return importItems(this.#deps, actor, rows);
  }

  /** Loads an agency's existing catalogue with its published history (onboarding, demo). */
  loadHistory(actor: UserActor, agencyId: string, histories: readonly ItemHistory[]): Promise<number> {
    return loadHistory(this.#deps, actor, agencyId, histories);
  }

  /**
   * What may be imposed for a circumstance, under the benchmark in force on the act's date or the
   * lighter one in force on the decision's date. No data-scope check: benchmarks are public.
   */
  evaluate(input: EvaluateRequest): Promise<EvaluateResult> {
    return evaluate(this.#deps, input);
  }

  /** Whether an item was in an agency's catalogue on a date (for the ITEM_NOT_IN_CATALOGUE rule). */
  itemOn(input: { agencyCreditCode: string; itemCode: string; date: string }): Promise<ItemOn> {
    return itemOn(this.#deps, input);
  }

  /**
   * Items as timelines of "in the catalogue" and of the benchmark in force, so the warning rules can
   * answer any item on any day from memory: one agency's codes, or one page in id order for a preload.
   */
  timelines(filter: repo.RegisterFilter): Promise<ItemTimeline[]> {
    return itemTimelines(this.db, filter);
  }

  /** Items in force today for the public, at most 200. */
  async publicList(filter: {
    agencyCreditCode?: string | undefined;
    q?: string | undefined;
    kind?: ItemKind | undefined;
    list?: ListKind | undefined;
  }): Promise<PublicItem[]> {
    const rows = await publicRepo.publicItems(this.db, filter, todayInShanghai(), PUBLIC_LIMIT);
    return rows.map(presentPublic);
  }

  /** One item in force today with its benchmark, for the public. */
  async publicOne(creditCode: string, code: string): Promise<PublicItemDetail> {
    const row = await publicRepo.publicItem(
      this.db,
      creditCode.trim().toUpperCase(),
      code.trim().toUpperCase(),
      todayInShanghai(),
    );
    if (!row) throw new AppError('NOT_FOUND', '未找到该执法事项, 或该事项已不在目录中');
    return presentPublicDetail(row);
  }
}
