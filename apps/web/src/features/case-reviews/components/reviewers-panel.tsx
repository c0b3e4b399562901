import { PlusOutlined, ThunderboltOutlined } from '@ant-design/icons';
import type { BatchDetail, Reviewer } from '@jiandu/contracts/case-reviews';
import { App, Button, Popconfirm, Space, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { useState } from 'react';
import { problemText } from '../../../lib/problem.ts';
import { drawReviewers, useBatchAction } from '../api/use-batch-action.ts';
import { removeReviewer, useReviewerPool } from '../api/use-reviewer-pool.ts';
import { sourceLabel } from '../labels.ts';
import { t } from '../locale-team.ts';
import { AddReviewerModal } from './add-reviewer-modal.tsx';
import { ScrollRegion } from './scroll-region.tsx';

/** 评查人员分配: the batch's reviewer pool with their accounts, adding people, and the draw. */
export function ReviewersPanel({ batch, manage }: { batch: BatchDetail; manage: boolean }) {
  const { message } = App.useApp();
  const [adding, setAdding] = useState(false);
  const draw = useBatchAction(drawReviewers);
  const remove = useReviewerPool(removeReviewer);
  const unstaffed = batch.progress.files - batch.progress.assigned;
  const columns: TableColumnsType<Reviewer> = [
    { title: t('name'), dataIndex: 'name' },
    { title: t('source'), dataIndex: 'source', render: (_, r) => <Tag>{sourceLabel(r.source)}</Tag> },
    { title: t('employer'), dataIndex: 'employer' },
    { title: t('keptBy'), dataIndex: 'orgName' },
    {
      title: t('account'),
      key: 'account',
      render: (_, r) => (
        <Space size={4} wrap>
          <Typography.Text code>{r.account.username}</Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {r.linkedBy === 'id_number' ? t('byIdNumber') : t('manual')}
          </Typography.Text>
        </Space>
      ),
    },
    { title: t('load'), dataIndex: 'assignments' },
  ];
  if (manage)
    columns.push({
      title: t('actions'),
      key: 'actions',
      render: (_, r) =>
        r.assignments === 0 ? (
          <Button
            type="link"
            size="small"
            onClick={() =>
              remove.mutateAsync({ id: batch.id, reviewerId: r.id }).then(
                () => message.success(t('removed')),
                (e: unknown) => message.error(problemText(e)),
              )
            }
          >
            {t('remove')}
          </Button>
        ) : null,
    });
  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }}>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
        {t('poolHint')} {t('drawHint', { n: batch.reviewersPerFile })}
      </Typography.Paragraph>
      {manage ? (
        <Space wrap>
          <Button icon={<PlusOutlined aria-hidden />} onClick={() => setAdding(true)}>
            {t('add')}
          </Button>
          {unstaffed > 0 ? (
            <Popconfirm
              title={t('drawHint', { n: batch.reviewersPerFile })}
              onConfirm={() =>
                draw.mutateAsync(batch.id).then(
                  () => message.success(t('drawn', { n: unstaffed })),
                  (e: unknown) => message.error(problemText(e)),
                )
              }
            >
              <Button type="primary" icon={<ThunderboltOutlined aria-hidden />} loading={draw.isPending}>
                {t('draw')}
              </Button>
            </Popconfirm>
          ) : null}
        </Space>
      ) : null}
      <ScrollRegion label={t('pool')}>
        <Table<Reviewer>
          rowKey="id"
          size="middle"
          pagination={false}
          style={{ minWidth: 'max-content' }}
          dataSource={batch.reviewers}
          columns={columns}
          locale={{ emptyText: <Typography.Text type="secondary">{t('noPool')}</Typography.Text> }}
        />
      </ScrollRegion>
      {adding ? <AddReviewerModal batchId={batch.id} onClose={() => setAdding(false)} /> : null}
    </Space>
  );
}
