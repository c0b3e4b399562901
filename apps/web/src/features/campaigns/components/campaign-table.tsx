import { Flex, Progress, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { Link } from 'react-router';
import { fieldLabel } from '../../../lib/enforcement-fields.ts';
import type { CampaignSummary } from '../api/use-campaigns.ts';
import { t } from '../locale.ts';
import { CampaignStatusTag } from './status-tag.tsx';

/** The campaigns as a table: title, bureau, field, period, status, how many agencies are checked and problems found. */
export function CampaignTable({ rows, loading }: { rows: CampaignSummary[]; loading: boolean }) {
  const columns: ColumnsType<CampaignSummary> = [
    {
      title: t('name'),
      dataIndex: 'title',
      width: 280,
      render: (title: string, c) => <Link to={encodeURIComponent(c.id)}>{title}</Link>,
    },
    { title: t('org'), dataIndex: 'orgName', width: 150 },
    { title: t('field'), dataIndex: 'field', width: 120, render: (f: string) => fieldLabel(f) },
    {
      title: t('period'),
      key: 'period',
      width: 118,
      render: (_, c) => (
        <span style={{ whiteSpace: 'nowrap' }}>
          {c.periodFrom}
          <br />
          {c.periodTo}
        </span>
      ),
    },
    {
      title: t('status'),
      dataIndex: 'status',
      width: 90,
      render: (_, c) => <CampaignStatusTag status={c.status} />,
    },
    {
      title: t('progress'),
      key: 'progress',
      width: 190,
      render: (_, c) => (
        <Flex vertical gap={0}>
          <Progress
            percent={c.targetCount ? Math.round((c.checkedCount / c.targetCount) * 100) : 0}
            size="small"
            showInfo={false}
            aria-label={t('progress')}
            style={{ margin: 0 }}
          />
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('checkedOf', { checked: c.checkedCount, total: c.targetCount })}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      title: t('problems'),
      dataIndex: 'problemCount',
      width: 90,
      align: 'right',
      render: (n: number) =>
        n ? <Typography.Text type="danger">{t('problemCount', { n })}</Typography.Text> : '0',
    },
  ];
  return (
    <Table<CampaignSummary>
      size="middle"
      rowKey="id"
      dataSource={rows}
      columns={columns}
      loading={loading}
      pagination={rows.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: t('none') }}
    />
  );
}
