import type { Services } from '../context.ts';
import type { ItemHistory } from '../modules/catalogue/use-cases/load-history.ts';
import {
  type HolderKey,
  type HolderLevel,
  ITEM_TEMPLATES,
  type ItemTemplate,
} from './catalogue-data/index.ts';
import { demoActor } from './demo-actor.ts';
import { type DemoOrg, LIAONING_DEMO } from './liaoning-orgs.ts';

/** A demo agency that holds catalogue items: its key, kind and level. */
interface Holder {
  key: string;
  kind: HolderKey;
  level: HolderLevel;
}

const KINDS: readonly string[] = ['scjg', 'sthj', 'jtys', 'yjgl', 'cgzf'] satisfies HolderKey[];

/** The agencies of the demo tree that hold items, with their kind (key suffix) and level (depth). */
export function demoHolders(org: DemoOrg = LIAONING_DEMO, out: Holder[] = []): Holder[] {
  const parts = org.key.split('.');
  const kind = parts.at(-1) ?? '';
  if (org.kind === 'agency' && KINDS.includes(kind))
    out.push({
      key: org.key,
      kind: kind as HolderKey,
      level: parts[0] === 'province' ? 'province' : parts.length === 2 ? 'city' : 'district',
    });
  for (const child of org.children ?? []) demoHolders(child, out);
  return out;
}

/** A template as the history of one agency's item; pending drafts only at some agencies. */
function historyOf(template: ItemTemplate, withPending: boolean): ItemHistory {
  return {
    code: template.code,
    versions: [
      { effectiveFrom: template.effectiveFrom, reason: template.reason, content: template.content },
      ...(template.revisions ?? []),
    ],
    benchmarks: template.benchmarks ?? [],
    withdrawn: template.withdrawn,
    pending: withPending ? template.pendingRevision : undefined,
  };
}

/**
 * Seeds the demo catalogue: every template becomes an item of each demo agency of its kind and
 * level, with its published versions, benchmark versions, withdrawals and (at every fifth agency)
 * drafts awaiting review, so past cases can be judged by the version in force on their dates.
 */
export async function seedCatalogueDemo(
  services: Services,
  ids: ReadonlyMap<string, string>,
  onProgress: (line: string) => void,
): Promise<void> {
  const actor = demoActor('', '', '演示数据 (既有目录导入)');
  let items = 0;
  let benchmarks = 0;
  const holders = demoHolders();
  for (const [index, holder] of holders.entries()) {
    const agencyId = ids.get(holder.key);
    if (!agencyId) continue;
    const templates = ITEM_TEMPLATES.filter(
      (t) => t.holders.includes(holder.kind) && t.levels.includes(holder.level),
    );
    if (templates.length === 0) continue;
    const histories = templates.map((t) => historyOf(t, index % 5 === 0));
    items += await services.catalogue.loadHistory(actor, agencyId, histories);
    benchmarks += templates.filter((t) => (t.benchmarks ?? []).length > 0).length;
  }
  onProgress(`  执法事项目录: ${items} 个事项, 其中 ${benchmarks} 个有裁量基准`);
}
