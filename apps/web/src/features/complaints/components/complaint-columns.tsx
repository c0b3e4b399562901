import type { ComplaintSort, ComplaintSummary } from '@jiandu/contracts/complaints';
import { Flex, type TableColumnsType, Typography } from 'antd';
import { Link } from 'react-router';
import type { columnSortOrder } from '../../../lib/paged-table.ts';
import { categoryLabel, channelLabel } from '../labels.ts';
import { t } from '../locale.ts';
import { DueCell, DuplicateBadge, StatusTag } from './complaint-tags.tsx';

/** A complaint's title linking to its page, its tracking code, and its duplicates badge. */
export function ComplaintTitleCell({
  complaint: c,
  agency = false,
}: {
  complaint: ComplaintSummary;
  /** Names the complained-about agency under the title, where there is no column for it. */
  agency?: boolean;
}) {
  return (
    <div
      style={{
        minWidth: 180,
        maxWidth: agency ? undefined : 280,
        flex: '1 1 220px',
        wordBreak: 'break-word',
      }}
    >
      <Flex wrap gap={6} align="center">
        <Link to={`/complaints/${encodeURIComponent(c.id)}`}>{c.title}</Link>
        <DuplicateBadge count={c.duplicateCount} />
      </Flex>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {agency && c.agencyName ? `${c.agencyName} · ${c.trackingCode}` : c.trackingCode}
      </Typography.Text>
    </div>
  );
}

/** The columns of the complaint list; title, status, deadline and registration date sort on the server. */
export function complaintColumns(
  sortOrder: (sort: ComplaintSort) => ReturnType<typeof columnSortOrder>,
): TableColumnsType<ComplaintSummary> {
  return [
    {
      title: t('complaintTitle'),
      dataIndex: 'title',
      sorter: true,
      sortOrder: sortOrder('title'),
      render: (_, c) => <ComplaintTitleCell complaint={c} />,
    },
    {
      title: t('categoryChannel'),
      dataIndex: 'category',
      render: (_, c) => (
        <div style={{ minWidth: 100, maxWidth: 150 }}>
          {categoryLabel(c.category)}
          <div>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {channelLabel(c.channel)}
            </Typography.Text>
          </div>
        </div>
      ),
    },
    {
      title: t('target'),
      dataIndex: 'agencyName',
      render: (_, c) => (
        <div style={{ minWidth: 110, maxWidth: 180 }}>
          {c.agencyName ?? <Typography.Text type="secondary">—</Typography.Text>}
        </div>
      ),
    },
    { title: t('handlingOrg'), dataIndex: 'orgName' },
    {
      title: t('status'),
      dataIndex: 'status',
      sorter: true,
      sortOrder: sortOrder('status'),
      render: (_, c) => <StatusTag status={c.status} />,
    },
    {
      title: t('dueOn'),
      dataIndex: 'dueOn',
      sorter: true,
      sortOrder: sortOrder('due'),
      render: (_, c) => <DueCell complaint={c} />,
    },
    {
      title: t('registeredOn'),
      dataIndex: 'registeredOn',
      sorter: true,
      sortOrder: sortOrder('registered'),
    },
  ];
}
