import type { User } from '@jiandu/contracts/identity';
import type { Page } from '@jiandu/contracts/paging';
import { Grid, Table, type TableColumnsType, Typography } from 'antd';
import type { ReactNode } from 'react';
import { columnSortOrder, pagedTableChange, pagerOf } from '../../../lib/paged-table.ts';
import type { UserListParams, UserSort } from '../api/use-users.ts';
import { formatTime } from '../format.ts';
import { t } from '../locale.ts';
import { RoleTags } from './role-tags.tsx';
import { UserStatus } from './user-status.tsx';

interface Props {
  data: Page<User> | undefined;
  loading: boolean;
  params: UserListParams;
  onParams: (changes: Partial<UserListParams>) => void;
  actions: (user: User) => ReactNode;
  showActions: boolean;
}

/** Date over time, so the column stays narrow. */
function LoginTime({ iso }: { iso: string | null }) {
  const [date, time] = formatTime(iso).split(' ');
  return (
    <span style={{ whiteSpace: 'nowrap' }}>
      {date}
      {time ? <br /> : null}
      {time}
    </span>
  );
}

const COLUMN_SORT: Record<string, UserSort> = {
  username: 'username',
  displayName: 'name',
  lastLoginAt: 'login',
};

/** The user list: paged, sorted and filtered on the server. */
export function UsersTable({ data, loading, params, onParams, actions, showActions }: Props) {
  const screens = Grid.useBreakpoint();
  const sortOrder = (sort: UserSort) => columnSortOrder(params, sort);
  const columns: TableColumnsType<User> = [
    {
      title: t('username'),
      dataIndex: 'username',
      sorter: true,
      sortOrder: sortOrder('username'),
      render: (v: string) => (
        <Typography.Text strong style={{ whiteSpace: 'nowrap' }}>
          {v}
        </Typography.Text>
      ),
    },
    {
      title: t('displayName'),
      dataIndex: 'displayName',
      sorter: true,
      sortOrder: sortOrder('name'),
      render: (v: string) => <span style={{ whiteSpace: 'nowrap' }}>{v}</span>,
    },
    { title: t('org'), dataIndex: 'orgName', width: 150 },
    { title: t('phone'), dataIndex: 'phone', responsive: ['md'], render: (v: string | null) => v ?? '—' },
    {
      title: t('roles'),
      dataIndex: 'roles',
      width: 260,
      render: (roles: User['roles']) => <RoleTags roles={roles} />,
    },
    { title: t('status'), key: 'status', render: (_, user) => <UserStatus user={user} /> },
    {
      title: t('lastLogin'),
      dataIndex: 'lastLoginAt',
      sorter: true,
      sortOrder: sortOrder('login'),
      responsive: ['md'],
      render: (v: string | null) => <LoginTime iso={v} />,
    },
  ];
  if (showActions)
    columns.push({
      title: t('actions'),
      key: 'actions',
      render: (_, user) => actions(user),
    });
  return (
    <Table<User>
      rowKey="id"
      size="middle"
      loading={loading}
      dataSource={data?.items ?? []}
      columns={columns}
      scroll={screens.xl ? undefined : { x: 'max-content' }}
      pagination={pagerOf(params, data?.total ?? 0, (total) => t('total', { total }))}
      onChange={pagedTableChange<User, UserSort>(
        COLUMN_SORT,
        params.pageSize,
        (sort, order) => onParams({ sort, order, page: 1 }),
        (page, pageSize) => onParams({ page, pageSize }),
      )}
    />
  );
}
