import type { TablePaginationConfig, TableProps } from 'antd';
import type { SortOrder } from 'antd/es/table/interface';

type Order = 'asc' | 'desc' | undefined;

/** The arrow a column shows when the list is sorted on the server by `sort` (none otherwise). */
export function columnSortOrder(
  params: { sort?: string | undefined; order?: Order },
  sort: string,
): SortOrder {
  return params.sort === sort ? (params.order === 'desc' ? 'descend' : 'ascend') : null;
}

/** The pager of a server-paged table: the page shown, the size choices and the total, alike on every list. */
export function pagerOf(
  params: { page: number; pageSize: number },
  total: number,
  showTotal: (total: number) => string,
  pageSizeOptions: number[] = [10, 20, 50, 100],
): TablePaginationConfig {
  return {
    current: params.page,
    pageSize: params.pageSize,
    total,
    showSizeChanger: true,
    pageSizeOptions,
    showTotal,
  };
}

/**
 * Reads a server-paged table's change: a click on a column header becomes that column's server sort
 * (none when cleared); a page or size change becomes the next page, the first one when the size changed.
 */
export function pagedTableChange<T, S extends string>(
  columnSort: Record<string, S>,
  pageSize: number,
  onSort: (sort: S | undefined, order: Order) => void,
  onPage: (page: number, pageSize: number) => void,
): NonNullable<TableProps<T>['onChange']> {
  return (pagination, _filters, sorter, extra) => {
    if (extra.action === 'sort') {
      const one = Array.isArray(sorter) ? sorter[0] : sorter;
      const sort = one?.order ? columnSort[String(one.field)] : undefined;
      onSort(sort, sort ? (one?.order === 'descend' ? 'desc' : 'asc') : undefined);
      return;
    }
    const size = pagination.pageSize ?? pageSize;
    onPage(size === pageSize ? (pagination.current ?? 1) : 1, size);
  };
}
