import type { Notice } from '@jiandu/contracts/matters';
import type { Page } from '@jiandu/contracts/paging';
import type { UseQueryResult } from '@tanstack/react-query';
import { Badge, type TableColumnsType, Typography } from 'antd';
import { Link } from 'react-router';
import { ListTable } from '../../../components/list/list-table.tsx';
import { noticeKindLabel } from '../../../components/notices/labels.ts';
import { NoticeStatusTag, OverdueTag } from '../../../components/notices/notice-tags.tsx';
import type { Paging } from '../../../lib/paged-params.ts';
import { t } from '../locale.ts';

const columns = (showAgency: boolean): TableColumnsType<Notice> => [
  {
    title: t('number'),
    key: 'number',
    render: (_, n) => (
      <div style={{ minWidth: 200 }}>
        {n.readAt ? null : <Badge status="error" aria-hidden style={{ marginInlineEnd: 6 }} />}
        <Link to={encodeURIComponent(n.id)} style={{ fontWeight: n.readAt ? 400 : 600 }}>
          {noticeKindLabel(n.kind)}
        </Link>
        {n.readAt ? null : (
          <Typography.Text type="danger" style={{ fontSize: 12, marginInlineStart: 6 }}>
            {t('unread')}
          </Typography.Text>
        )}
        <div>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {n.number}
          </Typography.Text>
        </div>
      </div>
    ),
  },
  { title: t('status'), key: 'status', render: (_, n) => <NoticeStatusTag status={n.status} /> },
  showAgency ? { title: t('agency'), dataIndex: 'agencyName' } : { title: t('issuer'), dataIndex: 'orgName' },
  {
    title: t('matter'),
    dataIndex: 'matterTitle',
    render: (v: string) => <div style={{ minWidth: 160, maxWidth: 300, wordBreak: 'break-word' }}>{v}</div>,
  },
  { title: t('issuedOn'), dataIndex: 'issuedOn' },
  {
    title: t('dueOn'),
    key: 'due',
    render: (_, n) => (
      <span style={{ whiteSpace: 'nowrap' }}>
        {n.dueOn} {n.status === 'issued' ? <OverdueTag days={n.overdueDays} /> : null}
      </span>
    ),
  },
];

/** The notices, unread ones marked, each opening its page. */
export function NoticeTable({
  query,
  paging,
  showAgency,
}: {
  query: UseQueryResult<Page<Notice>>;
  paging: Paging;
  showAgency: boolean;
}) {
  return (
    <ListTable<Notice>
      query={query}
      columns={columns(showAgency)}
      paging={paging}
      emptyText={t('noneFound')}
      totalText={(total) => t('total', { total: total.toLocaleString('zh-CN') })}
    />
  );
}
