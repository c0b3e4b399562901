import type { MatterSummary } from '@jiandu/contracts/matters';
import type { Page } from '@jiandu/contracts/paging';
import type { UseQueryResult } from '@tanstack/react-query';
import { ListTable } from '../../../components/list/list-table.tsx';
import type { Paging } from '../../../lib/paged-params.ts';
import { t } from '../locale.ts';
import { matterColumns } from './matter-columns.tsx';

/** The matters matching the list's filters, most urgent first, paged on the server. */
export function MatterTable({
  query,
  paging,
}: {
  query: UseQueryResult<Page<MatterSummary>>;
  paging: Paging;
}) {
  return (
    <ListTable<MatterSummary>
      query={query}
      columns={matterColumns()}
      paging={paging}
      emptyText={t('noneFound')}
      totalText={(total) => t('total', { total: total.toLocaleString('zh-CN') })}
    />
  );
}
