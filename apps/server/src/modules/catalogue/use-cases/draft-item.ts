import {
  type BenchmarkContent,
  benchmarkProblems,
  type ContentProblem,
  type ItemContent,
  itemProblems,
} from '@jiandu/contracts/catalogue';
import type { Subject } from '@jiandu/contracts/catalogue-labels';
import type { UserActor } from '../../../platform/authz/actor.ts';
import { todayInShanghai } from '../../../platform/calendar/dates.ts';
import type { Db } from '../../../platform/db/tables.ts';
import { AppError } from '../../../platform/errors.ts';
import { newId } from '../../../platform/ids.ts';
import { ofSubject, workingVersion } from '../catalogue.policy.ts';
import * as repo from '../catalogue.repository.ts';
import type { ItemVersionTable } from '../catalogue.table.ts';
import {
  assertMoved,
  type CatalogueDeps,
  ITEM_HOLDER_KINDS,
  itemFor,
  reaches,
  recordStep,
  refreshItem,
  SUBJECT_NAMES,
} from './item-access.ts';

/** Content of either subject, as its draft carries it. */
export type Content =
  | { subject: 'item'; content: ItemContent }
  | { subject: 'benchmark'; content: BenchmarkContent };

function refuseProblems(problems: ContentProblem[]): void {
  if (problems.length === 0) return;
  throw new AppError('VALIDATION_FAILED', problems.map((p) => p.message).join('; '), {
    errors: problems.map((p) => ({ path: p.path, message: p.message })),
  });
}

function normaliseItem(content: ItemContent): ItemContent {
  return {
    name: content.name.trim(),
    kind: content.kind,
    legalBases: content.legalBases.map((b) => ({
      law: b.law.trim().replace(/^《|》$/g, ''),
      article: b.article?.trim() || null,
      clause: b.clause?.trim() || null,
      text: b.text?.trim() || null,
    })),
    post: content.post.trim(),
    fields: [...new Set(content.fields)],
    note: content.note?.trim() || null,
  };
}

function normaliseBenchmark(content: BenchmarkContent): BenchmarkContent {
  return {
    document: content.document.trim().replace(/^《|》$/g, ''),
    documentNumber: content.documentNumber?.trim() || null,
    tiers: content.tiers.map((t) => ({
      circumstance: t.circumstance,
      conditions: t.conditions.trim(),
      penalties: [...new Set(t.penalties)],
      fine: t.fine ?? null,
    })),
    lists: content.lists.map((l) => ({
      list: l.list,
      behaviour: l.behaviour.trim(),
      conditions: l.conditions.trim(),
    })),
  };
}

/** Checked, normalised content as stored (JSON) with the item name for item versions. */
export function storedContent(input: Content): { json: string; name: string | null } {
  if (input.subject === 'item') {
    refuseProblems(itemProblems(input.content));
    const content = normaliseItem(input.content);
    return { json: JSON.stringify(content), name: content.name };
  }
  refuseProblems(benchmarkProblems(input.content));
  return { json: JSON.stringify(normaliseBenchmark(input.content)), name: null };
}

/** Writes the draft of a subject in a transaction: edits the draft there is, or starts a new version. */
export async function writeDraft(
  trx: Db,
  actor: UserActor,
  itemId: string,
  versions: readonly ItemVersionTable[],
  input: Content,
  reason: string | null,
): Promise<'created' | 'updated'> {
  const { json, name } = storedContent(input);
  const own = ofSubject(versions, input.subject);
  const working = workingVersion(own);
  const now = new Date().toISOString();
  if (working?.status === 'submitted')
    throw new AppError('CONFLICT', `该${SUBJECT_NAMES[input.subject]}已提交审核, 请等待审核或退回后再修改`);
  if (working) {
    assertMoved(
      await repo.updateVersion(trx, working.id, 'draft', {
        content: json,
        name,
        reason: reason ?? working.reason,
        updated_at: now,
      }),
    );
    await refreshItem(trx, itemId);
    return 'updated';
  }
  const version: ItemVersionTable = {
    id: newId(),
    item_id: itemId,
    subject: input.subject,
    version: (own[0]?.version ?? 0) + 1,
    status: 'draft',
    name,
    content: json,
    effective_from: null,
    effective_to: null,
    reason,
    created_at: now,
    updated_at: now,
  };
  await repo.insertVersion(trx, version);
  await recordStep(trx, actor, version, 'draft', { effectiveDate: todayInShanghai(), reason });
  await refreshItem(trx, itemId);
  return 'created';
}

/** Creates an item with its first draft for an agency the user may write for. */
export async function createItem(
  deps: CatalogueDeps,
  actor: UserActor,
  input: { agencyId: string; code: string; content: ItemContent; reason?: string | null | undefined },
): Promise<string> {
  const org = await deps.orgs.findById(input.agencyId);
  if (!org || !reaches(actor, 'item.read', org)) throw new AppError('NOT_FOUND', '执法主体不存在');
  if (!ITEM_HOLDER_KINDS.includes(org.kind))
    throw new AppError('VALIDATION_FAILED', '只有执法机关 (或被赋权、受委托的乡镇街道) 才能编制执法事项');
  if (!reaches(actor, 'item.write', org))
    throw new AppError('FORBIDDEN', '该执法主体不在您的数据范围内, 无权执行此操作');
  if (org.status !== 'active') throw new AppError('CONFLICT', '该执法主体已停用, 不能新增执法事项');
  const code = input.code.trim().toUpperCase();
  if (await repo.findItemByCode(deps.db, org.id, code))
    throw new AppError('CONFLICT', `该执法主体已有编码为 ${code} 的执法事项`);
  const { name } = storedContent({ subject: 'item', content: input.content });
  const id = newId();
  const now = new Date().toISOString();
  await deps.db.transaction().execute(async (trx) => {
    await repo.insertItem(trx, {
      id,
      org_id: org.id,
      code,
      name: name ?? '',
      kind: input.content.kind,
      fields: JSON.stringify(input.content.fields),
      status: 'draft',
      pending_status: null,
      version: null,
      effective_from: null,
      withdrawn_on: null,
      benchmark_status: 'none',
      created_at: now,
      updated_at: now,
    });
    await writeDraft(
      trx,
      actor,
      id,
      [],
      { subject: 'item', content: input.content },
      input.reason?.trim() || null,
    );
  });
  return id;
}

/** Creates or edits the draft of an item or of its benchmark. */
export async function saveDraft(
  deps: CatalogueDeps,
  actor: UserActor,
  itemId: string,
  input: Content,
  reason: string | null | undefined,
): Promise<void> {
  const { item, org } = await itemFor(deps, actor, itemId, 'item.write');
  if (org.status !== 'active') throw new AppError('CONFLICT', '该执法主体已停用, 不能修改其执法事项');
  if (input.subject === 'benchmark' && item.kind !== 'penalty')
    throw new AppError('CONFLICT', '裁量基准只适用于行政处罚事项');
  await deps.db.transaction().execute(async (trx) => {
    const versions = await repo.versionsOf(trx, itemId);
    await writeDraft(trx, actor, itemId, versions, input, reason?.trim() || null);
  });
}

/** The draft of a subject, or a Chinese refusal. */
async function draftOf(deps: CatalogueDeps, itemId: string, subject: Subject, verb: string) {
  const working = workingVersion(await repo.versionsOf(deps.db, itemId, subject));
  if (!working) throw new AppError('CONFLICT', `没有可${verb}的${SUBJECT_NAMES[subject]}草稿`);
  if (working.status !== 'draft')
    throw new AppError('CONFLICT', `该${SUBJECT_NAMES[subject]}已提交审核, 不能${verb}`);
  return working;
}

/** Moves the draft of a subject on (submitted for review, or given up), with its history step. */
async function moveDraft(
  deps: CatalogueDeps,
  actor: UserActor,
  itemId: string,
  subject: Subject,
  move: { verb: string; to: 'submitted' | 'withdrawn'; action: 'submit' | 'withdraw'; reason: string | null },
): Promise<void> {
  await itemFor(deps, actor, itemId, 'item.write');
  const draft = await draftOf(deps, itemId, subject, move.verb);
  await deps.db.transaction().execute(async (trx) => {
    assertMoved(
      await repo.updateVersion(trx, draft.id, 'draft', {
        status: move.to,
        updated_at: new Date().toISOString(),
      }),
    );
    await recordStep(trx, actor, draft, move.action, {
      effectiveDate: todayInShanghai(),
      reason: move.reason,
    });
    await refreshItem(trx, itemId);
  });
}

/** Submits the draft for review (提交审核). */
export function submitDraft(deps: CatalogueDeps, actor: UserActor, itemId: string, subject: Subject) {
  return moveDraft(deps, actor, itemId, subject, {
    verb: '提交',
    to: 'submitted',
    action: 'submit',
    reason: null,
  });
}

/** Gives up a draft that was never submitted (放弃草稿); it stays in the history as withdrawn. */
export function discardDraft(deps: CatalogueDeps, actor: UserActor, itemId: string, subject: Subject) {
  return moveDraft(deps, actor, itemId, subject, {
    verb: '放弃',
    to: 'withdrawn',
    action: 'withdraw',
    reason: '放弃草稿',
  });
}
