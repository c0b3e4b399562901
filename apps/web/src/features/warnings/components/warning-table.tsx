import type { Page } from '@jiandu/contracts/paging';
import type { WarningSummary } from '@jiandu/contracts/warnings';
import type { UseQueryResult } from '@tanstack/react-query';
import type { Key } from 'react';
import { ListTable } from '../../../components/list/list-table.tsx';
import { warningColumns } from '../../../components/warnings/warning-columns.tsx';
import type { Paging } from '../../../lib/paged-params.ts';
import { columnSortOrder } from '../../../lib/paged-table.ts';
import type { WarningSort } from '../api/use-warnings.ts';
import { t } from '../locale.ts';

interface Props {
  query: UseQueryResult<Page<WarningSummary>>;
  paging: Paging<WarningSort>;
  onOpen: (id: string) => void;
  /** The chosen rows, when the user may acknowledge; only open warnings can be chosen. */
  selection?: { keys: Key[]; onChange: (keys: Key[]) => void } | undefined;
}

const COLUMN_SORT: Record<string, WarningSort> = { foundOn: 'found' };

/** The warnings matching the centre's filters, paged and sorted on the server, open ones selectable. */
export function WarningTable({ query, paging, onOpen, selection }: Props) {
  return (
    <ListTable<WarningSummary, WarningSort>
      query={query}
      columns={warningColumns({ onOpen, foundSort: columnSortOrder(paging.params, 'found') })}
      paging={paging}
      columnSort={COLUMN_SORT}
      emptyText={t('noneFound')}
      totalText={(total) => t('total', { total: total.toLocaleString('zh-CN') })}
      rowSelection={
        selection
          ? {
              selectedRowKeys: selection.keys,
              onChange: selection.onChange,
              preserveSelectedRowKeys: true,
              getCheckboxProps: (w) => ({
                disabled: w.status !== 'open',
                title: w.status === 'open' ? undefined : t('selectOpenOnly'),
                'aria-label': w.message,
              }),
            }
          : undefined
      }
    />
  );
}
