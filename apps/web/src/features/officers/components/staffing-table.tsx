import type { Staffing } from '@jiandu/contracts/officers';
import { Grid, Space, Table, type TableColumnsType, Tag, Tooltip, Typography } from 'antd';
import { Link } from 'react-router';
import type { StaffingQuery } from '../api/use-staffing.ts';
import { percent } from '../format.ts';
import { t } from '../locale.ts';

interface Props {
  query: StaffingQuery;
  data: Staffing[];
  total: number;
  loading: boolean;
  onQueryChange: (patch: Partial<StaffingQuery>) => void;
}

const officersOf = (orgId: string, extra = '') => `/officers?orgId=${encodeURIComponent(orgId)}${extra}`;
const certificatesOf = (orgId: string, days: number) =>
  `/certificates?orgId=${encodeURIComponent(orgId)}&expiringWithinDays=${days}`;

/** A count that links to the list behind it, greyed when zero. */
function CountLink({ to, value, danger = false }: { to: string; value: number; danger?: boolean }) {
  if (!value) return <Typography.Text type="secondary">0</Typography.Text>;
  return (
    <Link to={to} style={danger ? { color: '#cf1322', fontWeight: 600 } : undefined}>
      {value}
    </Link>
  );
}

/** Staffing figures per agency (人员配备情况): reviewers against their target, training, expiring certificates. */
export function StaffingTable({ query, data, total, loading, onQueryChange }: Props) {
  // Pinned columns would cover the rest of a phone's screen.
  const wide = Grid.useBreakpoint().md ?? true;
  const columns: TableColumnsType<Staffing> = [
    {
      title: t('agency'),
      dataIndex: 'orgName',
      width: 220,
      fixed: wide ? 'left' : undefined,
      render: (name: string, s) => <Link to={officersOf(s.orgId)}>{name}</Link>,
    },
    { title: t('activeOfficers'), dataIndex: 'officers', width: 100, align: 'right' },
    {
      title: t('reviewerShare'),
      key: 'reviewers',
      width: 230,
      render: (_, s) =>
        s.officers === 0 ? (
          <Typography.Text type="secondary">{t('noActiveOfficers')}</Typography.Text>
        ) : (
          <Space size={6} wrap>
            <Link to={officersOf(s.orgId, '&legalReviewer=true')}>
              {t('people', { count: s.legalReviewers })}
            </Link>
            <span>{percent(s.legalReviewerShare)}</span>
            <Typography.Text type="secondary">
              {t('targetOf', { target: percent(s.legalReviewerTarget) })}
            </Typography.Text>
            {s.legalReviewerShortfall ? (
              <Tag color="red" data-testid="shortfall">
                {t('short')}
              </Tag>
            ) : (
              <Tag color="green">{t('met')}</Tag>
            )}
          </Space>
        ),
    },
    {
      title: t('belowTraining'),
      key: 'training',
      width: 150,
      render: (_, s) =>
        s.officers === 0 ? (
          <Typography.Text type="secondary">—</Typography.Text>
        ) : (
          <Tooltip title={t('belowTrainingHint', { hours: s.trainingHoursTarget, year: s.year })}>
            <span>
              {s.officersBelowTraining > 0 ? (
                <Typography.Text type="danger" strong>
                  {s.officersBelowTraining}
                </Typography.Text>
              ) : (
                <Typography.Text type="secondary">0</Typography.Text>
              )}{' '}
              / {s.officers}
              <Typography.Text type="secondary">
                {' '}
                ({t('hoursShort', { hours: s.trainingHoursTarget })})
              </Typography.Text>
            </span>
          </Tooltip>
        ),
    },
    {
      title: t('expiringWithin', { days: 7 }),
      key: 'w7',
      width: 90,
      align: 'right',
      render: (_, s) => (
        <CountLink to={certificatesOf(s.orgId, 7)} value={s.certificatesExpiring.within7} danger />
      ),
    },
    {
      title: t('expiringWithin', { days: 30 }),
      key: 'w30',
      width: 90,
      align: 'right',
      render: (_, s) => (
        <CountLink to={certificatesOf(s.orgId, 30)} value={s.certificatesExpiring.within30} />
      ),
    },
    {
      title: t('expiringWithin', { days: 60 }),
      key: 'w60',
      width: 90,
      align: 'right',
      render: (_, s) => (
        <CountLink to={certificatesOf(s.orgId, 60)} value={s.certificatesExpiring.within60} />
      ),
    },
    {
      title: t('expiredCount'),
      dataIndex: 'certificatesExpired',
      width: 80,
      align: 'right',
      render: (v: number, s) => (
        <CountLink to={`/certificates?orgId=${encodeURIComponent(s.orgId)}&status=expired`} value={v} />
      ),
    },
  ];
  return (
    <Table<Staffing>
      rowKey="orgId"
      size="middle"
      loading={loading}
      columns={columns}
      dataSource={data}
      tableLayout="fixed"
      scroll={{ x: columns.reduce((sum, c) => sum + Number(c.width ?? 0), 0) }}
      locale={{ emptyText: loading ? ' ' : t('noStaffing') }}
      pagination={{
        current: query.page,
        pageSize: query.pageSize,
        total,
        showSizeChanger: true,
        pageSizeOptions: [10, 20, 50, 100],
        showTotal: (n) => t('agencyTotal', { total: n }),
      }}
      onChange={(pagination) => {
        const pageSize = pagination.pageSize ?? query.pageSize;
        onQueryChange({ page: pageSize === query.pageSize ? (pagination.current ?? 1) : 1, pageSize });
      }}
    />
  );
}
