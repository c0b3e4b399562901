import type { EvaluateRequest, EvaluateResult, ItemOn } from '@jiandu/contracts/catalogue-evaluation';
import type { EnforcementField } from '@jiandu/contracts/fields';
import { addDays, isValidDate } from '../../../platform/calendar/dates.ts';
import { type Timeline, timelineOf } from '../../../platform/calendar/timeline.ts';
import type { Db } from '../../../platform/db/tables.ts';
import { AppError } from '../../../platform/errors.ts';
import { choose, type DatedBenchmark, versionOn } from '../benchmark-evaluation.ts';
import { ofSubject } from '../catalogue.policy.ts';
import { benchmarkContentOf, itemContentOf } from '../catalogue.presenter.ts';
import * as repo from '../catalogue.repository.ts';
import type { ItemVersionTable } from '../catalogue.table.ts';
import type { CatalogueDeps } from './item-access.ts';

/** Versions that took effect (published, later superseded or withdrawn), with their dates. */
function dated(versions: readonly ItemVersionTable[]) {
  return versions
    .filter((v) => v.effective_from !== null && v.status !== 'draft' && v.status !== 'submitted')
    .map((v) => ({ row: v, effectiveFrom: v.effective_from as string, effectiveTo: v.effective_to }));
}

/** An agency's item by credit code and item code, whatever its state, with its versions. */
async function itemByCodes(deps: CatalogueDeps, creditCode: string, itemCode: string) {
  const org = await deps.orgs.findByCreditCode(creditCode.trim().toUpperCase());
  if (!org) throw new AppError('NOT_FOUND', `未找到统一社会信用代码为 ${creditCode} 的执法主体`);
  const item = await repo.findItemByCode(deps.db, org.id, itemCode.trim().toUpperCase());
  if (!item) throw new AppError('NOT_FOUND', `${org.name}的执法事项目录中没有编码为 ${itemCode} 的事项`);
  return { org, item, versions: await repo.versionsOf(deps.db, item.id) };
}

/**
 * Whether an item was in an agency's catalogue on a date, and why (or why not), in Chinese. An
 * unknown item code answers "not in the catalogue"; an unknown agency is an error.
 */
export async function itemOn(
  deps: CatalogueDeps,
  input: { agencyCreditCode: string; itemCode: string; date: string },
): Promise<ItemOn> {
  if (!isValidDate(input.date)) throw new AppError('VALIDATION_FAILED', `日期格式错误: ${input.date}`);
  const org = await deps.orgs.findByCreditCode(input.agencyCreditCode.trim().toUpperCase());
  if (!org) throw new AppError('NOT_FOUND', `未找到统一社会信用代码为 ${input.agencyCreditCode} 的执法主体`);
  const code = input.itemCode.trim().toUpperCase();
  const item = await repo.findItemByCode(deps.db, org.id, code);
  const none = {
    itemId: item?.id ?? null,
    version: null,
    name: null,
    kind: null,
    effectiveFrom: null,
    effectiveTo: null,
  };
  if (!item)
    return {
      inCatalogue: false,
      date: input.date,
      ...none,
      reason: `${org.name}的执法事项目录中没有编码为 ${code} 的事项`,
    };
  const versions = dated(ofSubject(await repo.versionsOf(deps.db, item.id), 'item'));
  const hit = versionOn(versions, input.date);
  if (!hit) {
    const first = versions.map((v) => v.effectiveFrom).sort()[0];
    const reason = !first
      ? `事项 ${code} 尚未发布`
      : input.date < first
        ? `事项 ${code} 自 ${first} 起列入目录, ${input.date} 尚未列入`
        : `事项 ${code} 已于 ${item.withdrawn_on ?? '此前'} 从目录中取消`;
    return { inCatalogue: false, date: input.date, ...none, reason };
  }
  const content = itemContentOf(hit.row);
  return {
    inCatalogue: true,
    date: input.date,
    itemId: item.id,
    version: hit.row.version,
    name: content.name,
    kind: content.kind,
    effectiveFrom: hit.effectiveFrom,
    effectiveTo: hit.effectiveTo,
    reason: `${input.date} 在目录中: 第${hit.row.version}版 (${hit.effectiveFrom}起施行)`,
  };
}

/**
 * What may be imposed for a circumstance: the benchmark in force on the act's date, or the one in
 * force on the decision's date when that one is lighter (从旧兼从轻), with the reason in Chinese.
 */
export async function evaluate(deps: CatalogueDeps, input: EvaluateRequest): Promise<EvaluateResult> {
  const { org, item, versions } = await itemByCodes(deps, input.agencyCreditCode, input.itemCode);
  const benchmarks: DatedBenchmark[] = dated(ofSubject(versions, 'benchmark')).map((v) => ({
    version: v.row.version,
    effectiveFrom: v.effectiveFrom,
    effectiveTo: v.effectiveTo,
    content: benchmarkContentOf(v.row),
  }));
  const picked = choose(benchmarks, input);
  if (!picked.ok) throw new AppError('VALIDATION_FAILED', picked.message);
  const itemVersions = dated(ofSubject(versions, 'item'));
  const shown =
    versionOn(itemVersions, input.actDate) ??
    (input.decisionDate ? versionOn(itemVersions, input.decisionDate) : undefined) ??
    itemVersions[0];
  const content = shown ? itemContentOf(shown.row) : { name: item.name, kind: item.kind };
  const listed = benchmarks.find((b) => b.version === picked.choice.applied.benchmarkVersion);
  const note = versionOn(itemVersions, input.actDate)
    ? ''
    : ` 注意: ${input.actDate} 该事项不在${org.name}的执法事项目录中。`;
  return {
    agencyCreditCode: org.credit_code ?? input.agencyCreditCode,
    agencyName: org.name,
    item: { code: item.code, name: content.name, kind: content.kind, version: shown?.row.version ?? 0 },
    circumstance: input.circumstance,
    applied: picked.choice.applied,
    appliedRule: picked.choice.appliedRule,
    other: picked.choice.other,
    basis: `${picked.choice.basis}${note}`.trim(),
    lists: listed?.content.lists ?? [],
  };
}

/** An item's place in its agency's catalogue and its benchmark, by day (the warning rules' index). */
export interface ItemTimeline {
  itemId: string;
  agencyCreditCode: string;
  itemCode: string;
  /** The item's first enforcement field (warning parameters may differ by field), null when none. */
  field: EnforcementField | null;
  /** `itemOn(...).inCatalogue` by day. */
  listed: Timeline<boolean>;
  /** The benchmark version in force by day, the one `evaluate` applies to an act that day. */
  benchmark: Timeline<DatedBenchmark | null>;
}

/** The days `versionOn` can change its answer: a version's first day and the day after its last. */
function changeDays(versions: readonly { effectiveFrom: string; effectiveTo: string | null }[]): string[] {
  return versions.flatMap((v) =>
    v.effectiveTo ? [v.effectiveFrom, addDays(v.effectiveTo, 1)] : [v.effectiveFrom],
  );
}

/** Items as timelines of "in the catalogue" and of the benchmark in force, read in one round trip. */
export async function itemTimelines(db: Db, filter: repo.RegisterFilter): Promise<ItemTimeline[]> {
  const named: repo.RegisterFilter =
    'itemCodes' in filter
      ? {
          agencyCreditCode: filter.agencyCreditCode.trim().toUpperCase(),
          itemCodes: filter.itemCodes.map((c) => c.trim().toUpperCase()),
        }
      : filter;
  if ('itemCodes' in named && named.itemCodes.length === 0) return [];
  const rows = await repo.registerItems(db, named);
  const byItem = new Map<string, { item: (typeof rows)[number]; versions: ItemVersionTable[] }>();
  for (const r of rows) {
    const entry = byItem.get(r.id) ?? { item: r, versions: [] };
    byItem.set(r.id, entry);
    if (r.version) entry.versions.push(r.version);
  }
  return [...byItem.values()].map(({ item, versions: own }) => {
    const listed = dated(ofSubject(own, 'item'));
    const benchmarks: DatedBenchmark[] = dated(ofSubject(own, 'benchmark')).map((v) => ({
      version: v.row.version,
      effectiveFrom: v.effectiveFrom,
      effectiveTo: v.effectiveTo,
      content: benchmarkContentOf(v.row),
    }));
    return {
      itemId: item.id,
      agencyCreditCode: item.agency_credit_code as string,
      itemCode: item.code,
      field: ((JSON.parse(item.fields) as EnforcementField[])[0] ?? null) as EnforcementField | null,
      listed: timelineOf(changeDays(listed), (day) => versionOn(listed, day) !== undefined),
      benchmark: timelineOf(changeDays(benchmarks), (day) => versionOn(benchmarks, day) ?? null),
    };
  });
}
