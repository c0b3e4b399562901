import type { ItemContent } from '@jiandu/contracts/catalogue';
import {
  formatLegalBasis,
  ITEM_KIND_LABELS,
  ITEM_STATUS_LABELS,
  type ItemStatus,
} from '@jiandu/contracts/catalogue-labels';
import type { Db } from '../../platform/db/tables.ts';
import type { SheetColumn } from '../../platform/files/xlsx.ts';
import { publishedVersion, workingVersion } from './catalogue.policy.ts';
import { fieldLabels, itemContentOf } from './catalogue.presenter.ts';
import type { ItemRow } from './catalogue.repository.ts';
import * as repo from './catalogue.repository.ts';

/** An item as exported: its row and the content of the version shown (published, else the draft). */
export interface ExportItem {
  row: ItemRow;
  content: ItemContent;
}

/** The content shown for each item (published, else the draft, else the newest), read in batches. */
export async function exportRows(db: Db, rows: readonly ItemRow[]): Promise<ExportItem[]> {
  const versions = await repo.itemVersionsOf(
    db,
    rows.map((r) => r.id),
  );
  return rows.flatMap((row) => {
    const own = versions.get(row.id) ?? [];
    const shown = publishedVersion(own) ?? workingVersion(own) ?? own[0];
    return shown ? [{ row, content: itemContentOf(shown) }] : [];
  });
}

const BENCHMARK_LABELS = {
  none: '未制定',
  draft: '草稿',
  submitted: '待审核',
  published: '已发布',
  withdrawn: '已取消',
};

/**
 * Export columns: the import template's, in its order (so an export can be edited and imported
 * again), then the state of each item.
 */
export const ITEM_EXPORT_COLUMNS: SheetColumn<ExportItem>[] = [
  { header: '执法主体统一社会信用代码', width: 24, value: (i) => i.row.agency_credit_code },
  { header: '事项编码', value: (i) => i.row.code },
  { header: '事项名称', width: 44, value: (i) => i.content.name },
  { header: '事项类别', value: (i) => ITEM_KIND_LABELS[i.content.kind] },
  { header: '执法依据', width: 44, value: (i) => i.content.legalBases.map(formatLegalBasis).join('\n') },
  { header: '依据条文', width: 50, value: (i) => i.content.legalBases[0]?.text ?? null },
  { header: '责任岗位', value: (i) => i.content.post },
  { header: '执法领域', width: 24, value: (i) => fieldLabels(i.content.fields).join('、') },
  { header: '备注', value: (i) => i.content.note ?? null },
  { header: '执法主体', width: 32, value: (i) => i.row.agency_name },
  { header: '状态', value: (i) => ITEM_STATUS_LABELS[i.row.status as ItemStatus] },
  { header: '现行版本', value: (i) => i.row.version },
  { header: '生效日期', value: (i) => i.row.effective_from },
  { header: '取消日期', value: (i) => i.row.withdrawn_on },
  { header: '裁量基准', value: (i) => BENCHMARK_LABELS[i.row.benchmark_status] },
];
