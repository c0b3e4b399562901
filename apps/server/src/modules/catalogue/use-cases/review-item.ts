import type { Subject } from '@jiandu/contracts/catalogue-labels';
import type { UserActor } from '../../../platform/authz/actor.ts';
import { addDays, todayInShanghai } from '../../../platform/calendar/dates.ts';
import type { Db } from '../../../platform/db/tables.ts';
import { AppError } from '../../../platform/errors.ts';
import { ofSubject, publishedVersion, workingVersion } from '../catalogue.policy.ts';
import * as repo from '../catalogue.repository.ts';
import type { ItemVersionTable } from '../catalogue.table.ts';
import {
  assertMoved,
  assertReviewer,
  type CatalogueDeps,
  dateOr,
  itemFor,
  notTooFar,
  recordStep,
  refreshItem,
  SUBJECT_NAMES,
} from './item-access.ts';

/** The item and its versions, once the user is known to be its agency's supervisor of the same level. */
async function reviewable(deps: CatalogueDeps, actor: UserActor, itemId: string) {
  const { item } = await itemFor(deps, actor, itemId, 'item.publish');
  await assertReviewer(deps, actor, item.org_id);
  return { item, versions: await repo.versionsOf(deps.db, itemId) };
}

function submitted(versions: readonly ItemVersionTable[], subject: Subject, verb: string) {
  const working = workingVersion(ofSubject(versions, subject));
  if (!working) throw new AppError('CONFLICT', `没有待审核的${SUBJECT_NAMES[subject]}`);
  if (working.status === 'draft')
    throw new AppError('CONFLICT', `该${SUBJECT_NAMES[subject]}仍是草稿, 尚未提交审核, 不能${verb}`);
  return working;
}

/** Returns a submitted version for changes (退回), with the reason. */
export async function returnVersion(
  deps: CatalogueDeps,
  actor: UserActor,
  itemId: string,
  subject: Subject,
  reason: string,
): Promise<void> {
  const { versions } = await reviewable(deps, actor, itemId);
  const version = submitted(versions, subject, '退回');
  const why = reason.trim();
  if (why.length < 2) throw new AppError('VALIDATION_FAILED', '请填写退回原因');
  await deps.db.transaction().execute(async (trx) => {
    assertMoved(
      await repo.updateVersion(trx, version.id, 'submitted', {
        status: 'draft',
        updated_at: new Date().toISOString(),
      }),
    );
    await recordStep(trx, actor, version, 'return', { effectiveDate: todayInShanghai(), reason: why });
    await refreshItem(trx, itemId);
  });
}

/** The last day anything of this subject was in force or was to be: a new version must start after it. */
function lastStart(versions: readonly ItemVersionTable[]): string | null {
  let last: string | null = null;
  for (const v of versions) {
    for (const d of [v.effective_from, v.status === 'withdrawn' ? v.effective_to : null])
      if (d && (last === null || d > last)) last = d;
  }
  return last;
}

/**
 * Publishes a submitted version from a date (发布): the version published before it is superseded
 * from that date and stays in the history, in force until the day before.
 */
export async function publishVersion(
  deps: CatalogueDeps,
  actor: UserActor,
  itemId: string,
  subject: Subject,
  input: { effectiveDate?: string | undefined },
): Promise<void> {
  const { item, versions } = await reviewable(deps, actor, itemId);
  const own = ofSubject(versions, subject);
  const version = submitted(versions, subject, '发布');
  const date = dateOr(input.effectiveDate, '生效日期');
  notTooFar(date, '生效日期');
  const after = lastStart(own.filter((v) => v.id !== version.id));
  if (after && date <= after)
    throw new AppError('VALIDATION_FAILED', `生效日期应晚于此前版本的生效或取消日期 (${after})`);
  if (subject === 'benchmark') {
    const items = ofSubject(versions, 'item');
    const first = items
      .map((v) => v.effective_from)
      .filter((d): d is string => !!d)
      .sort()[0];
    if (item.status !== 'published' || !first)
      throw new AppError('CONFLICT', '该执法事项尚未发布 (或已取消), 不能发布其裁量基准');
    if (date < first)
      throw new AppError('VALIDATION_FAILED', `裁量基准的生效日期不能早于事项的生效日期 (${first})`);
  }
  const previous = publishedVersion(own);
  await deps.db.transaction().execute(async (trx) => {
    const now = new Date().toISOString();
    if (previous) {
      assertMoved(
        await repo.updateVersion(trx, previous.id, 'published', {
          status: 'superseded',
          effective_to: addDays(date, -1),
          updated_at: now,
        }),
      );
      await recordStep(trx, actor, previous, 'supersede', {
        effectiveDate: date,
        reason: `被第${version.version}版替代`,
        audit: false,
      });
    }
    assertMoved(
      await repo.updateVersion(trx, version.id, 'submitted', {
        status: 'published',
        effective_from: date,
        effective_to: null,
        updated_at: now,
      }),
    );
    await recordStep(trx, actor, version, 'publish', {
      effectiveDate: date,
      reason: version.reason,
      detail: previous ? { supersedes: previous.version } : {},
    });
    await refreshItem(trx, itemId, subject === 'item' ? { withdrawn_on: null } : {});
  });
}

async function endVersion(
  trx: Db,
  actor: UserActor,
  version: ItemVersionTable,
  date: string,
  reason: string,
) {
  assertMoved(
    await repo.updateVersion(trx, version.id, 'published', {
      status: 'withdrawn',
      effective_to: addDays(date, -1),
      updated_at: new Date().toISOString(),
    }),
  );
  await recordStep(trx, actor, version, 'withdraw', { effectiveDate: date, reason });
}

/**
 * Takes what is in force out of the catalogue from a date (取消): the published version ends the day
 * before and stays in the history, so cases before that date are still judged by it. Withdrawing
 * an item ends its benchmark too.
 */
export async function withdrawVersion(
  deps: CatalogueDeps,
  actor: UserActor,
  itemId: string,
  subject: Subject,
  input: { reason: string; effectiveDate: string },
): Promise<void> {
  const { versions } = await reviewable(deps, actor, itemId);
  const current = publishedVersion(ofSubject(versions, subject));
  if (!current?.effective_from)
    throw new AppError('CONFLICT', `没有已发布的${SUBJECT_NAMES[subject]}, 不能取消`);
  const reason = input.reason.trim();
  if (reason.length < 2) throw new AppError('VALIDATION_FAILED', '请填写取消原因');
  const date = dateOr(input.effectiveDate, '取消日期');
  notTooFar(date, '取消日期');
  if (date <= current.effective_from)
    throw new AppError('VALIDATION_FAILED', `取消日期应晚于现行版本的生效日期 (${current.effective_from})`);
  const benchmark = subject === 'item' ? publishedVersion(ofSubject(versions, 'benchmark')) : undefined;
  await deps.db.transaction().execute(async (trx) => {
    await endVersion(trx, actor, current, date, reason);
    // A benchmark not yet in force by then ends before it starts: it never applies.
    if (benchmark) await endVersion(trx, actor, benchmark, date, `执法事项取消: ${reason}`);
    await refreshItem(trx, itemId, subject === 'item' ? { withdrawn_on: date } : {});
  });
}
