import { Table, type TableColumnsType, type TableProps, Typography } from 'antd';
import { type ReactNode, useLayoutEffect, useRef } from 'react';
import type { Paging } from '../../lib/paged-params.ts';
import { pagedTableChange, pagerOf } from '../../lib/paged-table.ts';
import { ListError } from './list-error.tsx';

interface Props<T, S extends string> {
  /** The list's query: one page of rows and their total, whether it is fetching, and its error. */
  query: {
    data?: { items: T[]; total: number } | undefined;
    isFetching: boolean;
    error: unknown;
    refetch: () => unknown;
  };
  columns: TableColumnsType<T>;
  paging: Paging<S>;
  /** The server sort of each sortable column, by the column's dataIndex. */
  columnSort?: Record<string, S>;
  rowKey?: TableProps<T>['rowKey'];
  emptyText: string;
  totalText: (total: number) => string;
  pageSizeOptions?: number[];
  /** Checkboxes on the rows, for lists with an action on several rows at once. */
  rowSelection?: TableProps<T>['rowSelection'];
  /** A class on the rows that need to stand out (overdue ones, for instance). */
  rowClassName?: TableProps<T>['rowClassName'];
}

/**
 * antd copies every column title into a hidden row that measures column widths; the copy of a
 * select-all checkbox there would take keyboard focus inside an aria-hidden row, so it is made inert.
 */
function InertWhenMeasured({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLSpanElement>(null);
  useLayoutEffect(() => {
    if (ref.current?.closest('.ant-table-measure-row')) ref.current.inert = true;
  }, []);
  return <span ref={ref}>{children}</span>;
}

/** One page of a server-paged list, with its load error, its pager and its column sort. */
export function ListTable<T extends object, S extends string = string>({
  query,
  columns,
  paging,
  columnSort = {},
  rowKey = 'id',
  emptyText,
  totalText,
  pageSizeOptions = [10, 20, 50, 100],
  rowSelection,
  rowClassName,
}: Props<T, S>) {
  return (
    <>
      {query.error ? <ListError error={query.error} onRetry={() => query.refetch()} /> : null}
      <Table<T>
        rowKey={rowKey}
        size="middle"
        loading={query.isFetching}
        dataSource={query.data?.items ?? []}
        columns={columns}
        rowClassName={rowClassName}
        rowSelection={
          rowSelection && {
            ...rowSelection,
            columnTitle:
              rowSelection.columnTitle ??
              ((node: ReactNode) => <InertWhenMeasured>{node}</InertWhenMeasured>),
          }
        }
        scroll={{ x: 'max-content' }}
        // antd's placeholder grey (1.8:1) cannot be read; the secondary text colour can.
        locale={{ emptyText: <Typography.Text type="secondary">{emptyText}</Typography.Text> }}
        pagination={pagerOf(paging.params, query.data?.total ?? 0, totalText, pageSizeOptions)}
        onChange={pagedTableChange<T, S>(
          columnSort,
          paging.params.pageSize,
          (sort, order) => paging.set({ sort, order }),
          paging.turn,
        )}
      />
    </>
  );
}
