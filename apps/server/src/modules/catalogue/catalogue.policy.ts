import type { WorkflowActions } from '@jiandu/contracts/catalogue';
import type { Subject } from '@jiandu/contracts/catalogue-labels';
import type { ItemTable, ItemVersionTable } from './catalogue.table.ts';

/** Why a reviewer who is not the agency's own-level supervisor is refused. */
export const NOT_SAME_LEVEL =
  '只有与该执法主体同级的司法行政机关 (行政执法监督机构) 才能审核、发布或取消其执法事项与裁量基准';

/** The versions of one subject (the item itself or its benchmark), newest first. */
export function ofSubject(versions: readonly ItemVersionTable[], subject: Subject): ItemVersionTable[] {
  return versions.filter((v) => v.subject === subject).sort((a, b) => b.version - a.version);
}

/** A version being drafted or awaiting review. */
export type WorkingVersion = ItemVersionTable & { status: 'draft' | 'submitted' };

/** The version being drafted or awaiting review, if any (never more than one per subject). */
export function workingVersion(versions: readonly ItemVersionTable[]): WorkingVersion | undefined {
  return versions.find((v): v is WorkingVersion => v.status === 'draft' || v.status === 'submitted');
}

/** The newest published version (at most one per subject has that status). */
export function publishedVersion(versions: readonly ItemVersionTable[]): ItemVersionTable | undefined {
  return versions.find((v) => v.status === 'published');
}

/** The version that gives the subject its public face: the published one, else the newest that took effect. */
export function currentVersion(versions: readonly ItemVersionTable[]): ItemVersionTable | undefined {
  return publishedVersion(versions) ?? versions.find((v) => v.effective_from !== null);
}

/** What the user may do on one subject now, from their reach and the versions' states. */
export function subjectActions(
  versions: readonly ItemVersionTable[],
  may: { write: boolean; review: boolean; benchmarkAllowed?: boolean },
): WorkflowActions {
  const working = workingVersion(versions);
  const write = may.write && may.benchmarkAllowed !== false;
  return {
    edit: write && working?.status !== 'submitted',
    submit: write && working?.status === 'draft',
    discard: write && working?.status === 'draft',
    return: may.review && working?.status === 'submitted',
    publish: may.review && working?.status === 'submitted',
    withdraw: may.review && !!publishedVersion(versions),
  };
}

/**
 * The item row's projection of its versions: status, pending work, the published version's number
 * and dates, the name, kind and fields shown in lists, and the benchmark's state.
 */
export function projection(
  item: Pick<ItemTable, 'withdrawn_on'>,
  all: readonly ItemVersionTable[],
): Pick<
  ItemTable,
  | 'name'
  | 'kind'
  | 'fields'
  | 'status'
  | 'pending_status'
  | 'version'
  | 'effective_from'
  | 'withdrawn_on'
  | 'benchmark_status'
> {
  const items = ofSubject(all, 'item');
  const benchmarks = ofSubject(all, 'benchmark');
  const published = publishedVersion(items);
  const working = workingVersion(items);
  const lastInForce = items.find((v) => v.effective_from !== null);
  const shown = published ?? working ?? items[0];
  const content = JSON.parse(shown?.content ?? '{}') as {
    name?: string;
    kind?: ItemTable['kind'];
    fields?: string[];
  };
  const status: ItemTable['status'] = published ? 'published' : (working?.status ?? 'withdrawn');
  const bPublished = publishedVersion(benchmarks);
  const bWorking = workingVersion(benchmarks);
  const benchmarkStatus: ItemTable['benchmark_status'] =
    bWorking?.status === 'submitted'
      ? 'submitted'
      : bPublished
        ? 'published'
        : (bWorking?.status ?? (benchmarks.some((v) => v.effective_from !== null) ? 'withdrawn' : 'none'));
  return {
    name: content.name ?? '',
    kind: content.kind ?? 'other',
    fields: JSON.stringify(content.fields ?? []),
    status,
    pending_status: published && working ? (working.status as 'draft' | 'submitted') : null,
    version: published?.version ?? lastInForce?.version ?? null,
    effective_from: published?.effective_from ?? lastInForce?.effective_from ?? null,
    withdrawn_on: published ? null : item.withdrawn_on,
    benchmark_status: benchmarkStatus,
  };
}
