import type { MyAssignment } from '@jiandu/contracts/case-review-scoring';
import { Card, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { Link, Route, Routes } from 'react-router';
import { NotFoundPage } from '../../../console/errors.tsx';
import { useMyAssignments } from '../api/use-my-assignments.ts';
import { kindLabel, sheetStatusLabel } from '../labels.ts';
import { t } from '../locale-scoring.ts';
import { ScoringPage } from './scoring-page.tsx';

const STATUS_COLORS = {
  pending: 'default',
  draft: 'processing',
  submitted: 'success',
  replaced: 'default',
} as const;

/** The reviewer's files, newest batch first. */
function MyAssignmentsList() {
  const mine = useMyAssignments();
  const columns: TableColumnsType<MyAssignment> = [
    {
      title: t('batch'),
      key: 'batch',
      render: (_, a) => (
        <div style={{ minWidth: 160 }}>
          <div>{a.batch.name}</div>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {a.batch.organizer}
          </Typography.Text>
        </div>
      ),
    },
    {
      title: t('caseNumber'),
      key: 'case',
      render: (_, a) => <Link to={a.id}>{a.case.externalId}</Link>,
    },
    { title: t('caseTitle'), key: 'title', render: (_, a) => a.case.title ?? '—' },
    { title: t('kind'), key: 'kind', render: (_, a) => kindLabel(a.case.kind) },
    { title: t('agency'), dataIndex: 'agencyName' },
    {
      title: t('status'),
      dataIndex: 'status',
      render: (_, a) => <Tag color={STATUS_COLORS[a.status]}>{sheetStatusLabel(a.status)}</Tag>,
    },
    {
      title: t('total'),
      dataIndex: 'total',
      render: (v: number | null, a) => (a.status === 'pending' ? '—' : (v ?? '—')),
    },
    {
      title: '',
      key: 'open',
      render: (_, a) => <Link to={a.id}>{a.status === 'submitted' ? t('view') : t('open')}</Link>,
    },
  ];
  return (
    <Card title={t('title')}>
      <Table<MyAssignment>
        rowKey="id"
        size="middle"
        loading={mine.isFetching}
        dataSource={mine.data ?? []}
        columns={columns}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: <Typography.Text type="secondary">{t('none')}</Typography.Text> }}
      />
    </Card>
  );
}

/** 我的评查: the files assigned to the signed-in reviewer at /my-reviews, one file's scoring at /my-reviews/:id. */
export default function MyReviewsPage() {
  return (
    <Routes>
      <Route index element={<MyAssignmentsList />} />
      <Route path=":id" element={<ScoringPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
