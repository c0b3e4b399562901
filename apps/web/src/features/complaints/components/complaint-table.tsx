import type { ComplaintSort, ComplaintSummary } from '@jiandu/contracts/complaints';
import type { Page } from '@jiandu/contracts/paging';
import type { UseQueryResult } from '@tanstack/react-query';
import { ListTable } from '../../../components/list/list-table.tsx';
import type { Paging } from '../../../lib/paged-params.ts';
import { columnSortOrder } from '../../../lib/paged-table.ts';
import { t } from '../locale.ts';
import { complaintColumns } from './complaint-columns.tsx';
import './complaints.css';

/** The columns' data fields and the server sort each stands for. */
const COLUMN_SORT: Record<string, ComplaintSort> = {
  title: 'title',
  status: 'status',
  dueOn: 'due',
  registeredOn: 'registered',
};

/** The complaints matching the list's filters, paged and sorted on the server, overdue rows marked. */
export function ComplaintTable({
  query,
  paging,
}: {
  query: UseQueryResult<Page<ComplaintSummary>>;
  paging: Paging<ComplaintSort>;
}) {
  return (
    <ListTable<ComplaintSummary, ComplaintSort>
      query={query}
      columns={complaintColumns((sort) => columnSortOrder(paging.params, sort))}
      columnSort={COLUMN_SORT}
      paging={paging}
      rowClassName={(c) => (c.overdue ? 'complaint-overdue' : '')}
      emptyText={t('noneFound')}
      totalText={(total) => t('total', { total: total.toLocaleString('zh-CN') })}
    />
  );
}
